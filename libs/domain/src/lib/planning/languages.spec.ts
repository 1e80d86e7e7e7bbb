import { languageCode } from './languages';

describe('languageCode', () => {
  it('maps Dutch and English names to the two-letter code, and keeps a code', () => {
    expect(['Arabisch', ' arabic ', 'ar', 'AR'].map(languageCode)).toEqual(['ar', 'ar', 'ar', 'ar']);
    expect(['Turks', 'Oekraïens', 'Tigrinya', 'Farsi'].map(languageCode)).toEqual(['tr', 'uk', 'ti', 'fa']);
  });

  it('leaves an unknown language as written (lower case), which no code matches', () => {
    expect(languageCode(' Papiaments ')).toBe('papiaments');
  });
});
