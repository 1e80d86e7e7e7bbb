import {
  acceptsAnswer,
  CLASS_CODE_ALPHABET,
  classCodeFrom,
  normaliseClassCode,
  REDACTED,
  redactContactDetails,
} from './evaluations';

describe('class codes', () => {
  const bytes = (...n: number[]) => Uint8Array.from(n);

  it('are 8 unambiguous characters with a check character', () => {
    const code = classCodeFrom(bytes(0, 1, 2, 3, 4, 5, 6));
    expect(code).toHaveLength(8);
    expect([...code].every((c) => CLASS_CODE_ALPHABET.includes(c))).toBe(true);
    expect(code.slice(0, 7)).toBe('ABCDEFG');
    expect(normaliseClassCode(code)).toBe(code);
  });

  it('accept what pupils type: lower case, spaces and dashes', () => {
    const code = classCodeFrom(bytes(9, 40, 77, 200, 13, 99, 250));
    const typed = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4)}`;
    expect(normaliseClassCode(typed)).toBe(code);
  });

  it('catch a mistyped character, ambiguous characters and wrong lengths', () => {
    const code = classCodeFrom(bytes(3, 3, 3, 3, 3, 3, 3));
    const wrong = code.slice(0, 2) + (code[2] === 'A' ? 'B' : 'A') + code.slice(3);
    expect(normaliseClassCode(wrong)).toBeNull();
    expect(normaliseClassCode('ABCDEFG0')).toBeNull(); // 0 is not in the alphabet
    expect(normaliseClassCode('ABC')).toBeNull();
    expect(() => classCodeFrom(bytes(1, 2))).toThrow(RangeError);
  });
});

describe('a class code takes answers', () => {
  const opensAt = new Date('2026-10-06T10:00:00Z');
  const closesAt = new Date('2026-10-20T10:00:00Z');
  const during = new Date('2026-10-07T09:00:00Z');

  it('up to the group size, after the lesson and before it closes', () => {
    expect(acceptsAnswer({ answers: 26, pupilCount: 27, opensAt, closesAt, now: during })).toEqual({ ok: true });
    expect(acceptsAnswer({ answers: 27, pupilCount: 27, opensAt, closesAt, now: during })).toEqual({
      ok: false,
      refusal: { code: 'full', message: 'Voor deze klas zijn al 27 antwoorden gegeven' },
    });
    expect(acceptsAnswer({ answers: 0, pupilCount: 27, opensAt, closesAt, now: closesAt })).toMatchObject({
      refusal: { code: 'closed' },
    });
    expect(
      acceptsAnswer({ answers: 0, pupilCount: 27, opensAt, closesAt, now: new Date('2026-10-06T09:59:59Z') }),
    ).toMatchObject({
      refusal: { code: 'not_open_yet' },
    });
  });
});

describe('open answers lose contact details', () => {
  it.each([
    ['mail me op jan.jansen@example.nl aub', `mail me op ${REDACTED} aub`],
    ['bel 06-12345678 of 06 1234 5678', `bel ${REDACTED} of ${REDACTED}`],
    ['+31 6 12345678 en 0031612345678', `${REDACTED} en ${REDACTED}`],
    ['kantoor 020-1234567', `kantoor ${REDACTED}`],
  ])('%s', (input, output) => {
    expect(redactContactDetails(input)).toBe(output);
  });

  it('keeps ordinary numbers and text', () => {
    const text = 'In klas 2B zaten 27 leerlingen; veel vapen en 3 keer per week TikTok-challenges (2026).';
    expect(redactContactDetails(text)).toBe(text);
  });
});
