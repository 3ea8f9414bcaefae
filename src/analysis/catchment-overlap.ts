// Overlap of two radius catchments.
import { clipConvex, closeRing } from './convex-polygon';
import type { GeomPtr, XY } from './geos';
import type { WorkingCopy } from './working-copy';

/**
 * `circleA ∩ circleB ∩ country`, or null when they do not overlap. The lens of two convex
 * circles is clipped in JS; the country is applied through A's catchment (already clipped).
 * @example
 * const ptr = catchmentOverlap(wc, radiusCatchmentA, circleA, circleB);
 */
export function catchmentOverlap(
  wc: WorkingCopy,
  catchmentA: GeomPtr,
  circleA: XY[],
  circleB: XY[],
): GeomPtr | null {
  const lens = clipConvex(circleA, circleB);
  if (lens.length < 3) return null;
  const { kit } = wc;
  const poly = kit.polygon([closeRing(lens)]);
  const out = kit.containsProperly(wc.country.prepared, poly)
    ? poly
    : kit.intersection(catchmentA, poly);
  if (out !== poly) kit.destroy(poly);
  if (kit.isEmpty(out)) {
    kit.destroy(out);
    return null;
  }
  return out;
}
