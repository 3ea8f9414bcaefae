// Whole-run golden files: tests/fixtures/analysis/in/<case>.json (a scenario: nodes, nodeIds,
// params) → out/<case>.geojson (every layer, property `layer`, 6 decimals). REGEN=1 rewrites them.
// The per-operation ones are in operation-golden.test.ts.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it } from 'vitest';
import type { AnalysisParamsInput } from '../../../src/analysis/params';
import type { AnalysisResult, LonLat } from '../../../src/analysis/types';
import { sharedSession } from './analysis-test-kit';
import { expectGolden, goldenCases, goldenInput, roundStatistics } from './golden-files';

const DIR = fileURLToPath(new URL('../../fixtures/analysis', import.meta.url));

function golden(result: AnalysisResult) {
  const layers = {
    catchments: result.catchments,
    uncovered: result.uncovered,
    overlaps: result.overlaps,
    zones: result.zones,
    'border-band': result.borderBand,
  };
  return {
    type: 'FeatureCollection',
    features: Object.entries(layers).flatMap(([layer, fc]) =>
      fc.features.map((f) => ({
        type: 'Feature',
        properties: { layer, ...(roundStatistics(f.properties) as object) },
        geometry: f.geometry,
      })),
    ),
  };
}

describe('golden files', () => {
  // GEOS and the working copy load once, outside the first case's time limit.
  beforeAll(() => sharedSession());

  it.each(goldenCases(DIR))('%s', async (name) => {
    const scenario = goldenInput(DIR, name) as {
      nodes?: Record<string, LonLat>;
      nodeIds?: string[];
      params?: AnalysisParamsInput;
    };
    const { session } = await sharedSession();
    const result = session.run(scenario.params, {
      ...(scenario.nodes ? { positions: scenario.nodes } : {}),
      ...(scenario.nodeIds ? { nodeIds: scenario.nodeIds } : {}),
    });
    expectGolden(golden(result), DIR, name);
  });
});
