// `npm run analyze -- --settlements FILE`: the analysis on the user's table, and a bad table
// reported by row and column with exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const analyze = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run analyze -- --settlements', () => {
  it('runs the analysis on a CSV of name, lat, lon, population instead of the listed settlements', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-settlements-'));
    const file = join(out, 'census.csv');
    // Bishkek and Osh are growth nodes (each in its own catchment); the village lies 5.6 km north
    // of Naryn, another node, so all three are covered at a 50 km radius.
    writeFileSync(
      file,
      'name,lat,lon,population\nBishkek,42.87,74.59,1000000\nОш,40.53,72.8,300000\nNew village,41.47866,75.99111,900\n',
    );
    const r = analyze('--settlements', file, '--radius', '50', '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const coverage = JSON.parse(readFileSync(join(out, 'coverage.json'), 'utf8'));
    expect(coverage.settlements).toBe(3);
    expect(coverage.population).toBe(1_300_900);
    expect(coverage.populationCovered).toBe(1_300_900);
  });

  it('reads GeoJSON Points with a population property', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-settlements-'));
    const file = join(out, 'towns.geojson');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [78.39, 42.49] },
            properties: { name: 'Каракол', population: 80000 },
          },
        ],
      }),
    );
    const r = analyze('--settlements', file, '--out', out);
    expect(r.status).toBe(0);
    const coverage = JSON.parse(readFileSync(join(out, 'coverage.json'), 'utf8'));
    expect([coverage.settlements, coverage.population]).toEqual([1, 80000]);
  });

  it('a bad table: each problem with its row and column, exit code 2, nothing written', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-settlements-'));
    const file = join(out, 'bad.csv');
    writeFileSync(
      file,
      'name,lat,lon,population\nBishkek,42.87,74.59,1000000\nOsh,40.53,72.8,many\nTashkent,41.3,69.24,5\n',
    );
    const r = analyze('--settlements', file, '--out', join(out, 'result'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${file}: data row 2, column "population" (Osh): population is not a whole number`,
    );
    expect(r.stderr).toContain(`${file}: data row 3 (Tashkent): the point is outside Kyrgyzstan`);
    expect(() => readFileSync(join(out, 'result', 'coverage.json'))).toThrow();
  });

  it('a table without a population column names its columns', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-settlements-'));
    const file = join(out, 'names.csv');
    writeFileSync(file, 'name,lat,lon\nBishkek,42.87,74.59\n');
    const r = analyze('--settlements', file, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no population column (columns: name)');
  });
});
