import type { CouncilReportDto, OutcomeScores } from '@halt/contracts';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PROGRAMME_NAMES } from './council-report.service';

// The standard PDF fonts ship inside pdfkit: no font files, no browser, nothing fetched.
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
pdfmake.setFonts({ Helvetica: HELVETICA });
// Nothing from the network, and from the disk only pdfkit's own standard fonts.
const STANDARD_FONTS = new Set(Object.values(HELVETICA));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);
const score = (s: OutcomeScores, key: keyof OutcomeScores) => {
  const v = s[key];
  return v
    ? new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v.average)
    : '–';
};
const dateNl = (iso: string) => iso.split('-').reverse().join('-');

/** A horizontal bar chart drawn as vector shapes: one bar (or two, ordered and delivered) per row, in greys. */
function barChart(rows: { label: string; values: number[] }[], legend: string[]): Content {
  if (rows.length === 0) return { text: 'Nog geen gegevens voor een grafiek.', fontSize: 8, margin: [0, 4, 0, 8] };
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const width = 300;
  const shades = ['#1a1a1a', '#9a9a9a'];
  return {
    stack: [
      {
        table: {
          widths: [150, width + 4],
          body: rows.map((r): TableCell[] => [
            { text: r.label, fontSize: 8, margin: [0, 2, 0, 0] },
            {
              canvas: r.values.map((v, i) => ({
                type: 'rect' as const,
                x: 0,
                y: i * 7,
                w: Math.max(0.5, (v / max) * width),
                h: 6,
                color: shades[i % shades.length],
              })),
            },
          ]),
        },
        layout: 'noBorders',
      },
      legend.length > 1
        ? {
            text: legend.map((l, i) => `${i === 0 ? 'Donker' : 'Licht'}: ${l}`).join(' · '),
            fontSize: 8,
            margin: [0, 2, 0, 0],
          }
        : { text: legend[0] ?? '', fontSize: 8, margin: [0, 2, 0, 0] },
    ],
    margin: [0, 4, 0, 8],
  };
}

const table = (head: string[], body: (string | number)[][], widths: (string | number)[]): Content => ({
  table: {
    headerRows: 1,
    widths,
    body: [
      head.map((h) => ({ text: h, bold: true, fillColor: '#e6e6e6' })),
      ...body.map((r) => r.map((c) => (typeof c === 'number' ? { text: count(c), alignment: 'right' as const } : c))),
    ],
  },
  layout: 'lightHorizontalLines',
  fontSize: 9,
  margin: [0, 0, 0, 8],
});

const section = (title: string, first = false): Content => ({
  text: title,
  style: 'h2',
  pageBreak: first ? undefined : 'before',
});

