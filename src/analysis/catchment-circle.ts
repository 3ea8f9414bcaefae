// A node's catchment circle in the working plane: geodesic vertices at exactly the radius, projected.
import { geodesicCircle } from './geodesic-circle';
import type { GeomPtr, XY } from './geos';
import type { LonLat } from './types';
import type { WorkingCopy } from './working-copy';

/** Vertices of a catchment circle (issue 3 asks for ≥ 64). */
const CIRCLE_SEGMENTS = 64;

export interface CatchmentCircle {
  /** Open counter-clockwise ring of the projected vertices (for the convex clips in JS). */
  open: XY[];
  /** The same ring as a GEOS polygon; the caller owns it. */
  disc: GeomPtr;
}

/**
 * The 64-gon of points at `radiusKm` great-circle distance from `centre`, in the working plane.
 * @example
 * const circle = catchmentCircle(wc, [75.99, 41.43], 50); // Naryn ± 50 km
 * wc.kit.area(circle.disc); // 7841 km²: the 64-gon inscribed in the 7854 km² spherical cap
 * wc.kit.destroy(circle.disc);
 */
export function catchmentCircle(
  wc: WorkingCopy,
  centre: LonLat,
  radiusKm: number,
): CatchmentCircle {
  const ring = geodesicCircle(centre, radiusKm, CIRCLE_SEGMENTS);
  const open = ring.slice(0, -1).map((p) => wc.projection.forward(p));
  const closed = [...open, open[0] as XY];
  return { open, disc: wc.kit.polygon([closed]) };
}
