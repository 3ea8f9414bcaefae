// The location-planning requests' choices and ranges, free of zod so the UI can use them without
// loading the validator (src/planning/planning-request.ts builds its schemas from these).

/** What a staging or a new site is judged by: people or km² within the radius, or distance. */
export const PLANNING_OBJECTIVES = ['population', 'area', 'distance'] as const;
export type PlanningObjective = (typeof PLANNING_OBJECTIVES)[number];
/** Covering objectives (the ones a new site's gain and a minimum set are measured in). */
export type CoverObjective = Exclude<PlanningObjective, 'distance'>;

/**
 * Stage sizes a request may ask for; §5.1's 5–6 (geodata/concept/growth-nodes.json `staging`) are
 * what the app offers, others are checked against the nodes left.
 */
export const STAGE_SIZE_RANGE = { min: 1, max: 20 } as const;
export const DEFAULT_STAGE_SIZE = 6;

/** Best new sites solved together. */
export const SITE_COUNT_RANGE = { min: 1, max: 5 } as const;

/** Minimum set: the share of demand to reach, in percent. */
export const COVER_TARGET_RANGE_PERCENT = { min: 1, max: 100 } as const;
export const DEFAULT_COVER_TARGET_PERCENT = 90;

/** Huff model defaults and the slider's range of the distance decay β. */
export const HUFF_DEFAULTS = { alpha: 1, beta: 2, minDistanceKm: 1 } as const;
export const HUFF_BETA_RANGE = { min: 1, max: 3 } as const;
export const HUFF_ALPHA_RANGE = { min: 0.1, max: 3 } as const;

/** Country codes of the attractors: Kyrgyz nodes and the neighbours' cities. */
const ATTRACTOR_COUNTRIES = ['KG', 'UZ', 'TJ', 'KZ', 'CN'] as const;
export type AttractorCountry = (typeof ATTRACTOR_COUNTRIES)[number];
