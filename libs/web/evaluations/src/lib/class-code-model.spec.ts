import { classCodeFrom } from '@halt/domain';
import { formatClassCode, readClassCode, spellClassCode } from './class-code-model';

const code = classCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7]));

describe('class codes as pupils type and read them', () => {
  it('accepts a code typed in lower case, with spaces or dashes', () => {
    const typed = `${code.slice(0, 4).toLowerCase()} - ${code.slice(4).toLowerCase()} `;
    expect(readClassCode(typed)).toEqual({ code });
  });

  it('asks for a code when nothing is typed', () => {
    expect(readClassCode('   ')).toEqual({ problem: 'required' });
  });

  it('refuses a code with a mistyped character or the wrong length', () => {
    const wrong = code.slice(0, 7) + (code[7] === 'A' ? 'B' : 'A');
    expect(readClassCode(wrong)).toEqual({ problem: 'invalid' });
    expect(readClassCode(code.slice(0, 7))).toEqual({ problem: 'invalid' });
  });

  it('shows the code in two groups of four', () => {
    expect(formatClassCode('ABCDEFGH')).toBe('ABCD EFGH');
  });

  it('spells the code out for screen readers', () => {
    expect(spellClassCode('ABCD EFGH')).toBe('A B C D E F G H');
  });
});
