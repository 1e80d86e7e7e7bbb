import { parseSchoolHolidays, SchoolHolidayDataError } from './school-holidays';
import seed from './fixtures/school-holidays.json';

const clone = (): { schoolYears: Record<string, Record<string, Record<string, unknown>>> } & Record<string, unknown> =>
  JSON.parse(JSON.stringify(seed));

function issuesOf(json: unknown): string[] {
  try {
    parseSchoolHolidays(json);
  } catch (e) {
    if (e instanceof SchoolHolidayDataError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
}

describe('parseSchoolHolidays', () => {
  it('reads every period of the seed file (copy in fixtures/)', () => {
    const periods = parseSchoolHolidays(seed);
    expect(periods).toHaveLength(2 * 5 * 3);
    expect(periods).toContainEqual({
      name: 'herfstvakantie',
      region: 'zuid',
      start: '2026-10-17',
      end: '2026-10-25',
      schoolYear: '2026-2027',
    });
    expect(periods).toContainEqual({
      name: 'herfstvakantie',
      region: 'noord',
      start: '2026-10-10',
      end: '2026-10-18',
      schoolYear: '2026-2027',
    });
    expect(periods[0]).toMatchObject({ schoolYear: '2025-2026', name: 'herfstvakantie', region: 'noord' });
    for (const p of periods) expect(p.start <= p.end).toBe(true);
  });

  it('rejects a period that ends before it starts', () => {
    const json = clone();
    json.schoolYears['2026-2027']['kerstvakantie']['zuid'] = ['2027-01-03', '2026-12-19'];
    expect(issuesOf(json)).toEqual([
      'schoolYears.2026-2027.kerstvakantie.zuid: begin 2027-01-03 ligt na eind 2026-12-19',
    ]);
  });

  it('rejects unknown regions, names, years and bad dates, all at once', () => {
    const json = clone();
    json.schoolYears['2026-2027']['kerstvakantie']['oost'] = ['2026-12-19', '2027-01-03'];
    json.schoolYears['2026-2027']['paasvakantie'] = {};
    json.schoolYears['2026-2027']['meivakantie']['noord'] = ['2027-04-24'];
    json.schoolYears['2026-2027']['zomervakantie']['zuid'] = ['2027-02-30', '2027-09-05'];
    json.schoolYears['2027-2029'] = {};
    json['regions'] = ['noord', 'west'];
    const issues = issuesOf(json);
    expect(issues).toHaveLength(6);
    expect(issues).toEqual(
      expect.arrayContaining([
        "regions[1]: onbekende regio 'west'",
        "schoolYears.2026-2027.kerstvakantie.oost: onbekende regio 'oost'",
        "schoolYears.2026-2027.paasvakantie: onbekende vakantie 'paasvakantie'",
        "schoolYears.2026-2027.meivakantie.noord: verwacht [begin, eind] als twee datums 'JJJJ-MM-DD'",
        "schoolYears.2026-2027.zomervakantie.zuid: verwacht [begin, eind] als twee datums 'JJJJ-MM-DD'",
        'schoolYears.2027-2029: schooljaar moet JJJJ-JJJJ zijn met opeenvolgende jaren',
      ]),
    );
  });

  it('rejects a period that starts outside its school year', () => {
    const json = clone();
    json.schoolYears['2025-2026']['herfstvakantie']['midden'] = ['2026-10-17', '2026-10-25'];
    expect(issuesOf(json)).toEqual([
      'schoolYears.2025-2026.herfstvakantie.midden: begin 2026-10-17 ligt niet in schooljaar 2025-2026',
    ]);
  });

  it('rejects something that is not the expected object', () => {
    expect(issuesOf(null)).toEqual(['$: verwacht een object']);
    expect(issuesOf([])).toEqual(['$: verwacht een object']);
    expect(issuesOf({ about: 'x' })).toEqual(['schoolYears: verwacht een object per schooljaar']);
  });
});
