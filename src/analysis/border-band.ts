// Border-adjacent territory (§6.2): the band within a depth of the whole state border.
import { quadrantSegmentsFor } from './buffer-segments';
import type { GeomPtr } from './geos';
import type { WorkingCopy } from './working-copy';

/**
 * The band per region: `region − buffer(country, −depth)` ("country minus its inward buffer",
 * faster and more exact than buffering the outline). Enclaves are holes of the country, so the
 * inward buffer also moves away from them and the band surrounds each enclave. The caller owns
 * the returned geometries.
 * @example
 * const band = borderBand(wc, 30); band.get('batken'); // Batken within 30 km of the border
 */
export function borderBand(wc: WorkingCopy, depthKm: number): Map<string, GeomPtr> {
  const { kit } = wc;
  const inner = kit.buffer(wc.countryForBuffer, -depthKm, quadrantSegmentsFor(depthKm));
  const out = new Map<string, GeomPtr>();
  for (const [id, region] of wc.regions) out.set(id, kit.difference(region.ptr, inner));
  kit.destroy(inner);
  return out;
}
