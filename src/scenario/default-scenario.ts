// The scenario a planner starts from: the Concept's 20 nodes where they are, the app's defaults.
// Kept free of zod so the first paint does not load the validator.
import {
  DEFAULT_BAND_DEPTH_KM,
  DEFAULT_RADIUS_KM,
  DEFAULT_ZONE_DEPTH_KM,
} from '../vocabulary/analysis-params';
import { SCENARIO_VERSION, type Scenario } from '../vocabulary/scenario';

/** A random id for a scenario (crypto.randomUUID where available). */
export function newScenarioId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * @example
 * const scenario = defaultScenario({ name: 'Baseline' });
 * scenario.analysis.radiusKm; // 50
 */
export function defaultScenario(
  options: { id?: string; name?: string; now?: Date } = {},
): Scenario {
  return {
    version: SCENARIO_VERSION,
    id: options.id ?? newScenarioId(),
    name: options.name ?? 'Scenario',
    updatedAt: (options.now ?? new Date()).toISOString(),
    nodes: { moved: {}, removed: [], stages: {}, candidates: [] },
    analysis: {
      method: 'radius',
      radiusKm: DEFAULT_RADIUS_KM,
      zoneDepthKm: {
        UZ: DEFAULT_ZONE_DEPTH_KM,
        TJ: DEFAULT_ZONE_DEPTH_KM,
        KZ: DEFAULT_ZONE_DEPTH_KM,
        CN: DEFAULT_ZONE_DEPTH_KM,
      },
      bandDepthKm: DEFAULT_BAND_DEPTH_KM,
    },
    view: {
      language: 'ky',
      mode: 'explore',
      overlays: { oblasts: true, growthNodes: true, logistics: true, clusters: true },
      analysisLayers: {
        catchments: true,
        overlaps: true,
        uncovered: true,
        zones: true,
        band: false,
      },
      camera: null,
      indicator: null,
    },
    slides: [],
  };
}
