// Great-circle distance on the analysis sphere (R = 6371.0088 km, the sphere of the projection).
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
