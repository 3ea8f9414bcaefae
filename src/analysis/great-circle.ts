// Great-circle distance and destination on the analysis sphere (R = 6371.0088 km, as projected).
import { EARTH_RADIUS_KM } from './equal-area-projection';

const RAD = Math.PI / 180;

/**
 * Haversine distance (km) between two lon/lat points.
 * @example
 * greatCircleKm([75, 41], [75, 42]); // 111.195 (one degree of a meridian)
 */
export function greatCircleKm(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The point `km` along the great circle that leaves `from` at `bearingDeg` (0 north, 90 east,
 * clockwise): the inverse of the haversine distance on the same sphere. East and west are the
 * start of a great circle, not a parallel: 10 km east and back west ends 14 m south at 41° N.
 * @example
 * destinationPoint([75, 41], 0, 1); // [75, 41.008993] (1 km north)
 * destinationPoint([75, 41], 90, 10); // [75.119161, 40.999939]
 */
export function destinationPoint(
  from: readonly [number, number],
  bearingDeg: number,
  km: number,
): [number, number] {
  const arc = km / EARTH_RADIUS_KM;
  const bearing = bearingDeg * RAD;
  const lat1 = from[1] * RAD;
  const sinLat2 =
    Math.sin(lat1) * Math.cos(arc) + Math.cos(lat1) * Math.sin(arc) * Math.cos(bearing);
  const lat2 = Math.asin(Math.max(-1, Math.min(1, sinLat2)));
  const dLon = Math.atan2(
    Math.sin(bearing) * Math.sin(arc) * Math.cos(lat1),
    Math.cos(arc) - Math.sin(lat1) * sinLat2,
  );
  const lon2 = from[0] + dLon / RAD;
  // Back into [-180, 180) when the step crosses the antimeridian; otherwise left exact.
  const wrapped = lon2 >= 180 ? lon2 - 360 : lon2 < -180 ? lon2 + 360 : lon2;
  return [wrapped, lat2 / RAD];
}
