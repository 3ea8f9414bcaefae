// Finds the region (oblast polygon) that contains a point, for candidate nodes.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { AtlasData } from '../data/atlas';
import type { LonLat } from '../vocabulary/scenario';

/**
 * The id of the region whose oblast polygon contains `position`, or null outside every polygon.
 * Osh city has no polygon of its own, so a point there is in `osh-region`.
 *
 * @example
 *   regionOfPoint(atlas, [74.59, 42.87]); // "bishkek"
 *   regionOfPoint(atlas, [60, 40]); // null
 */
export function regionOfPoint(atlas: AtlasData, position: LonLat): string | null {
  for (const oblast of atlas.oblasts.features) {
    if (booleanPointInPolygon(position, oblast.geometry)) return oblast.properties.region;
  }
  return null;
}
