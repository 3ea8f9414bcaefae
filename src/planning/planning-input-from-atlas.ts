// Builds the planning input from the validated geodata (the app's and the CLI's loader).
import { type AnalysisAtlas, analysisInputFromAtlas } from '../analysis/analysis-input-from-atlas';
import type { AnalysisInput } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import type { PlanningInput } from './planning-session';

/** The geodata files the planning reads. */
export type PlanningAtlas = AnalysisAtlas & Pick<AtlasData, 'foreignCities'>;

/**
 * The analysis input (on the same population base) plus the §5.1 cities with programmes of their own (always open while
 * staging) and the neighbours' cities (Huff attractors), from geodata only.
 * @example
 * planningInputFromAtlas(atlas).ownProgrammeNodes; // ['bishkek', 'osh']
 */
export function planningInputFromAtlas(
  atlas: PlanningAtlas,
  settlements?: AnalysisInput['settlements'],
): PlanningInput {
  return {
    ...analysisInputFromAtlas(atlas, settlements),
    ownProgrammeNodes: atlas.growthNodes.nodes.filter((n) => n.ownProgramme).map((n) => n.id),
    foreignCities: atlas.foreignCities.features.map((f) => ({
      id: f.properties.id,
      country: f.properties.country,
      population: f.properties.population,
      lonLat: [f.geometry.coordinates[0], f.geometry.coordinates[1]],
    })),
  };
}
