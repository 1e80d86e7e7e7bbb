/**
 * RFC 4180 CSV with a UTF-8 byte-order mark (so Excel opens accents right) and `;`-safe quoting. Cells that
 * start with `=`, `+`, `-` or `@` are prefixed with `'` so a spreadsheet does not run them as formulas.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (v: string | number) => {
    let s = String(v);
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
