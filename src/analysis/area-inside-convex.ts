// Area of any polygon inside a convex one, in plain JS: Sutherland–Hodgman output may contain
// zero-width bridges, but its signed area is exactly the area of the intersection.
import { clipConvex, ringArea } from './convex-polygon';
import type { PolygonRings, XY } from './geos';

/**
 * km² of `polygons` (closed rings, holes allowed, any orientation) inside the open
 * counter-clockwise convex ring `convex`. Used for the covered share of each region, where the
 * convex pieces are catchment circles cut by Voronoi cells.
 * @example
 * areaInsideConvex([[[[0,0],[4,0],[4,4],[0,4],[0,0]]]], [[2,2],[6,2],[6,6],[2,6]]); // 4
 */
export function areaInsideConvex(polygons: readonly PolygonRings[], convex: XY[]): number {
  let total = 0;
  for (const rings of polygons) {
    rings.forEach((ring, k) => {
      const open = ring.slice(0, -1);
      const sign = Math.sign(ringArea(open));
      const inside = Math.abs(ringArea(clipConvex(open, convex)) * sign);
      total += k === 0 ? inside : -inside;
    });
  }
  return total;
}