/** The council report as a PDF document definition: A4, a section per page, charts with their tables. */
export function councilReportDocument(r: CouncilReportDto): TDocumentDefinitions {
  const programme =
    r.programme === null ? 'alle werk' : r.programme === 'none' ? 'buiten programma’s' : PROGRAMME_NAMES[r.programme];
  return {
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    info: { title: `Raadsrapportage ${r.municipality.name} ${r.year}`, author: 'Stichting Halt' },
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    styles: { h1: { fontSize: 18, bold: true }, h2: { fontSize: 14, bold: true, margin: [0, 0, 0, 6] } },
    footer: (page, pages) => ({ text: `Pagina ${page} van ${pages}`, alignment: 'center', fontSize: 8 }),
    content: [
      { text: `Raadsrapportage ${r.municipality.name} ${r.year}`, style: 'h1' },
      {
        text: `Subsidiejaar ${r.year} (kalenderjaar: ${dateNl(r.period.from)} tot en met ${dateNl(r.period.to)}) · Programma: ${programme}`,
        margin: [0, 4, 0, 2],
      },
      r.municipality.pmgSince
        ? { text: `Neemt sinds ${r.municipality.pmgSince} deel aan Preventie met Gezag.`, margin: [0, 0, 0, 2] }
        : { text: '' },
      {
        text: `Gemaakt op ${dateNl(r.generatedAt.slice(0, 10))} door het Halt Preventieportaal.`,
        fontSize: 8,
        margin: [0, 0, 0, 10],
      },
      { text: 'Samenvatting', style: 'h2' },
      { ul: r.summary, margin: [0, 0, 0, 8] },
      table(
        ['Kerncijfer', 'Aantal'],
        [
          ['Sessies besteld', r.totals.sessionsOrdered],
          ['Sessies gegeven', r.totals.sessionsDelivered],
          ['Leerlingen bereikt', r.totals.pupils],
          ['Scholen bereikt', r.totals.schools],
          ['Credits in budget', r.totals.creditsBudget],
          ['Credits verbruikt', r.totals.creditsConsumed],
          ['Evaluaties', r.totals.responses],
        ],
        ['*', 80],
      ),

      section('1. Besteld tegenover gegeven'),
      barChart(
        r.orders.map((o) => ({ label: o.name, values: [o.sessionsOrdered, o.sessionsDelivered] })),
        ['sessies besteld', 'sessies gegeven'],
      ),
      table(
        ['Pakket', 'Kenmerk', 'Credits budget', 'Credits verbruikt', 'Sessies besteld', 'Sessies gegeven'],
        r.orders.map((o) => [
          o.name,
          o.reference,
          o.creditsBudget,
          o.creditsConsumed,
          o.sessionsOrdered,
          o.sessionsDelivered,
        ]),
        ['*', 70, 50, 55, 50, 50],
      ),

      section('2. Leerlingen bereikt per school'),
      barChart(
        r.schools.map((s) => ({ label: s.school, values: [s.pupils] })),
        ['leerlingen bereikt'],
      ),
      table(
        ['School', 'Sessies gegeven', 'Leerlingen'],
        r.schools.map((s) => [s.school, s.sessionsDelivered, s.pupils]),
        ['*', 70, 70],
      ),

      section('3. Scores uit de evaluaties'),
      {
        text: 'Gemiddelden op een schaal van 1 tot 5; – betekent: nog geen antwoorden.',
        fontSize: 8,
        margin: [0, 0, 0, 4],
      },
      barChart(
        r.scoresPerOffer.map((o) => ({ label: o.offer, values: [o.scores.overall?.average ?? 0] })),
        ['tevredenheid (1–5)'],
      ),
      table(
        ['Aanbod', 'Sessies', 'Antwoorden', 'Veiliger', 'Voorkomen/herstellen', 'Aanraden', 'Tevredenheid'],
        r.scoresPerOffer.map((o) => [
          o.offer,
          o.sessions,
          o.responses,
          score(o.scores, 'feel_safer'),
          score(o.scores, 'prevent_repair'),
          score(o.scores, 'recommend'),
          score(o.scores, 'overall'),
        ]),
        ['*', 40, 50, 45, 60, 45, 55],
      ),

      section('4. Doelen per schooljaar'),
      {
        text:
          `Halt telt het doel "scholen met het Halt-JRB-traject" per schooljaar (1 augustus tot en met 31 juli). ` +
          `Subsidiejaar ${r.year} overlapt de schooljaren ${r.schoolYearTargets.map((t) => t.schoolYear).join(' en ')}.`,
        margin: [0, 0, 0, 4],
      },
      barChart(
        r.schoolYearTargets.map((t) => ({
          label: `Schooljaar ${t.schoolYear}`,
          values: [t.haltJrbSchools, t.haltJrbSchoolsTarget],
        })),
        ['scholen met Halt-JRB', 'doel van Halt'],
      ),
      table(
        ['Schooljaar', 'Van', 'Tot en met', 'Scholen met Halt-JRB', 'Doel van Halt'],
        r.schoolYearTargets.map((t) => [
          t.schoolYear,
          dateNl(t.from),
          dateNl(t.to),
          t.haltJrbSchools,
          t.haltJrbSchoolsTarget,
        ]),
        [70, 60, 60, '*', 60],
      ),
    ],
  };
}

/** The council report as PDF bytes, made on the server (pdfmake: pure JavaScript, no browser). */
export function councilReportPdf(report: CouncilReportDto): Promise<Buffer> {
  return pdfmake.createPdf(councilReportDocument(report)).getBuffer();
}
