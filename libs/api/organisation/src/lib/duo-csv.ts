import type { SchoolType } from '@halt/contracts';

/**
 * Reading DUO's open-data file of school locations ("Adressen alle vestigingen", one line per vestiging).
 * Only these columns are read (the header names are matched case-insensitively, spaces and `-`/`_` alike;
 * every other column is ignored):
 *
 * | column | alias | becomes |
 * |---|---|---|
 * | BRIN NUMMER | INSTELLINGSCODE | the BRIN (2 digits, 2 letters) |
 * | VESTIGINGSNUMMER | VESTIGINGSCODE | the vestiging: the full code (`00AA01`) or its 1–2 digits; empty = `00` |
 * | VESTIGINGSNAAM | INSTELLINGSNAAM | the school's name |
 * | STRAATNAAM + HUISNUMMER-TOEVOEGING | | the street |
 * | POSTCODE | | the postcode (normalised to `1234 AB`) |
 * | PLAATSNAAM | | the place |
 * | GEMEENTENUMMER | GEMEENTECODE | the gemeente (`363`, `0363` or `GM0363`) |
 * | SOORT PRIMAIR ONDERWIJS | ONDERWIJSSTRUCTUUR, SOORT ONDERWIJS | the school type (see `schoolTypeOf`) |
 *
 * Separators `;` (DUO) and `,` are both accepted (whichever the header has more of), fields may be quoted
 * (`"…"`, with `""` inside), a UTF-8 BOM and CRLF line ends are fine.
 */
export const DUO_COLUMNS = {
  brin: ['brin nummer', 'brinnummer', 'instellingscode'],
  vestiging: ['vestigingsnummer', 'vestigingscode'],
  name: ['vestigingsnaam', 'instellingsnaam'],
  street: ['straatnaam'],
  houseNumber: ['huisnummer toevoeging', 'huisnummer'],
  postcode: ['postcode'],
  city: ['plaatsnaam'],
  municipality: ['gemeentenummer', 'gemeentecode'],
  type: ['soort primair onderwijs', 'onderwijsstructuur', 'soort onderwijs'],
} as const;
export type DuoField = keyof typeof DUO_COLUMNS;

/** The most lines one import takes (DUO's largest regional selections are about 1,500 locations). */
export const MAX_IMPORT_ROWS = 1500;

export interface DuoLine {
  /** Line number in the file, the header being line 1. */
  line: number;
  values: Record<DuoField, string>;
}

export class DuoFileError extends Error {}

/** Splits CSV text into records (RFC 4180 quoting), without recursion or regular-expression backtracking. */
export function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new DuoFileError('een veld tussen aanhalingstekens is niet afgesloten');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const headerKey = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ');

/** Reads the file: finds the columns, returns one `DuoLine` per non-empty line. File-level problems throw. */
export function readDuoFile(raw: string): DuoLine[] {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const firstLine = text.slice(0, Math.max(0, text.search(/\r|\n/)) || text.length);
  if (firstLine.trim() === '') throw new DuoFileError('het bestand is leeg');
  const separator = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
  const records = parseCsv(text, separator);
  const header = records[0].map(headerKey);
  const index = {} as Record<DuoField, number>;
  const missing: string[] = [];
  for (const [field, names] of Object.entries(DUO_COLUMNS) as [DuoField, readonly string[]][]) {
    const at = header.findIndex((h) => names.includes(h));
    index[field] = at;
    if (at < 0 && field !== 'houseNumber' && field !== 'vestiging') missing.push(names[0].toUpperCase());
  }
  if (missing.length > 0) throw new DuoFileError(`de kolom(men) ${missing.join(', ')} ontbreken in de kopregel`);
  const lines: DuoLine[] = [];
  records.slice(1).forEach((record, i) => {
    if (record.every((v) => v.trim() === '')) return;
    const values = {} as Record<DuoField, string>;
    for (const field of Object.keys(DUO_COLUMNS) as DuoField[]) {
      values[field] = index[field] >= 0 ? (record[index[field]] ?? '').trim() : '';
    }
    lines.push({ line: i + 2, values });
  });
  if (lines.length === 0) throw new DuoFileError('het bestand heeft geen regels onder de kopregel');
  if (lines.length > MAX_IMPORT_ROWS) {
    throw new DuoFileError(`het bestand heeft ${lines.length} regels; hoogstens ${MAX_IMPORT_ROWS} per keer`);
  }
  return lines;
}

function count(s: string, c: string): number {
  let n = 0;
  for (const ch of s) if (ch === c) n++;
  return n;
}

/**
 * DUO's kind of education → the portal's school type. Primary-school files say `Bao` (basisonderwijs) or `Sbao`
 * (speciaal basisonderwijs, which is primary education under the WPO: PO); expertise centres say `SO`, `VSO`;
 * secondary files give the onderwijsstructuur (`VWO/HAVO/VMBO`, `PRO`…: VO); `MBO` is MBO. `(V)SO` (both) and
 * anything else are refused, not guessed.
 */
export function schoolTypeOf(value: string): SchoolType | undefined {
  const v = value.trim().toUpperCase();
  if (v === 'BAO' || v === 'SBAO' || v === 'PO' || v === 'BASISONDERWIJS') return 'PO';
  if (v === 'SO') return 'SO';
  if (v === 'VSO') return 'VSO';
  if (v === 'MBO' || v === 'BVE') return 'MBO';
  if (v === 'VO') return 'VO';
  const parts = v.split(/[/,+ ]+/).filter(Boolean);
  const secondary = new Set(['VWO', 'HAVO', 'VMBO', 'PRO', 'VBO', 'MAVO', 'LWOO', 'ISK', 'VMBO-T', 'VMBO-GT']);
  if (parts.length > 0 && parts.every((p) => secondary.has(p))) return 'VO';
  return undefined;
}

/** `1012ab`, `1012 AB` → `1012 AB`; anything else → undefined. */
export function normalisePostcode(value: string): string | undefined {
  const v = value.toUpperCase().replace(/\s+/g, '');
  return /^[1-9]\d{3}[A-Z]{2}$/.test(v) ? `${v.slice(0, 4)} ${v.slice(4)}` : undefined;
}

/** `363`, `0363`, `GM0363` → `GM0363`; anything else → undefined. */
export function normaliseGemeente(value: string): string | undefined {
  const v = value.trim().toUpperCase().replace(/^GM/, '');
  return /^\d{1,4}$/.test(v) ? `GM${v.padStart(4, '0')}` : undefined;
}

/** BRIN + vestiging → the 6-character key (`00AA01`), or a Dutch reason. */
export function schoolKey(brinRaw: string, vestigingRaw: string): { key: string } | { reason: string } {
  const brin = brinRaw.trim().toUpperCase();
  if (brin === '') return { reason: 'BRIN-nummer ontbreekt' };
  if (!/^\d{2}[A-Z]{2}$/.test(brin)) return { reason: `BRIN-nummer "${brin}" is geen 2 cijfers en 2 letters` };
  const vestiging = vestigingRaw.trim().toUpperCase();
  if (vestiging === '') return { key: `${brin}00` };
  if (/^\d{1,2}$/.test(vestiging)) return { key: `${brin}${vestiging.padStart(2, '0')}` };
  if (/^\d{2}[A-Z]{2}\d{2}$/.test(vestiging)) {
    return vestiging.startsWith(brin)
      ? { key: vestiging }
      : { reason: `vestigingsnummer "${vestiging}" hoort niet bij BRIN-nummer ${brin}` };
  }
  return { reason: `vestigingsnummer "${vestiging}" is geen geldig vestigingsnummer` };
}
