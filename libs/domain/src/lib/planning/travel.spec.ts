import { AMERSFOORT, UTRECHT, ZEIST } from './testing/fixtures';
import { buffersFromPrevious, haversineKm, occupiedDayMinutes, travelConfig, travelMinutes } from './travel';

const AMSTERDAM_CS = { lat: 52.3791, lon: 4.9003 };
const UTRECHT_CS = { lat: 52.0894, lon: 5.1101 };

describe('travel estimate', () => {
  it('measures straight-line distance with the haversine formula', () => {
    expect(haversineKm(AMSTERDAM_CS, UTRECHT_CS)).toBeCloseTo(35.24, 1);
    expect(haversineKm(UTRECHT, UTRECHT)).toBe(0);
    expect(haversineKm(UTRECHT, AMERSFOORT)).toBeCloseTo(haversineKm(AMERSFOORT, UTRECHT), 9);
  });

  it('turns distance into minutes with road factor 1.3 at 50 km/h, rounded up to 5 minutes', () => {
    // 35.24 km × 1.3 / 50 km/h = 54.97 min → 55.
    expect(travelMinutes(AMSTERDAM_CS, UTRECHT_CS)).toBe(55);
    expect(travelMinutes(UTRECHT, UTRECHT)).toBe(0);
    // 7.6 km × 1.3 / 50 = 11.9 min → 15.
    expect(travelMinutes(UTRECHT, ZEIST)).toBe(15);
  });

  it('takes its settings from a config object with defaults', () => {
    expect(travelConfig()).toEqual({ roadFactor: 1.3, averageSpeedKmh: 50, roundToMinutes: 5 });
    const fast = travelConfig({ averageSpeedKmh: 100, roundToMinutes: 1 });
    expect(travelMinutes(AMSTERDAM_CS, UTRECHT_CS, fast)).toBe(28);
  });

  it('never makes a detour shorter than going directly', () => {
    const direct = travelMinutes(UTRECHT, AMERSFOORT);
    expect(direct).toBeLessThanOrEqual(travelMinutes(UTRECHT, ZEIST) + travelMinutes(ZEIST, AMERSFOORT));
  });

  it('counts the occupied minutes of a day: sessions plus travel from home, between schools and back home', () => {
    const blocks = [
      { start: 540, end: 630, location: ZEIST },
      { start: 720, end: 810, location: AMERSFOORT },
    ];
    const expected =
      90 + 90 + travelMinutes(UTRECHT, ZEIST) + travelMinutes(ZEIST, AMERSFOORT) + travelMinutes(AMERSFOORT, UTRECHT);
    expect(travelMinutes(AMERSFOORT, UTRECHT)).toBeGreaterThan(0);
    expect(occupiedDayMinutes(UTRECHT, blocks, travelConfig())).toBe(expected);
    expect(occupiedDayMinutes(UTRECHT, [], travelConfig())).toBe(0);
  });
});

describe('buffersFromPrevious', () => {
  const school = { lat: 52.09, lon: 5.12 };
  const far = { lat: 52.37, lon: 4.9 };
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const at = (iso: string) => new Date(iso);

  it('is the travel from the same specialist’s previous visit that day, 0 for the first and at one place', () => {
    const visits = [
      { staffId: 'a', start: at('2026-11-10T13:00:00Z'), location: far },
      { staffId: 'a', start: at('2026-11-10T08:00:00Z'), location: school },
      { staffId: 'a', start: at('2026-11-10T10:00:00Z'), location: school },
      { staffId: 'b', start: at('2026-11-10T11:00:00Z'), location: far },
      { staffId: 'a', start: at('2026-11-11T08:00:00Z'), location: far },
    ];
    expect(buffersFromPrevious(visits, day)).toEqual([travelMinutes(school, far), 0, 0, 0, 0]);
  });

  it('counts no travel from or to a place without coordinates', () => {
    const visits = [
      { staffId: 'a', start: at('2026-11-10T08:00:00Z'), location: null },
      { staffId: 'a', start: at('2026-11-10T10:00:00Z'), location: far },
    ];
    expect(buffersFromPrevious(visits, day)).toEqual([0, 0]);
  });
});
