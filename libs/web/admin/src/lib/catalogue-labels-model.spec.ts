import { askedSchoolYear, centsToEuro, euroToCents, schoolYearsAround, splitTopics } from './catalogue-labels';

describe('catalogue and holiday labels', () => {
  it('offers the school year before the current one up to two after it', () => {
    expect(schoolYearsAround('2026-2027')).toEqual(['2025-2026', '2026-2027', '2027-2028', '2028-2029']);
  });

  it('reads euros with a comma or a point as cents, and refuses anything else', () => {
    expect(euroToCents('12,5')).toBe(1250);
    expect(euroToCents('12.05')).toBe(1205);
    expect(euroToCents('300')).toBe(30000);
    expect(euroToCents('-3')).toBeNull();
    expect(euroToCents('12,345')).toBeNull();
    expect(euroToCents('')).toBeNull();
    expect(centsToEuro(1205)).toBe('12,05');
  });

  it('takes a school year from a link only when it is one', () => {
    expect(askedSchoolYear('2028-2029')).toBe('2028-2029');
    expect(askedSchoolYear('2028')).toBeNull();
    expect(askedSchoolYear(null)).toBeNull();
  });

  it('splits topics on commas', () => {
    expect(splitTopics(' online veiligheid, ,groepsdruk ')).toEqual(['online veiligheid', 'groepsdruk']);
  });
});
