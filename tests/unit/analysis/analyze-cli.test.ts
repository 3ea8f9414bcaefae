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

describe('npm run analyze', () => {
  it('writes the five layers and coverage.json', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-'));
    const scenario = join(out, 'scenario.json');
    writeFileSync(
      scenario,
      JSON.stringify({ nodes: { naryn: [75.5, 41.2] }, params: { radiusKm: 70 } }),
    );
    const r = analyze(
      '--scenario',
      scenario,
      '--method',
      'combined',
      '--zone-depth',
      '40',
      '--out',
      out,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const zones = JSON.parse(readFileSync(join(out, 'zones.geojson'), 'utf8'));
    expect(
      zones.features.map((f: { properties: { neighbour: string } }) => f.properties.neighbour),
    ).toEqual(['UZ', 'TJ', 'KZ', 'CN']);
    const coverage = JSON.parse(readFileSync(join(out, 'coverage.json'), 'utf8'));
    expect(coverage.params).toMatchObject({
      method: 'combined',
      radiusKm: 70,
      zoneDepthKm: { UZ: 40, CN: 40 },
    });
    expect(coverage.nodes.find((n: { node: string }) => n.node === 'naryn').position).toEqual([
      75.5, 41.2,
    ]);
    for (const f of ['catchments', 'uncovered', 'border-band']) {
      expect(JSON.parse(readFileSync(join(out, `${f}.geojson`), 'utf8')).type).toBe(
        'FeatureCollection',
      );
    }
  }, 30_000);

  it('accepts candidates in the scenario file', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-'));
    const scenario = join(out, 'scenario.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        candidates: [{ id: 'cand', coordinates: [75, 41.6], region: 'naryn' }],
        nodeIds: ['bishkek', 'cand'],
        nodes: { cand: [75.1, 41.6] },
      }),
    );
    const r = analyze('--scenario', scenario, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const coverage = JSON.parse(readFileSync(join(out, 'coverage.json'), 'utf8'));
    expect(
      coverage.nodes.map((n: { node: string; position: number[] }) => [n.node, n.position]),
    ).toEqual([
      ['bishkek', [74.59, 42.87]],
      ['cand', [75.1, 41.6]],
    ]);
  }, 30_000);

  it('exits 2 with the problem for a candidate clashing with a Concept node', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-'));
    const scenario = join(out, 'scenario.json');
    writeFileSync(
      scenario,
      JSON.stringify({ candidates: [{ id: 'osh', coordinates: [75, 41.6], region: null }] }),
    );
    const r = analyze('--scenario', scenario, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('candidate "osh" has the id of a Concept growth node');
  }, 30_000);

  it('exits 2 with every problem of the scenario’s nodes, in the engine’s words', () => {
    const out = mkdtempSync(join(tmpdir(), 'analyze-'));
    const scenario = join(out, 'scenario.json');
    writeFileSync(
      scenario,
      JSON.stringify({
        nodes: { naryn: [275, 41.2] },
        nodeIds: ['atlantis'],
        candidates: [{ id: 'cand', coordinates: [75, 41.6] }],
      }),
    );
    const r = analyze('--scenario', scenario, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'growth node "naryn" has no valid [lon, lat] position: longitude must be at most 180',
    );
    expect(r.stderr).toContain('growth node "atlantis" is unknown');
    // A candidate without a region is fine: the analysis does not use it.
    expect(r.stderr).not.toContain('candidate "cand"');
  }, 30_000);

  it.each([
    [['--radius', '20']],
    [['--out', 'x', '--radius', 'wide']],
    [['--out', 'x', '--radius', '400']],
    [['--out', 'x', '--method', 'buffer']],
    [['--out', 'x', '--unknown']],
  ])(
    'exits 2 with usage on %j',
    (args) => {
      const r = analyze(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Usage: npm run analyze');
    },
    30_000,
  );
});
