// Builds the analysis input from the validated geodata (the app's and the CLI's loader).
import type { AtlasData } from '../data/atlas';
import type { AnalysisInput, LonLat } from './types';

/** The geodata files the analysis reads. */
export type AnalysisAtlas = Pick<
  AtlasData,
  'country' | 'oblasts' | 'borderLines' | 'settlements' | 'growthNodes' | 'zones'
>;

/** The listed settlements of the geodata: the open-data population base. */
export function listedSettlements(
  atlas: Pick<AtlasData, 'settlements'>,
): AnalysisInput['settlements'] {
  return atlas.settlements.features.map((f) => ({
    id: f.properties.id,
    coordinates: [f.geometry.coordinates[0], f.geometry.coordinates[1]] as LonLat,
    population: f.properties.population,
    region: f.properties.region,
  }));
}

/**
 * Growth node positions are the points of the settlements with the same id (data contract);
 * zone definitions and priority regions come from `concept/zones.json`, not from code.
 * `settlements` is the population base every figure counts: the listed settlements unless the
 * user's table replaces or extends them (`src/user-data/settlement-table.ts`).
 * @example
 * const input = analysisInputFromAtlas(await fetchAtlas());
 * input.growthNodes.length; // 20
 */
export function analysisInputFromAtlas(
  atlas: AnalysisAtlas,
  settlements: AnalysisInput['settlements'] = listedSettlements(atlas),
): AnalysisInput {
  const country = atlas.country.features[0];
  if (!country) throw new Error('country.geojson has no feature');
  const settlementById = new Map(atlas.settlements.features.map((f) => [f.properties.id, f]));
  return {
    country: country.geometry,
    regions: atlas.oblasts.features.map((f) => ({ id: f.properties.region, geometry: f.geometry })),
    borderLines: atlas.borderLines.features.map((f) => ({
      neighbour: f.properties.neighbour,
      geometry: f.geometry,
    })),
    settlements,
    growthNodes: atlas.growthNodes.nodes.map((n) => {
      const s = settlementById.get(n.id);
      if (!s) throw new Error(`growth node ${n.id} has no settlement point`);
      return {
        id: n.id,
        region: n.region,
        coordinates: [s.geometry.coordinates[0], s.geometry.coordinates[1]] as LonLat,
      };
    }),
    zones: atlas.zones.influence.zones.map((z) => ({
      id: z.id,
      neighbour: z.neighbour,
      regions: [...z.regions],
    })),
    priorityRegions: [...atlas.zones.borderTerritories.priorityRegions],
  };
}
