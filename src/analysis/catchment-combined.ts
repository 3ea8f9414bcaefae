// Combined catchment: within the radius AND nearest to the node.

import { clipToArea } from './clip-to-area';
import { clipConvex, closeRing } from './convex-polygon';
import type { GeomPtr, XY } from './geos';
import type { WorkingCopy } from './working-copy';

/**
 * `circle ∩ cell ∩ country`: both convex, so their intersection is a cheap exact clip in JS and
 * only the country needs an overlay. The caller owns the result.
 * @example
 * const ptr = catchmentCombined(wc, projectedCircle, cells[i]);
 */
export function catchmentCombined(wc: WorkingCopy, circle: XY[], cell: XY[]): GeomPtr {
  const lens = cell.length < 3 ? [] : clipConvex(circle, cell);
  if (lens.length < 3) return wc.kit.geos.GEOSGeom_createEmptyPolygon();
  const poly = wc.kit.polygon([closeRing(lens)]);
  const clipped = clipToArea(wc, wc.country, poly);
  wc.kit.destroy(poly);
  return clipped;
}
