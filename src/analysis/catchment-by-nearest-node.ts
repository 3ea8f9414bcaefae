// Nearest-node catchment: a node's Voronoi cell clipped to the country.

import { clipToArea } from './clip-to-area';
import { closeRing } from './convex-polygon';
import type { GeomPtr, XY } from './geos';
import type { WorkingCopy } from './working-copy';

/**
 * `cell ∩ country` for one open convex cell from `nearestNodeCells`. Cells of all nodes are
 * disjoint and together exactly the country. The caller owns the result.
 * @example
 * const cells = nearestNodeCells(sites, frame);
 * const ptr = catchmentByNearestNode(wc, cells[0]);
 */
export function catchmentByNearestNode(wc: WorkingCopy, cell: XY[]): GeomPtr {
  if (cell.length < 3) return wc.kit.geos.GEOSGeom_createEmptyPolygon();
  const poly = wc.kit.polygon([closeRing(cell)]);
  const clipped = clipToArea(wc, wc.country, poly);
  wc.kit.destroy(poly);
  return clipped;
}
