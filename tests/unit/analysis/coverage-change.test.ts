// Gained and lost territory between two scenarios, checked against independent references:
// the engine's own coverage statistics, turf's spherical area, and a lon/lat sample grid
// classified by great-circle distance to the nodes (haversine) and turf point-in-polygon.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CoverageChange, coverageChange } from '../../../src/analysis/coverage-change';
import type { GeosKit } from '../../../src/analysis/geos';
import type { AnalysisParamsInput } from '../../../src/analysis/params';
import type {
  AnalysisResult,
  AreaCollection,
  AreaGeometry,
  NodeOverrides,
} from '../../../src/analysis/types';
import { createAnalysisApi } from '../../../src/worker/analysis-api';
import {
  analysisInput,
  greatCircleKm,
  km2,
  lonLatGrid,
  ringKinks,
  sharedSession,
} from './analysis-test-kit';

const polygonsOf = (g: AreaGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
/** Where Osh is dragged in the "moved node" scenario (still inside the country). */
const OSH_MOVED: [number, number] = [73.4, 40.9];

let kit: GeosKit;
const runs = new Map<string, AnalysisResult>();
const scenarios: Record<string, [AnalysisParamsInput, NodeOverrides?]> = {
  r50: [{}],
  r80: [{ radiusKm: 80 }],
  r50again: [{ radiusKm: 50 }],
  oshMoved: [{}, { positions: { osh: OSH_MOVED } }],
  none: [{}, { nodeIds: [] }],
};
const result = (name: string) => runs.get(name) as AnalysisResult;

beforeAll(async () => {
  const s = await sharedSession();
  kit = s.kit;
  for (const [name, [params, overrides]] of Object.entries(scenarios)) {
    runs.set(name, s.session.run(params, overrides));
  }
});

function expectValid(fc: AreaCollection<{ areaKm2: number }>) {
  const bad: string[] = [];
  fc.features.forEach((f, i) => {
    const polys = polygonsOf(f.geometry);
    const ptr = kit.multiPolygon(
      polys.map((p) => p.map((ring) => ring.map((c) => [c[0] as number, c[1] as number]))),
    );
    const reason = kit.invalidReason(ptr);
    kit.destroy(ptr);
    if (reason) bad.push(`[${i}] ${reason}`);
    for (const poly of polys) {
      for (const ring of poly) {
        if (ringKinks(ring as Position[]) > 0) bad.push(`[${i}] kinks`);
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (const c of ring) {
          expect(Math.round((c[0] as number) * 1e6) / 1e6).toBe(c[0]);
          expect(Math.round((c[1] as number) * 1e6) / 1e6).toBe(c[1]);
        }
      }
    }
  });
  expect(bad).toEqual([]);
}

/** Areas: each feature's areaKm2 matches turf, and they add up to the total. */
function expectAreas(fc: AreaCollection<{ areaKm2: number }>, totalKm2: number) {
  const sum = fc.features.reduce((s, f) => s + f.properties.areaKm2, 0);
  expect(Math.abs(sum - totalKm2)).toBeLessThan(1e-6 * Math.max(1, totalKm2));
  const turf = fc.features.reduce((s, f) => s + km2(f.geometry), 0);
  expect(Math.abs(turf - totalKm2)).toBeLessThanOrEqual(0.005 * totalKm2 + 0.01);
  const areas = fc.features.map((f) => f.properties.areaKm2);
  expect(areas).toEqual([...areas].sort((p, q) => q - p));
}

/**
 * A 0.1° grid over the country: a point is covered in a scenario iff it is in the country and
 * within the radius (great circle) of one of that scenario's nodes. Points within 0.5 km of a
 * circle are skipped (the engine's circles are 64-gons, ~0.1 km inside the true circle at 80 km).
 */
function expectMatchesSampling(change: CoverageChange, a: AnalysisResult, b: AnalysisResult) {
  const input = analysisInput();
  const nodesA = a.coverage.nodes.map((n) => n.position);
  const nodesB = b.coverage.nodes.map((n) => n.position);
  const state = (p: Position, nodes: Position[], radiusKm: number) => {
    const d = Math.min(...nodes.map((n) => greatCircleKm(p, n)));
    return Math.abs(d - radiusKm) < 0.5 ? 'edge' : d < radiusKm;
  };
  const inside = (p: Position, fc: AreaCollection<{ areaKm2: number }>) =>
    fc.features.some((f) => booleanPointInPolygon(p, f.geometry));
  let checked = 0;
  let gainedPoints = 0;
  let lostPoints = 0;
  const wrong: string[] = [];
  for (const { p } of lonLatGrid([69.2, 39.1, 80.3, 43.3], 0.1)) {
    const inA = state(p, nodesA, a.params.radiusKm);
    const inB = state(p, nodesB, b.params.radiusKm);
    if (inA === 'edge' || inB === 'edge') continue;
    const inCountry = booleanPointInPolygon(p, input.country);
    const gained = inCountry && inB && !inA;
    const lost = inCountry && inA && !inB;
    checked++;
    if (gained) gainedPoints++;
    if (lost) lostPoints++;
    if (inside(p, change.gained) !== gained) wrong.push(`gained ${p.join(',')}`);
    if (inside(p, change.lost) !== lost) wrong.push(`lost ${p.join(',')}`);
  }
  expect(checked).toBeGreaterThan(4000);
  expect(wrong).toEqual([]);
  return { gainedPoints, lostPoints };
}

describe('coverageChange', () => {
  it('radius 50 → 80: nothing lost, gained = covered(B) − covered(A), matches a sample grid', () => {
    const a = result('r50');
    const b = result('r80');
    const change = coverageChange(kit, a, b);
    expect(change.lostKm2).toBeLessThan(0.01);
    expect(change.lost.features).toEqual([]);
    const expected = b.coverage.coveredAreaKm2 - a.coverage.coveredAreaKm2;
    expect(expected).toBeGreaterThan(10_000);
    expect(Math.abs(change.gainedKm2 - expected)).toBeLessThan(0.005 * expected);
    expectAreas(change.gained, change.gainedKm2);
    expectValid(change.gained);
    expect(change.repairedFeatures).toBe(0);
    const sampled = expectMatchesSampling(change, a, b);
    expect(sampled.gainedPoints).toBeGreaterThan(100);
    expect(sampled.lostPoints).toBe(0);
  });

  it('swapping A and B swaps gained and lost', () => {
    const forward = coverageChange(kit, result('r50'), result('r80'));
    const backward = coverageChange(kit, result('r80'), result('r50'));
    expect(backward.gained.features).toEqual(forward.lost.features);
    expect(backward.gainedKm2).toBeCloseTo(forward.lostKm2, 6);
    expect(backward.lostKm2).toBeCloseTo(forward.gainedKm2, 6);
    expect(backward.lost.features.length).toBe(forward.gained.features.length);
    backward.lost.features.forEach((f, i) => {
      expect(f.properties.areaKm2).toBeCloseTo(
        forward.gained.features[i]?.properties.areaKm2 ?? Number.NaN,
        6,
      );
    });
    expectValid(backward.lost);
  });

  it('identical scenarios (same run, and the same parameters run again): both empty', () => {
    for (const [x, y] of [
      ['r50', 'r50'],
      ['r50', 'r50again'],
      ['r80', 'r80'],
    ] as const) {
      const change = coverageChange(kit, result(x), result(y));
      expect(change.gained.features).toEqual([]);
      expect(change.lost.features).toEqual([]);
      expect(change.gainedKm2).toBe(0);
      expect(change.lostKm2).toBe(0);
    }
  });

  it('a moved node gains and loses: gained − lost = Δcovered, both match a sample grid', () => {
    const a = result('r50');
    const b = result('oshMoved');
    const change = coverageChange(kit, a, b);
    expect(change.gainedKm2).toBeGreaterThan(100);
    expect(change.lostKm2).toBeGreaterThan(100);
    const delta = b.coverage.coveredAreaKm2 - a.coverage.coveredAreaKm2;
    expect(Math.abs(change.gainedKm2 - change.lostKm2 - delta)).toBeLessThan(
      0.005 * (change.gainedKm2 + change.lostKm2),
    );
    expectAreas(change.gained, change.gainedKm2);
    expectAreas(change.lost, change.lostKm2);
    expectValid(change.gained);
    expectValid(change.lost);
    expect(change.repairedFeatures).toBe(0);
    const sampled = expectMatchesSampling(change, a, b);
    expect(sampled.gainedPoints).toBeGreaterThan(5);
    expect(sampled.lostPoints).toBeGreaterThan(5);
  });

  it('no node in A: gained is everything B covers', () => {
    const b = result('r50');
    const change = coverageChange(kit, result('none'), b);
    expect(result('none').coverage.coveredAreaKm2).toBe(0);
    expect(Math.abs(change.gainedKm2 - b.coverage.coveredAreaKm2)).toBeLessThan(
      0.005 * b.coverage.coveredAreaKm2,
    );
    expect(change.lostKm2).toBeLessThan(0.01);
    expectValid(change.gained);
    expect(change.repairedFeatures).toBe(0);
  });
});

describe('worker API: compareRuns', () => {
  it('runs both scenarios and returns them with gained and lost', async () => {
    const api = createAnalysisApi();
    await expect(api.compareRuns({}, {})).rejects.toThrow('call init(input) before run()');
    await api.init(analysisInput());
    const c = await api.compareRuns({}, { params: { radiusKm: 80 } });
    expect(c.a.params.radiusKm).toBe(50);
    expect(c.b.params.radiusKm).toBe(80);
    const direct = coverageChange(kit, result('r50'), result('r80'));
    expect(c.gainedKm2).toBeCloseTo(direct.gainedKm2, 6);
    expect(c.lostKm2).toBeCloseTo(direct.lostKm2, 6);
    expect(c.gained.features.length).toBe(direct.gained.features.length);
    const moved = await api.compareRuns(
      { params: { method: 'nearest' } },
      { params: { method: 'nearest' }, overrides: { positions: { osh: OSH_MOVED } } },
    );
    expect(moved.a.coverage.nodes.find((n) => n.node === 'osh')?.position).not.toEqual(OSH_MOVED);
    // Nearest catchments cover the whole country whatever the positions: nothing changes.
    expect(moved.gainedKm2).toBeLessThan(0.01);
    expect(moved.lostKm2).toBeLessThan(0.01);
    await expect(api.compareRuns({}, { params: { radiusKm: 999 } })).rejects.toThrow(
      'radius must be at most 150 km',
    );
    await api.dispose();
  });
});
