// Golden files: tests/fixtures/analysis/in/<case>.json (a scenario: nodes, nodeIds, params) →
// out/<case>.geojson (every layer, property `layer`, 6 decimals). REGEN=1 rewrites them. They
// guard against unintended change; correctness comes from the other tests.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnalysisParamsInput } from '../../../src/analysis/params';
import type { AnalysisResult, LonLat } from '../../../src/analysis/types';
import { sharedSession } from './analysis-test-kit';

const DIR = fileURLToPath(new URL('../../fixtures/analysis/', import.meta.url));
const CASES = readdirSync(`${DIR}in`)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

const round = (v: unknown): unknown => {
  if (typeof v === 'number') return Math.round(v * 1000) / 1000;
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
};

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
        properties: { layer, ...(round(f.properties) as object) },
        geometry: f.geometry,
      })),
    ),
  };
}

/** Deep equality with 2e-6 tolerance on coordinates and 1e-3 on statistics. */
function expectClose(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(
      2e-6 + 1e-3 * (Math.abs(expected) > 1 ? 1 : 0),
    );
    return;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length, `${path} length`).toBe(expected.length);
    expected.forEach((e, i) => {
      expectClose((actual as unknown[])[i], e, `${path}[${i}]`);
    });
    return;
  }
  if (expected && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], e, `${path}.${k}`);
    return;
  }
  expect(actual, path).toEqual(expected);
}

describe('golden files', () => {
  it.each(CASES)('%s', async (name) => {
    const scenario = JSON.parse(readFileSync(`${DIR}in/${name}.json`, 'utf8')) as {
      nodes?: Record<string, LonLat>;
      nodeIds?: string[];
      params?: AnalysisParamsInput;
    };
    const { session } = await sharedSession();
    const result = session.run(scenario.params, {
      ...(scenario.nodes ? { positions: scenario.nodes } : {}),
      ...(scenario.nodeIds ? { nodeIds: scenario.nodeIds } : {}),
    });
    const actual = golden(result);
    const file = `${DIR}out/${name}.geojson`;
    if (process.env.REGEN === '1' || !existsSync(file)) {
      writeFileSync(file, `${JSON.stringify(actual)}\n`);
      if (process.env.REGEN !== '1')
        throw new Error(`wrote missing golden file ${file}; check it and commit`);
    }
    expectClose(actual, JSON.parse(readFileSync(file, 'utf8')));
  });
});
