// Radius catchment: the geodesic circle around a node, clipped to the country.

import { clipToArea } from './clip-to-area';
import { closeRing } from './convex-polygon';
import type { GeomPtr, XY } from './geos';
import type { WorkingCopy } from './working-copy';

/**
 * `circle ∩ country` in the working plane; `circle` is the open ring of projected geodesic
 * circle vertices (see `geodesicCircle`). The caller owns the result.
 * @example
 * const ptr = catchmentByRadius(wc, projectedCircle); wc.kit.area(ptr); // km²
 */
export function catchmentByRadius(wc: WorkingCopy, circle: XY[]): GeomPtr {
  const disc = wc.kit.polygon([closeRing(circle)]);
  const clipped = clipToArea(wc, wc.country, disc);
  wc.kit.destroy(disc);
  return clipped;
}
