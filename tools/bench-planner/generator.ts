import type { HolidayRegion } from '@halt/contracts';
import {
  addDays,
  type DateWindow,
  type GeoPoint,
  parseSchoolHolidays,
  type PlanningProblem,
  type PlanningSchool,
  SchoolCalendar,
  SeededRandom,
  type SessionToPlan,
  type StaffMember,
  weekday,
} from '@halt/domain';
import holidaysJson from '../../libs/domain/src/lib/calendar/fixtures/school-holidays.json';

/** The size of a generated instance. */
export interface InstanceSize {
  name: string;
  sessions: number;
  staff: number;
  schools: number;
  /** How many of the ten Halt regions are used. */
  regions: number;
  /** First and last day on which windows may start. */
  from: string;
  to: string;
  /** Window length in weeks, min and max. */
  windowWeeks: [number, number];
}

/** The benchmark sizes, from a hand-checkable one to a full school year. */
export const SIZES: Record<string, InstanceSize> = {
  tiny: {
    name: 'tiny',
    sessions: 10,
    staff: 4,
    schools: 4,
    regions: 1,
    from: '2026-09-07',
    to: '2026-09-14',
    windowWeeks: [2, 2],
  },
  small: {
    name: 'small',
    sessions: 30,
    staff: 8,
    schools: 10,
    regions: 1,
    from: '2026-09-07',
    to: '2026-09-21',
    windowWeeks: [2, 3],
  },
  medium: {
    name: 'medium',
    sessions: 500,
    staff: 30,
    schools: 120,
    regions: 3,
    from: '2026-09-07',
    to: '2026-12-11',
    windowWeeks: [2, 6],
  },
  large: {
    name: 'large',
    sessions: 3000,
    staff: 90,
    schools: 600,
    regions: 6,
    from: '2026-09-07',
    to: '2027-06-18',
    windowWeeks: [2, 6],
  },
  full: {
    name: 'full',
    sessions: 15000,
    staff: 200,
    schools: 1500,
    regions: 10,
    from: '2026-09-07',
    to: '2027-06-25',
    windowWeeks: [2, 6],
  },
};

/** Ten Halt regions with a centre and the school-holiday region most of their schools are in. */
const HALT_REGIONS: { id: string; centre: GeoPoint; holiday: HolidayRegion }[] = [
  { id: 'utrecht', centre: { lat: 52.09, lon: 5.12 }, holiday: 'midden' },
  { id: 'groningen-drenthe', centre: { lat: 53.05, lon: 6.65 }, holiday: 'noord' },
  { id: 'friesland', centre: { lat: 53.1, lon: 5.8 }, holiday: 'noord' },
  { id: 'ijsselland', centre: { lat: 52.45, lon: 6.3 }, holiday: 'noord' },
  { id: 'noord-holland', centre: { lat: 52.65, lon: 4.8 }, holiday: 'noord' },
  { id: 'amsterdam', centre: { lat: 52.36, lon: 4.9 }, holiday: 'noord' },
  { id: 'gelderland', centre: { lat: 52.0, lon: 5.9 }, holiday: 'midden' },
  { id: 'haaglanden', centre: { lat: 52.05, lon: 4.35 }, holiday: 'midden' },
  { id: 'rotterdam-zeeland', centre: { lat: 51.75, lon: 4.2 }, holiday: 'zuid' },
  { id: 'brabant-limburg', centre: { lat: 51.5, lon: 5.5 }, holiday: 'zuid' },
];

const PUBLIC_HOLIDAYS_2026_2027 = [
  { date: '2026-12-25', name: 'Eerste Kerstdag' },
  { date: '2026-12-26', name: 'Tweede Kerstdag' },
  { date: '2027-01-01', name: 'Nieuwjaarsdag' },
  { date: '2027-03-26', name: 'Goede Vrijdag' },
  { date: '2027-03-29', name: 'Tweede Paasdag' },
  { date: '2027-04-27', name: 'Koningsdag' },
  { date: '2027-05-05', name: 'Bevrijdingsdag' },
  { date: '2027-05-06', name: 'Hemelvaartsdag' },
  { date: '2027-05-07', name: 'Vrijdag na Hemelvaart' },
  { date: '2027-05-17', name: 'Tweede Pinksterdag' },
];

const SKILLS = ['voorlichting', 'klassendialoog', 'spreekuur', 'ouderbijeenkomst', 'jongerenrechtbank'];

