/**
 * Pure rules of the evaluations: pupils' class codes, when a code still takes answers, and keeping open
 * answers free of contact details before Halt staff read them.
 */

/** Letters and digits that cannot be mistaken for each other when read from a board (no 0/O, 1/I/L). */
export const CLASS_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Length of a class code without its check character. */
export const CLASS_CODE_LENGTH = 7;

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * CLASS_CODE_ALPHABET.indexOf(body[i]);
  return CLASS_CODE_ALPHABET[sum % CLASS_CODE_ALPHABET.length];
}

/**
 * A class code from random bytes (pass `crypto.randomBytes(7)`): 7 characters from {@link CLASS_CODE_ALPHABET}
 * plus a check character, so a mistyped character is caught before it reaches the database.
 */
export function classCodeFrom(random: Uint8Array): string {
  if (random.length < CLASS_CODE_LENGTH) throw new RangeError(`Minstens ${CLASS_CODE_LENGTH} willekeurige bytes nodig`);
  let body = '';
  for (let i = 0; i < CLASS_CODE_LENGTH; i++) body += CLASS_CODE_ALPHABET[random[i] % CLASS_CODE_ALPHABET.length];
  return body + checkCharacter(body);
}

/** A code as a pupil types it, normalised (upper case; spaces and dashes dropped), or null when it cannot be one. */
export function normaliseClassCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CLASS_CODE_LENGTH + 1) return null;
  if ([...code].some((c) => !CLASS_CODE_ALPHABET.includes(c))) return null;
  return checkCharacter(code.slice(0, CLASS_CODE_LENGTH)) === code[CLASS_CODE_LENGTH] ? code : null;
}

/** Why a class code takes no (more) answers. */
export type ClassCodeRefusal =
  { code: 'closed'; message: string } | { code: 'full'; message: string } | { code: 'not_open_yet'; message: string };

/**
 * Whether a class code takes one more answer: at most the group's pupil count, only after the session took
 * place (`opensAt`) and before it closes.
 */
export function acceptsAnswer(input: {
  answers: number;
  pupilCount: number;
  opensAt: Date;
  closesAt: Date;
  now: Date;
}): { ok: true } | { ok: false; refusal: ClassCodeRefusal } {
  if (input.now.getTime() < input.opensAt.getTime()) {
    return { ok: false, refusal: { code: 'not_open_yet', message: 'Deze vragenlijst gaat open na de les' } };
  }
  if (input.now.getTime() >= input.closesAt.getTime()) {
    return { ok: false, refusal: { code: 'closed', message: 'Deze vragenlijst is gesloten' } };
  }
  if (input.answers >= input.pupilCount) {
    return {
      ok: false,
      refusal: { code: 'full', message: `Voor deze klas zijn al ${input.pupilCount} antwoorden gegeven` },
    };
  }
  return { ok: true };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Dutch phone numbers as people write them: 06-12345678, 06 1234 5678, +31 6 12345678, 0031…, 020-1234567. */
const PHONE = /(?:\+|00)\s?31[\s-]?(?:\(0\)[\s-]?)?\d(?:[\s-]?\d){7,8}|\b0\d(?:[\s-]?\d){8}\b/g;

/** Replacement text of removed contact details. */
export const REDACTED = '[verwijderd]';

/** An open answer without anything that looks like an e-mail address or a phone number. */
export function redactContactDetails(text: string): string {
  return text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}
