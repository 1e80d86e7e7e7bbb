import { schoolYearBounds, type SchoolYear, type SchoolYearBounds } from '../calendar/school-year';

/**
 * The council report counts per subsidy year, and a subsidy year is a calendar year (1 January – 31 December).
 * Halt counts some targets per school year (1 August – 31 July), such as "at least 15 schools with the Halt-JRB
 * offer": two school years overlap every subsidy year, and the report shows both.
 */
export function schoolYearsOverlapping(year: number): (SchoolYearBounds & { schoolYear: SchoolYear })[] {
  return [year - 1, year].map((first) => {
    const schoolYear: SchoolYear = `${first}-${first + 1}`;
    return { schoolYear, ...schoolYearBounds(schoolYear) };
  });
}

/** The figures the summary is written from. */
export interface CouncilSummaryFigures {
  municipality: string;
  year: number;
  /** Name of the programme the report is limited to, or null for all work. */
  programme: string | null;
  sessionsOrdered: number;
  sessionsDelivered: number;
  pupils: number;
  schools: number;
  creditsBudget: number;
  creditsConsumed: number;
  /** Average overall satisfaction (1–5) over every answer, or null without answers. */
  overall: number | null;
  responses: number;
  schoolYearTargets: { schoolYear: string; haltJrbSchools: number; target: number }[];
}

const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const decimal = (n: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** A short summary in plain Dutch (B1) for the council: what was ordered and delivered, whom it reached, the scores. */
export function councilReportSummary(f: CouncilSummaryFigures): string[] {
  const scope = f.programme ? ` binnen ${f.programme}` : '';
  const lines: string[] = [];
  if (f.sessionsOrdered === 0 && f.sessionsDelivered === 0) {
    lines.push(`In ${f.year} heeft ${f.municipality}${scope} nog geen sessies bij Halt besteld.`);
  } else {
    const share = f.sessionsOrdered > 0 ? Math.round((f.sessionsDelivered / f.sessionsOrdered) * 100) : 0;
    lines.push(
      `In ${f.year} bestelde ${f.municipality}${scope} ${plural(f.sessionsOrdered, 'sessie', 'sessies')} bij Halt. ` +
        `Daarvan zijn er ${count(f.sessionsDelivered)} gegeven (${share}%).`,
    );
  }
  if (f.creditsBudget > 0) {
    lines.push(
      `Van het budget van ${plural(f.creditsBudget, 'credit', 'credits')} is ${count(f.creditsConsumed)} verbruikt.`,
    );
  }
  lines.push(
    `Halt bereikte ${plural(f.pupils, 'leerling', 'leerlingen')} op ${plural(f.schools, 'school', 'scholen')}.`,
  );
  lines.push(
    f.overall === null
      ? 'Er zijn nog geen evaluaties ingevuld.'
      : `Deelnemers gaven gemiddeld een ${decimal(f.overall)} (op een schaal van 1 tot 5) in ${plural(f.responses, 'evaluatie', 'evaluaties')}.`,
  );
  for (const t of f.schoolYearTargets) {
    lines.push(
      `Schooljaar ${t.schoolYear}: ${plural(t.haltJrbSchools, 'school', 'scholen')} met het Halt-JRB-traject ` +
        `(doel van Halt: minstens ${count(t.target)} scholen per schooljaar).`,
    );
  }
  return lines;
}

/** The file name of a gemeente's council report, e.g. `raadsrapportage-s-gravenhage-2026.pdf`. */
export function councilReportFileName(municipality: string, year: number): string {
  const slug = municipality
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `raadsrapportage-${slug || 'gemeente'}-${year}.pdf`;
}