function near(rng: SeededRandom, centre: GeoPoint, spread: number): GeoPoint {
  // Sum of two uniforms: a cheap bell shape.
  const d = () => (rng.next() + rng.next() - 1) * spread;
  return { lat: Math.round((centre.lat + d()) * 1e4) / 1e4, lon: Math.round((centre.lon + d() * 1.6) * 1e4) / 1e4 };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * A realistic, seeded planning instance: schools around the centres of Halt regions with the real 2026-2027
 * school holidays of their holiday region, public holidays and a few study days; staff with skills (some expiring),
 * working patterns, leave, sickness, training and weekly unavailability; requests for lessons, klassendialogen
 * (two staff), parent meetings, spreekuur series on a fixed weekday and hour, and halt-jrb trajectories
 * (intake → spreekuren → hearing with two staff, kept in order), each with one or two windows of a few weeks.
 * The same size and seed always give the same instance.
 */
export function generateInstance(size: InstanceSize, seed: number): PlanningProblem {
  const rng = new SeededRandom(seed * 7919 + size.sessions);
  const holidays = parseSchoolHolidays(holidaysJson);
  const regions = HALT_REGIONS.slice(0, size.regions);
  const spread = size.regions === 1 && size.schools <= 10 ? 0.12 : 0.3;

  const schools: PlanningSchool[] = [];
  const calendars: SchoolCalendar[] = [];
  for (let i = 0; i < size.schools; i++) {
    const region = regions[i % regions.length];
    const studyDays = Array.from({ length: rng.int(3) }, () => {
      const date = addDays(size.from, rng.int(daysBetween(size.from, size.to) + 30));
      return { date, reason: 'studiedag' };
    });
    const calendar = new SchoolCalendar({
      region: region.holiday,
      holidays,
      publicHolidays: PUBLIC_HOLIDAYS_2026_2027,
      closedDays: studyDays,
    });
    calendars.push(calendar);
    schools.push({
      id: `school-${i + 1}`,
      name: `School ${i + 1}`,
      location: near(rng, region.centre, spread),
      regionId: region.id,
      dayStart: rng.pick(['08:15', '08:30', '08:30']),
      dayEnd: rng.pick(['15:30', '16:00', '16:00', '16:30']),
      calendar,
    });
  }

  const yearEnd = '2027-07-31';
  const staff: StaffMember[] = [];
  for (let i = 0; i < size.staff; i++) {
    const region = regions[i % regions.length];
    const regionIds = [region.id];
    if (size.regions > 1 && rng.next() < 0.2) regionIds.push(regions[(i + 1) % regions.length].id);
    const contract = rng.pick([24, 28, 32, 32, 36]);
    const daysOff = contract >= 32 ? (rng.next() < 0.5 ? [] : [rng.int(5) + 1]) : [rng.int(5) + 1];
    const pattern: StaffMember['workingPattern'] = {};
    for (let d = 1; d <= 5; d++) {
      if (daysOff.includes(d)) continue;
      pattern[d] =
        rng.next() < 0.1
          ? [{ start: '08:00', end: '12:30' }]
          : [{ start: rng.pick(['08:00', '08:30']), end: rng.pick(['16:30', '17:00']) }];
    }
    const skills = [{ skill: 'voorlichting', validUntil: yearEnd }];
    for (const skill of SKILLS.slice(1)) {
      if (rng.next() < 0.55) {
        const expires = rng.next() < 0.1 ? addDays(size.from, 30 + rng.int(200)) : yearEnd;
        skills.push({ skill, validUntil: expires });
      }
    }
    const absences: StaffMember['absences'][number][] = [];
    const span = daysBetween(size.from, size.to) + 42;
    for (let k = rng.int(3); k > 0; k--) {
      const from = addDays(size.from, rng.int(span));
      absences.push({ from, to: addDays(from, 4), kind: 'leave' });
    }
    for (let k = rng.int(3); k > 0; k--) {
      const from = addDays(size.from, rng.int(span));
      absences.push({ from, to: addDays(from, rng.int(3)), kind: 'sick' });
    }
    if (rng.next() < 0.5) {
      const from = addDays(size.from, rng.int(span));
      absences.push({ from, to: from, startTime: '09:00', endTime: '13:00', kind: 'training' });
    }
    staff.push({
      id: `staff-${i + 1}`,
      name: `Medewerker ${i + 1}`,
      home: near(rng, region.centre, spread * 1.2),
      regionIds,
      contractHoursPerWeek: contract,
      workingPattern: pattern,
      absences,
      recurringAbsences: rng.next() < 0.15 ? [{ weekday: 3, start: '12:00', end: '17:00' }] : [],
      maxSessionsPerDay: rng.pick([2, 3, 3]),
      skills,
      languages: rng.next() < 0.2 ? ['nl', 'en'] : ['nl'],
      preferredWeekdays: rng.next() < 0.3 ? [1, 2, 3, 4, 5].filter(() => rng.next() < 0.7) : undefined,
    });
  }

  const sessions: SessionToPlan[] = [];
  let request = 0;
  const horizon = daysBetween(size.from, size.to);
  while (sessions.length < size.sessions) {
    request++;
    const schoolIndex = rng.int(schools.length);
    const school = schools[schoolIndex];
    const calendar = calendars[schoolIndex];
    const requestId = `request-${request}`;
    let windowFrom = addDays(size.from, rng.int(horizon + 1));
    // Schools do not ask for a period that falls entirely in a holiday: move such a start on by a week.
    const openSoon = (from: string) =>
      Array.from({ length: 10 }, (_, d) => addDays(from, d)).some((d) => calendar.isSchoolDay(d));
    for (let guard = 0; guard < 3 && !openSoon(windowFrom); guard++) windowFrom = addDays(windowFrom, 7);
    const weeks = size.windowWeeks[0] + rng.int(size.windowWeeks[1] - size.windowWeeks[0] + 1);
    const band = rng.pick([
      ['08:30', '12:30'],
      ['08:30', '16:00'],
      ['10:00', '14:00'],
      ['12:00', '16:00'],
    ]);
    const weekdays = [1, 2, 3, 4, 5].filter(() => rng.next() < 0.75);
    if (weekdays.length === 0) weekdays.push(rng.int(5) + 1);
    const windows: DateWindow[] = [
      { from: windowFrom, to: addDays(windowFrom, weeks * 7 - 3), weekdays, earliest: band[0], latest: band[1] },
    ];
    if (rng.next() < 0.4) {
      const alt = addDays(windowFrom, weeks * 7);
      windows.push({ from: alt, to: addDays(alt, 11), weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' });
    }
    const language = rng.next() < 0.03 ? 'en' : undefined;
    const left = size.sessions - sessions.length;
    const kind = rng.next();
    const add = (s: Omit<SessionToPlan, 'id' | 'requestId' | 'schoolId'>) =>
      sessions.push({ id: `session-${sessions.length + 1}`, requestId, schoolId: school.id, ...s });

    if (kind < 0.55 || left < 4) {
      // Voorlichting: one lesson per class.
      const classes = Math.min(left, 1 + rng.int(4));
      const duration = rng.pick([60, 90]);
      for (let c = 0; c < classes; c++) {
        add({ durationMinutes: duration, staffNeeded: 1, requiredSkill: 'voorlichting', windows, language });
      }
    } else if (kind < 0.75) {
      // Klassendialoog with two staff.
      const classes = Math.min(left, 1 + rng.int(2));
      for (let c = 0; c < classes; c++) {
        add({ durationMinutes: 90, staffNeeded: 2, requiredSkill: 'klassendialoog', windows, language });
      }
    } else if (kind < 0.85) {
      add({ durationMinutes: 90, staffNeeded: 1, requiredSkill: 'ouderbijeenkomst', windows });
    } else {
      // A spreekuur series (halt-jrb: intake + spreekuren + hearing, in order).
      const jrb = rng.next() < 0.5;
      const count = Math.min(left - (jrb ? 2 : 0), 2 + rng.int(3));
      const day = rng.int(5) + 1;
      const time = rng.pick(['08:30', '12:30', '13:30']);
      let date = windowFrom;
      while (weekday(date) !== day) date = addDays(date, 1);
      const dates: string[] = [];
      // Series stay within the school year (the summer holiday starts 10 July 2027 in region noord).
      for (; dates.length < count + (jrb ? 1 : 0) && date < '2027-07-10'; date = addDays(date, 7)) {
        if (calendar.isSchoolDay(date)) dates.push(date);
      }
      dates.forEach((d, n) =>
        add({
          durationMinutes: 120,
          staffNeeded: 1,
          requiredSkill: 'spreekuur',
          windows: [],
          proposedStart: { date: d, time },
          sequence: jrb ? n + 1 : undefined,
        }),
      );
      if (jrb && dates.length > 0) {
        const after = addDays(dates[dates.length - 1], 1);
        add({
          durationMinutes: 90,
          staffNeeded: 2,
          requiredSkill: 'jongerenrechtbank',
          windows: [
            { from: after, to: addDays(after, 20), weekdays: [1, 2, 3, 4, 5], earliest: '08:30', latest: '16:00' },
          ],
          sequence: dates.length + 1,
        });
      }
    }
  }
  return { staff, schools, sessions: sessions.slice(0, size.sessions) };
}
