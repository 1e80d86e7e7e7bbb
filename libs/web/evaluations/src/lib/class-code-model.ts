import { normaliseClassCode } from '@halt/domain';

/** A class code as typed, read: the code (upper case, without spaces and dashes), or why it cannot be one. */
export function readClassCode(input: string): { code: string } | { problem: 'required' | 'invalid' } {
  if (!input.trim()) return { problem: 'required' };
  const code = normaliseClassCode(input);
  return code ? { code } : { problem: 'invalid' };
}

/** "ABCDEFGH" → "ABCD EFGH": groups of four, easier to read from a board and to type over. */
export function formatClassCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join(' ');
}

/** "ABCDEFGH" → "A B C D E F G H": read out one character at a time by a screen reader. */
export function spellClassCode(code: string): string {
  return [...code.replace(/\s/g, '')].join(' ');
}
