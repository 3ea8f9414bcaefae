// Golden files (DESIGN.md, turf's test.ts style): a computed FeatureCollection against its
// committed copy, coordinates to 2e-6°, statistics to 1e-3. REGEN=1 rewrites the copies; a missing
// one is written and the test fails until it is checked and committed. Golden files guard
// against unintended change; correctness comes from the other tests.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** Statistics to 3 decimals, so a golden file does not churn on float noise. */
export const roundStatistics = (v: unknown): unknown => {
  if (typeof v === 'number') return Math.round(v * 1000) / 1000;
  if (Array.isArray(v)) return v.map(roundStatistics);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundStatistics(x)]));
  return v;
};

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

/** The case names of `<dir>/in/`: every `.json` or `.geojson` file, without its extension. */
export function goldenCases(dir: string): string[] {
  return readdirSync(`${dir}/in`)
    .filter((f) => /\.(geo)?json$/.test(f))
    .map((f) => f.replace(/\.(geo)?json$/, ''))
    .sort();
}

/** The input of a case (`in/<name>.json` or `in/<name>.geojson`), parsed. */
export function goldenInput(dir: string, name: string): unknown {
  const file = existsSync(`${dir}/in/${name}.json`)
    ? `${dir}/in/${name}.json`
    : `${dir}/in/${name}.geojson`;
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Compares `actual` with `<dir>/out/<name>.geojson` (see the module comment for REGEN). */
export function expectGolden(actual: unknown, dir: string, name: string): void {
  const file = `${dir}/out/${name}.geojson`;
  if (process.env.REGEN === '1' || !existsSync(file)) {
    writeFileSync(file, `${JSON.stringify(actual)}\n`);
    if (process.env.REGEN !== '1')
      throw new Error(`wrote missing golden file ${file}; check it and commit`);
  }
  expectClose(actual, JSON.parse(readFileSync(file, 'utf8')));
}
