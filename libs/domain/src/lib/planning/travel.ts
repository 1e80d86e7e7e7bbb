import { DEFAULT_TRAVEL_CONFIG, type GeoPoint, type TravelConfig } from './model';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance between two points in kilometres (haversine formula). */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The travel settings with defaults filled in. */
export function travelConfig(config: Partial<TravelConfig> = {}): TravelConfig {
  return { ...DEFAULT_TRAVEL_CONFIG, ...config };
}

/**
 * Estimated travel time in whole minutes: straight-line distance × `roadFactor` at `averageSpeedKmh`,
 * rounded up to a multiple of `roundToMinutes`. The same place (or points a few metres apart) gives 0.
 * Because the distance is a metric and rounding up is subadditive, a detour is never shorter than going
 * directly (`travel(a, c) ≤ travel(a, b) + travel(b, c)`).
 */
export function travelMinutes(from: GeoPoint, to: GeoPoint, config: TravelConfig = DEFAULT_TRAVEL_CONFIG): number {
  const minutes = ((haversineKm(from, to) * config.roadFactor) / config.averageSpeedKmh) * 60;
  const step = config.roundToMinutes > 0 ? config.roundToMinutes : 1;
  // A tolerance of a millisecond keeps floating-point noise from adding a whole step.
  return Math.max(0, Math.ceil(minutes / step - 1e-9)) * step;
}

/** One occupied block of a staff member's day, in minutes since local midnight. */
export interface DayBlock {
  start: number;
  end: number;
  location: GeoPoint;
}

/**
 * Occupied minutes of one staff member's day: every session plus the travel before it, from home to the first
 * session and from each session's school to the next, and the trip from the last session back home. It is what
 * counts towards the contract hours. `blocks` must be sorted by start.
 */
export function occupiedDayMinutes(home: GeoPoint, blocks: readonly DayBlock[], config: TravelConfig): number {
  let total = 0;
  let at = home;
  for (const b of blocks) {
    total += b.end - b.start + travelMinutes(at, b.location, config);
    at = b.location;
  }
  return blocks.length > 0 ? total + travelMinutes(at, home, config) : 0;
}

/** A specialist's booked session, as far as the travel before it is concerned. */
export interface BookedVisit {
  staffId: string;
  start: Date;
  /** The school; unknown coordinates count as no travel. */
  location: GeoPoint | null;
}

/**
 * The buffer before each visit: the travel from the same specialist's previous visit on the same Amsterdam day
 * (0 for the first of the day, and between visits at one place). It is what the overlap rule counts between two
 * sessions, so a store that reserves `[start − buffer, end)` per visit refuses exactly the overlaps the rule does.
 * Returned in the order of `visits`.
 */
export function buffersFromPrevious(
  visits: readonly BookedVisit[],
  dayOf: (instant: Date) => string,
  config: TravelConfig = DEFAULT_TRAVEL_CONFIG,
): number[] {
  const order = visits
    .map((v, i) => ({ v, i }))
    .sort((a, b) => a.v.staffId.localeCompare(b.v.staffId) || a.v.start.getTime() - b.v.start.getTime());
  const buffers = new Array<number>(visits.length).fill(0);
  order.forEach(({ v, i }, k) => {
    const prev = order[k - 1]?.v;
    if (!prev || prev.staffId !== v.staffId || dayOf(prev.start) !== dayOf(v.start)) return;
    buffers[i] = prev.location && v.location ? travelMinutes(prev.location, v.location, config) : 0;
  });
  return buffers;
}
