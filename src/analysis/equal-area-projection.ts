// The planar working copy of the analysis: a spherical Lambert azimuthal equal-area projection
// centred on Kyrgyzstan, in kilometres. Areas are exact on the sphere; distances within the
// country are off by at most ~0.07 % (scale factors cos(c/2) and 1/cos(c/2), c ≤ ~500 km).
import type { XY } from './geos';

/** Mean Earth radius (km), the same sphere turf uses for distances. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Centre of the working projection: the middle of Kyrgyzstan's bounding box. */
export const KYRGYZSTAN_CENTRE: XY = [74.75, 41.25];

export interface EqualAreaProjection {
  /** [lon, lat] degrees → [x, y] km */
  forward(lonLat: readonly [number, number]): XY;
  /** [x, y] km → [lon, lat] degrees */
  inverse(xy: readonly [number, number]): XY;
}

const RAD = Math.PI / 180;

/**
 * Spherical Lambert azimuthal equal-area projection around `centre`, in km.
 * @example
 * const p = createEqualAreaProjection([74.75, 41.25]);
 * p.forward([74.75, 41.25]); // [0, 0]
 * p.inverse(p.forward([72.8, 40.53])); // ≈ [72.8, 40.53]
 */
export function createEqualAreaProjection(
  centre: readonly [number, number] = KYRGYZSTAN_CENTRE,
): EqualAreaProjection {
  const lon0 = centre[0] * RAD;
  const lat0 = centre[1] * RAD;
  const sin0 = Math.sin(lat0);
  const cos0 = Math.cos(lat0);
  const R = EARTH_RADIUS_KM;
  return {
    forward([lon, lat]) {
      const dl = lon * RAD - lon0;
      const phi = lat * RAD;
      const sinPhi = Math.sin(phi);
      const cosPhi = Math.cos(phi);
      const cosDl = Math.cos(dl);
      const k = Math.sqrt(2 / (1 + sin0 * sinPhi + cos0 * cosPhi * cosDl));
      return [R * k * cosPhi * Math.sin(dl), R * k * (cos0 * sinPhi - sin0 * cosPhi * cosDl)];
    },
    inverse([x, y]) {
      const rho = Math.hypot(x, y);
      if (rho === 0) return [centre[0], centre[1]];
      const c = 2 * Math.asin(rho / (2 * R));
      const sinC = Math.sin(c);
      const cosC = Math.cos(c);
      const phi = Math.asin(cosC * sin0 + (y * sinC * cos0) / rho);
      const lambda = lon0 + Math.atan2(x * sinC, rho * cos0 * cosC - y * sin0 * sinC);
      return [lambda / RAD, phi / RAD];
    },
  };
}
