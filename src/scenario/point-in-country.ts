// Whether a point lies in Kyrgyzstan, by the atlas's country polygon (enclaves are holes in it).
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AtlasData } from '../data/atlas';
import type { LonLat } from '../vocabulary/scenario';

/**
 * True when `position` is inside the country polygon of the atlas. The foreign enclaves inside
 * Batken (Sokh, Shakhimardan, Vorukh) are holes of that polygon, so points there are outside.
 *
 * @example
 *   pointInCountry(atlas, [74.59, 42.87]); // true (Bishkek)
 *   pointInCountry(atlas, [69.24, 41.3]); // false (Tashkent)
 *   pointInCountry(atlas, [71.12, 39.96]); // false (Sokh, an Uzbek enclave)
 */
export function pointInCountry(atlas: AtlasData, position: LonLat): boolean {
  return atlas.country.features.some((feature) => booleanPointInPolygon(position, feature));
}
