// Analysis parameters: one zod schema gives the defaults, the ranges and the error messages.
import { z } from '../data/zod';
import {
  BAND_DEPTH_RANGE_KM,
  CATCHMENT_METHODS,
  DEFAULT_BAND_DEPTH_KM,
  DEFAULT_RADIUS_KM,
  DEFAULT_ZONE_DEPTH_KM,
  RADIUS_RANGE_KM,
  ZONE_DEPTH_RANGE_KM,
} from '../vocabulary/analysis-params';

const km = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number of kilometres` })
    .min(min, { error: `${what} must be at least ${min} km` })
    .max(max, { error: `${what} must be at most ${max} km` });

const zoneDepth = km(ZONE_DEPTH_RANGE_KM.min, ZONE_DEPTH_RANGE_KM.max, 'zone depth');

const analysisParamsSchema = z.strictObject({
  method: z
    .enum(CATCHMENT_METHODS, { error: 'method must be one of radius, nearest, combined' })
    .default('radius'),
  radiusKm: km(RADIUS_RANGE_KM.min, RADIUS_RANGE_KM.max, 'radius').default(DEFAULT_RADIUS_KM),
  zoneDepthKm: z
    .strictObject({
      UZ: zoneDepth.default(DEFAULT_ZONE_DEPTH_KM),
      TJ: zoneDepth.default(DEFAULT_ZONE_DEPTH_KM),
      KZ: zoneDepth.default(DEFAULT_ZONE_DEPTH_KM),
      CN: zoneDepth.default(DEFAULT_ZONE_DEPTH_KM),
    })
    .default({
      UZ: DEFAULT_ZONE_DEPTH_KM,
      TJ: DEFAULT_ZONE_DEPTH_KM,
      KZ: DEFAULT_ZONE_DEPTH_KM,
      CN: DEFAULT_ZONE_DEPTH_KM,
    }),
  bandDepthKm: km(BAND_DEPTH_RANGE_KM.min, BAND_DEPTH_RANGE_KM.max, 'border band depth').default(
    DEFAULT_BAND_DEPTH_KM,
  ),
});

/** Fully specified parameters (after defaults). */
export type AnalysisParams = z.output<typeof analysisParamsSchema>;
/** What callers may pass: every field optional. */
export type AnalysisParamsInput = z.input<typeof analysisParamsSchema>;

export class AnalysisParamsError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid analysis parameters: ${issues.join('; ')}`);
    this.name = 'AnalysisParamsError';
  }
}

/**
 * Fills in defaults and checks ranges; throws {@link AnalysisParamsError} listing every problem.
 * @example
 * parseAnalysisParams({ method: 'nearest' }).radiusKm; // 50
 * parseAnalysisParams({ radiusKm: 500 }); // throws "radius must be at most 150 km"
 */
export function parseAnalysisParams(input: unknown = {}): AnalysisParams {
  const parsed = analysisParamsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw new AnalysisParamsError(
    parsed.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message),
  );
}
