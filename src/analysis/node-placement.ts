// Where a growth node stands in the working plane: at its point, or just inside the country when
// the point lies outside it (a drag across the border, Kara-Suu's 1:10m point, an enclave).
import type { XY } from './geos';
import type { LonLat } from './types';
import { snapInside, type WorkingCopy } from './working-copy';

/** A node's place: planar point, lon/lat, and whether it was moved into the country. */
export interface NodePlacement {
  xy: XY;
  lonLat: LonLat;
  /** True when the given point lay outside the country and was moved onto its edge (50 m in). */
  snapped: boolean;
  /** How far it was moved (km, planar); 0 when inside. */
  movedKm: number;
}

/** A growth node of a run, placed. */
export interface PlacedNode extends NodePlacement {
  id: string;
}

/**
 * Projects `lonLat` and, if it lies outside the country (enclaves of neighbours are outside), moves
 * it to 50 m inside the nearest edge; the lon/lat of a moved point is the inverse projection.
 * @example
 * placeInCountry(wc, [74.6, 43.3]); // in Kazakhstan: { lonLat: [74.462, 43.148], snapped: true, movedKm: 20.2 }
 * placeInCountry(wc, [75, 41.6]); // { xy: [x, y], lonLat: [75, 41.6], snapped: false, movedKm: 0 }
 */
export function placeInCountry(wc: WorkingCopy, lonLat: LonLat): NodePlacement {
  const { xy, distanceKm } = snapInside(wc.kit, wc.country, wc.projection.forward(lonLat));
  const snapped = distanceKm > 0;
  return {
    xy,
    lonLat: snapped ? wc.projection.inverse(xy) : [lonLat[0], lonLat[1]],
    snapped,
    movedKm: distanceKm,
  };
}
