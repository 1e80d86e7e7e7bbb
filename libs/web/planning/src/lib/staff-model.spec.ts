import type { StaffMemberDto } from '@halt/contracts';
import { foreignRegions, parseLanguages, skillStatus, toUpdateStaffRequest, type StaffFormValue } from './staff-model';

const member: StaffMemberDto = {
  id: 'staff-1',
  name: 'Sanne de Vries',
  email: null,
  home: { lat: 52.09, lon: 5.12 },
  regions: [
    { id: 'utrecht', name: 'Midden-Nederland' },
    { id: 'brabant', name: 'Brabant' },
  ],
  contractHoursPerWeek: 32,
  maxSessionsPerDay: 3,
  languages: ['nl'],
  preferredWeekdays: [],
  workingPattern: {},
  skills: [],
  absences: [],
  recurringAbsences: [],
  active: true,
};

const value = (over: Partial<StaffFormValue> = {}): StaffFormValue => ({
  contractHoursPerWeek: '24',
  maxSessionsPerDay: 2,
  regionIds: ['utrecht', 'brabant'],
  languages: ' nl, en , ,nl',
  skills: [{ skill: ' voorlichting ', validUntil: '2027-07-31' }],
  active: true,
  ...over,
});

describe('a specialist for the planner', () => {
  it('flags a skill that has run out or runs out within 60 days', () => {
    const skill = (validUntil: string) => ({ skill: 'voorlichting', validUntil });
    expect(skillStatus(skill('2027-01-31'), '2027-02-01')).toBe('expired');
    expect(skillStatus(skill('2027-04-02'), '2027-02-01')).toBe('expiring');
    expect(skillStatus(skill('2027-04-03'), '2027-02-01')).toBe('valid');
  });

  it('reads the languages without blanks or doubles', () => {
    expect(parseLanguages(' nl, en , ,nl')).toEqual(['nl', 'en']);
    expect(parseLanguages('')).toEqual([]);
  });

  it('shows the regions another planner plans', () => {
    expect(foreignRegions(member, new Set(['utrecht']))).toEqual(['Brabant']);
  });

  it('sends numbers, trimmed skills and languages, and no regions when the planner left theirs alone', () => {
    expect(toUpdateStaffRequest(value(), member, new Set(['utrecht']))).toEqual({
      contractHoursPerWeek: 24,
      maxSessionsPerDay: 2,
      languages: ['nl', 'en'],
      skills: [{ skill: 'voorlichting', validUntil: '2027-07-31' }],
      active: true,
    });
  });

  it("sends the planner's own regions as ticked, and keeps the others as they were", () => {
    const body = toUpdateStaffRequest(value({ regionIds: ['brabant'] }), member, new Set(['utrecht', 'holland']));
    expect(body.regionIds).toEqual(['brabant']);
    const added = toUpdateStaffRequest(
      value({ regionIds: ['utrecht', 'holland'] }),
      member,
      new Set(['utrecht', 'holland']),
    );
    expect(added.regionIds).toEqual(['holland', 'utrecht', 'brabant']);
  });
});
