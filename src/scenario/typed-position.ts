// Reads a point typed as latitude and longitude in decimal degrees, and checks it is in Kyrgyzstan.
import type { AtlasData } from '../data/atlas';
import type { LonLat } from '../vocabulary/scenario';
import { pointInCountry } from './point-in-country';

export type CoordinateField = 'latitude' | 'longitude';

/** A typed point: inside the country, outside it, or fields that are not coordinates at all. */
export type TypedPosition =
  | { kind: 'inside'; position: LonLat }
  | { kind: 'outside'; position: LonLat }
  | { kind: 'invalid'; fields: CoordinateField[] };

/** Plain decimal degrees: no exponent, hex or other forms `Number()` would also accept. */
const DECIMAL = /^[+-]?(\d+([.]\d*)?|[.]\d+)$/;

/**
 * Decimal degrees as typed: a comma may stand for the decimal point (as Russian and Kyrgyz write
 * it), a minus may be the typographic one, and a trailing degree sign is allowed. Null when the
 * text is no such number or lies beyond ±`limit`.
 */
function degrees(text: string, limit: number): number | null {
  const plain = text.trim().replace(/°$/, '').trim().replace(',', '.').replace('\u2212', '-');
  if (!DECIMAL.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

/**
 * The point that `latitude` and `longitude` (decimal degrees, north and east positive) name, and
 * whether it is inside the country; or which fields are not coordinates (a number, ±90 and ±180).
 * The polygon test runs only once both numbers are good. Never throws.
 *
 * @example
 *   typedPosition(atlas, '41.6', '75.0'); // { kind: 'inside', position: [75, 41.6] }
 *   typedPosition(atlas, '41,3', '69,24'); // { kind: 'outside', position: [69.24, 41.3] } (Tashkent)
 *   typedPosition(atlas, '95', 'east'); // { kind: 'invalid', fields: ['latitude', 'longitude'] }
 */
export function typedPosition(
  atlas: AtlasData,
  latitude: string,
  longitude: string,
): TypedPosition {
  const lat = degrees(latitude, 90);
  const lon = degrees(longitude, 180);
  if (lat === null || lon === null) {
    const fields: CoordinateField[] = [];
    if (lat === null) fields.push('latitude');
    if (lon === null) fields.push('longitude');
    return { kind: 'invalid', fields };
  }
  const position: LonLat = [lon, lat];
  return { kind: pointInCountry(atlas, position) ? 'inside' : 'outside', position };
}
