import { councilReportFileName, councilReportSummary, schoolYearsOverlapping } from './council-report';

describe('the council report', () => {
  it('shows the two school years that overlap a subsidy (calendar) year', () => {
    expect(schoolYearsOverlapping(2026)).toEqual([
      { schoolYear: '2025-2026', start: '2025-08-01', end: '2026-07-31' },
      { schoolYear: '2026-2027', start: '2026-08-01', end: '2027-07-31' },
    ]);
  });

  it('writes the summary in Dutch from the figures', () => {
    const lines = councilReportSummary({
      municipality: 'Utrecht',
      year: 2026,
      programme: 'Preventie met Gezag',
      sessionsOrdered: 4,
      sessionsDelivered: 3,
      pupils: 1250,
      schools: 1,
      creditsBudget: 40,
      creditsConsumed: 12,
      overall: 4.25,
      responses: 2,
      schoolYearTargets: [{ schoolYear: '2025-2026', haltJrbSchools: 1, target: 15 }],
    });
    expect(lines).toEqual([
      'In 2026 bestelde Utrecht binnen Preventie met Gezag 4 sessies bij Halt. Daarvan zijn er 3 gegeven (75%).',
      'Van het budget van 40 credits is 12 verbruikt.',
      'Halt bereikte 1.250 leerlingen op 1 school.',
      'Deelnemers gaven gemiddeld een 4,3 (op een schaal van 1 tot 5) in 2 evaluaties.',
      'Schooljaar 2025-2026: 1 school met het Halt-JRB-traject (doel van Halt: minstens 15 scholen per schooljaar).',
    ]);
  });

  it('says so when nothing was ordered or evaluated', () => {
    const lines = councilReportSummary({
      municipality: 'Zeist',
      year: 2027,
      programme: null,
      sessionsOrdered: 0,
      sessionsDelivered: 0,
      pupils: 0,
      schools: 0,
      creditsBudget: 0,
      creditsConsumed: 0,
      overall: null,
      responses: 0,
      schoolYearTargets: [],
    });
    expect(lines[0]).toBe('In 2027 heeft Zeist nog geen sessies bij Halt besteld.');
    expect(lines).toContain('Er zijn nog geen evaluaties ingevuld.');
  });

  it('names the file in Dutch after the gemeente and year', () => {
    expect(councilReportFileName("'s-Gravenhage", 2026)).toBe('raadsrapportage-s-gravenhage-2026.pdf');
    expect(councilReportFileName('Súdwest-Fryslân', 2027)).toBe('raadsrapportage-sudwest-fryslan-2027.pdf');
  });
});
