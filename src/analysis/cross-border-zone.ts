// Cross-border influence zone (§5.4): the named regions within a depth of one neighbour's border.
import { quadrantSegmentsFor } from './buffer-segments';
import type { GeomPtr } from './geos';
import type { WorkingCopy } from './working-copy';

/**
 * `buffer(border with the neighbour, depth) ∩ (union of the zone's regions)`. Enclave rings
 * (Sokh, Shakhimardan → UZ; Vorukh → TJ) are part of that neighbour's border line, so the zone
 * also reaches around them. The caller owns the result.
 * @example
 * const uz = crossBorderZone(wc, wc.zones[0], 30); // Batken+Osh+Jalal-Abad within 30 km of UZ
 */
export function crossBorderZone(
  wc: WorkingCopy,
  zone: WorkingCopy['zones'][number],
  depthKm: number,
): GeomPtr {
  const { kit } = wc;
  // Only the border within `depth` of the zone's regions can reach them: buffer just that.
  const m = depthKm + 1;
  const [x0, y0, x1, y1] = zone.area.extent;
  const near = kit.geos.GEOSClipByRect(zone.nearbyBorder, x0 - m, y0 - m, x1 + m, y1 + m);
  const band = kit.buffer(near, depthKm, quadrantSegmentsFor(depthKm));
  const out = kit.intersection(zone.area.ptr, band);
  kit.destroy(band);
  kit.destroy(near);
  return out;
}
