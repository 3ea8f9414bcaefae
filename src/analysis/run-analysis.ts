// One-shot analysis: GeoJSON in, GeoJSON and statistics out (the CLI and tests use it).
import { createAnalysisSession } from './analysis-session';
import { loadGeos } from './geos';
import type { AnalysisParamsInput } from './params';
import type { AnalysisInput, AnalysisResult, NodeOverrides } from './types';

/**
 * Loads GEOS if needed, runs every analysis once and frees all intermediate geometry.
 * For repeated runs (sliders, drags) use `createAnalysisSession`, which reuses unchanged pieces.
 * @example
 * const result = await runAnalysis(input, { method: 'combined', radiusKm: 40 });
 * result.coverage.coveredShare; // e.g. 0.41
 * result.zones.features.map((f) => f.properties.neighbour); // ['UZ', 'TJ', 'KZ', 'CN']
 */
export async function runAnalysis(
  input: AnalysisInput,
  params?: AnalysisParamsInput,
  overrides?: NodeOverrides,
): Promise<AnalysisResult> {
  const session = createAnalysisSession(await loadGeos(), input);
  try {
    return session.run(params, overrides);
  } finally {
    session.dispose();
  }
}
