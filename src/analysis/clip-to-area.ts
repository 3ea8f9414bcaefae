// Intersection with a prepared area that skips the overlay when the piece lies wholly inside.
import type { GeomPtr } from './geos';
import type { PlanarArea, WorkingCopy } from './working-copy';

/**
 * `piece ∩ area` as a new geometry (the caller owns both). Most catchment circles and cells lie
 * inside the country; for those the prepared containment test replaces a full overlay.
 * @example
 * const catchment = clipToArea(wc, wc.country, circlePtr);
 */
export function clipToArea(wc: WorkingCopy, area: PlanarArea, piece: GeomPtr): GeomPtr {
  const { kit } = wc;
  if (kit.containsProperly(area.prepared, piece)) return kit.clone(piece);
  // Cutting the big area down to the piece's extent first halves the overlay time; the
  // rectangle clip is not guaranteed valid, so fall back to the plain overlay if GEOS objects.
  const [x0, y0, x1, y1] = kit.extent(piece);
  const near = kit.geos.GEOSClipByRect(area.ptr, x0 - 1, y0 - 1, x1 + 1, y1 + 1);
  try {
    return kit.geos.GEOSIntersection(near, piece);
  } catch {
    return kit.intersection(area.ptr, piece);
  } finally {
    kit.destroy(near);
  }
}
