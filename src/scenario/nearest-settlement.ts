// The listed settlement nearest to a point, to say in words where a point on the map is.
import distance from '@turf/distance';
import type { AtlasData } from '../data/atlas';
import type { LonLat } from '../vocabulary/scenario';

/** A listed settlement and its geodesic distance from the point asked about. */
export type NearestSettlement = { id: string; km: number };

/**
 * The listed settlement (geodata/settlements) nearest to `position`, by geodesic distance, or
 * null when the atlas lists none.
 *
 * @example
 *   nearestSettlement(atlas, [74.5, 41.93]); // { id: 'chayek', km: 1.43 }
 */
export function nearestSettlement(atlas: AtlasData, position: LonLat): NearestSettlement | null {
  let best: NearestSettlement | null = null;
  for (const feature of atlas.settlements.features) {
    const km = distance(position, feature.geometry.coordinates, { units: 'kilometers' });
    if (!best || km < best.km) best = { id: feature.properties.id, km };
  }
  return best;
}
