// `npm run analyze -- --gpkg`: the GeoPackage of a run on the committed geodata, read back with the
// app's reader, its counts checked against the geodata and the run's own GeoJSON and statistics.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGeoPackage } from '../../../src/user-data/geopackage/read-geopackage';
import type { ParsedLayer } from '../../../src/user-data/types';
import { realAtlas } from '../../helpers/atlas';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'analyze-gpkg-'));
const json = (name: string) => JSON.parse(readFileSync(join(out, name), 'utf8'));

let layers: Map<string, ParsedLayer>;
beforeAll(async () => {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/analyze.ts', '--gpkg', '--out', out],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const read = await readGeoPackage(readFileSync(join(out, 'analysis.gpkg')), 'analysis.gpkg');
  if (!read.ok) throw new Error(read.problem.key);
  expect(read.refused).toEqual([]);
  layers = new Map(
    read.parts.map((part) => [part.name.replace('analysis.gpkg · ', ''), part as ParsedLayer]),
  );
}, 60_000);

const featuresOf = (name: string) => layers.get(name)?.features ?? [];

describe('npm run analyze -- --gpkg', () => {
  it('writes the seven layers beside the GeoJSON files', () => {
    expect([...layers.keys()]).toEqual([
      'catchments',
      'uncovered',
      'overlaps',
      'zones',
      'border_band',
      'growth_nodes',
      'settlements',
    ]);
    expect([...layers.values()].every((l) => l.kind === 'features')).toBe(true);
  });

  it('holds the Concept’s 20 nodes, one zone per neighbour and every listed settlement', () => {
    const atlas = realAtlas();
    expect(featuresOf('growth_nodes')).toHaveLength(20);
    expect(featuresOf('catchments')).toHaveLength(20);
    expect(featuresOf('zones').map((f) => f.properties.neighbour)).toEqual(
      atlas.zones.influence.zones.map((z) => z.neighbour),
    );
    expect(featuresOf('settlements')).toHaveLength(atlas.settlements.features.length);
    expect(
      featuresOf('growth_nodes').find((f) => f.properties.node === 'balykchy')?.properties.name,
    ).toBe('Balykchy');
  });

  it('has as many areas as the GeoJSON files of the same run', () => {
    for (const [layer, file] of [
      ['uncovered', 'uncovered.geojson'],
      ['overlaps', 'overlaps.geojson'],
      ['border_band', 'border-band.geojson'],
    ] as const) {
      expect(featuresOf(layer)).toHaveLength(json(file).features.length);
    }
  });

  it('gives each settlement the cover the run’s statistics count', () => {
    const coverage = json('coverage.json');
    const settlements = featuresOf('settlements').map((f) => f.properties);
    expect(settlements.filter((s) => s.covered === 1)).toHaveLength(coverage.settlementsCovered);
    for (const zone of coverage.zones as { zone: string; settlements: number }[]) {
      const inZone = settlements.filter((s) => String(s.zones).split(', ').includes(zone.zone));
      expect(inZone).toHaveLength(zone.settlements);
    }
    const inBand = (coverage.borderBand.regions as { settlements: number }[]).reduce(
      (sum, r) => sum + r.settlements,
      0,
    );
    expect(settlements.filter((s) => s.border_band === 1)).toHaveLength(inBand);
    for (const node of coverage.nodes as { node: string; settlements: number }[]) {
      const held = settlements.filter((s) => String(s.catchments).split(', ').includes(node.node));
      expect(held).toHaveLength(node.settlements);
    }
  });
});
