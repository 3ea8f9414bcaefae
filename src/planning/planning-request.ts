// What a planning request may ask, as zod schemas: defaults, ranges and English messages in one
// place (the CLI prints them; the app only sends what its controls allow).
import { z } from '../data/zod';
import {
  RADIUS_RANGE_KM,
  ZONE_DEPTH_RANGE_KM,
  ZONE_NEIGHBOURS,
} from '../vocabulary/analysis-params';
import {
  COVER_TARGET_RANGE_PERCENT,
  DEFAULT_COVER_TARGET_PERCENT,
  DEFAULT_STAGE_SIZE,
  HUFF_ALPHA_RANGE,
  HUFF_BETA_RANGE,
  HUFF_DEFAULTS,
  PLANNING_OBJECTIVES,
  SITE_COUNT_RANGE,
  STAGE_SIZE_RANGE,
} from '../vocabulary/planning';

const radiusKm = z
  .number({ error: 'radius must be a number of kilometres' })
  .min(RADIUS_RANGE_KM.min, { error: `radius must be at least ${RADIUS_RANGE_KM.min} km` })
  .max(RADIUS_RANGE_KM.max, { error: `radius must be at most ${RADIUS_RANGE_KM.max} km` })
  .default(50);
const objective = z.enum(PLANNING_OBJECTIVES, {
  error: 'objective must be one of population, area, distance',
});
const coverObjective = z.enum(['population', 'area'], {
  error: 'objective must be population or area',
});
const stage = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'a stage is 1, 2 or 3',
});
const integerIn = (range: { min: number; max: number }, what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(range.min, { error: `${what} must be at least ${range.min}` })
    .max(range.max, { error: `${what} must be at most ${range.max}` });

export const stagesRequestSchema = z.strictObject({
  radiusKm,
  objective: objective.default('population'),
  stageSize: integerIn(STAGE_SIZE_RANGE, 'stage size').default(DEFAULT_STAGE_SIZE),
  pinned: z.record(z.string(), stage).default({}),
  excluded: z.array(z.string()).default([]),
  onePerRegion: z.boolean().default(false),
});

export const minimumSetRequestSchema = z.strictObject({
  radiusKm,
  objective: coverObjective.default('population'),
  targetPercent: z
    .number({ error: 'target must be a percentage' })
    .min(COVER_TARGET_RANGE_PERCENT.min, { error: 'target must be at least 1 %' })
    .max(COVER_TARGET_RANGE_PERCENT.max, { error: 'target must be at most 100 %' })
    .default(DEFAULT_COVER_TARGET_PERCENT),
  excluded: z.array(z.string()).default([]),
});

export const sitesRequestSchema = z.strictObject({
  radiusKm,
  objective: coverObjective.default('population'),
  count: integerIn(SITE_COUNT_RANGE, 'count').default(SITE_COUNT_RANGE.max),
  /** How many ranked sites to list. */
  listed: integerIn({ min: 1, max: 50 }, 'listed').default(10),
});

export const gravityRequestSchema = z.strictObject({
  alpha: z
    .number({ error: 'alpha must be a number' })
    .min(HUFF_ALPHA_RANGE.min, { error: `alpha must be at least ${HUFF_ALPHA_RANGE.min}` })
    .max(HUFF_ALPHA_RANGE.max, { error: `alpha must be at most ${HUFF_ALPHA_RANGE.max}` })
    .default(HUFF_DEFAULTS.alpha),
  beta: z
    .number({ error: 'beta must be a number' })
    .min(HUFF_BETA_RANGE.min, { error: `beta must be at least ${HUFF_BETA_RANGE.min}` })
    .max(HUFF_BETA_RANGE.max, { error: `beta must be at most ${HUFF_BETA_RANGE.max}` })
    .default(HUFF_DEFAULTS.beta),
  minDistanceKm: z
    .number({ error: 'minimum distance must be a number of kilometres' })
    .positive({ error: 'minimum distance must be more than 0 km' })
    .max(50, { error: 'minimum distance must be at most 50 km' })
    .default(HUFF_DEFAULTS.minDistanceKm),
  /** Zone depths (km) of the §5.4 zones the pull is set beside. */
  zoneDepthKm: z
    .partialRecord(
      z.enum(ZONE_NEIGHBOURS),
      z
        .number({ error: 'zone depth must be a number of kilometres' })
        .min(ZONE_DEPTH_RANGE_KM.min, {
          error: `zone depth must be at least ${ZONE_DEPTH_RANGE_KM.min} km`,
        })
        .max(ZONE_DEPTH_RANGE_KM.max, {
          error: `zone depth must be at most ${ZONE_DEPTH_RANGE_KM.max} km`,
        }),
    )
    .default({}),
});

export type StagesRequest = z.input<typeof stagesRequestSchema>;
export type MinimumSetRequest = z.input<typeof minimumSetRequestSchema>;
export type SitesRequest = z.input<typeof sitesRequestSchema>;
export type GravityRequest = z.input<typeof gravityRequestSchema>;

/** Parses a request; the issues as one English sentence each, or the filled-in request. */
export function parseRequest<T extends z.ZodType>(
  schema: T,
  input: unknown,
): { ok: true; value: z.output<T> } | { ok: false; issues: string[] } {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) =>
      i.code === 'unrecognized_keys' ? `unknown option ${i.keys.join(', ')}` : i.message,
    ),
  };
}
