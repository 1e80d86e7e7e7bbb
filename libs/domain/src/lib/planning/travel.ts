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
 * session and from each session's school to the next. `blocks` must be sorted by start.
 */
export function occupiedDayMinutes(home: GeoPoint, blocks: readonly DayBlock[], config: TravelConfig): number {
  let total = 0;
  let at = home;
  for (const b of blocks) {
    total += b.end - b.start + travelMinutes(at, b.location, config);
    at = b.location;
  }
  return total;
}
