// Planner node sets (issue 4): candidate nodes, removed and restored nodes, one node, no node,
// coincident nodes. Expectations come from independent references: the spherical-cap formula,
// turf areas, point-in-polygon and great-circle distances to the border lines.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalysisSession } from '../../../src/analysis/analysis-session';
import type { GeosKit } from '../../../src/analysis/geos';
import { AnalysisParamsError } from '../../../src/analysis/params';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import type {
  AnalysisResult,
  AreaGeometry,
  CandidateNode,
  LonLat,
} from '../../../src/analysis/types';
import {
  analysisInput,
  greatCircleKm,
  km2,
  largestPairwiseOverlapKm2,
  linesOf,
  R_KM,
  SegmentIndex,
  sharedSession,
} from './analysis-test-kit';

const METHODS = ['radius', 'nearest', 'combined'] as const;
const capAreaKm2 = (r: number) => 2 * Math.PI * R_KM * R_KM * (1 - Math.cos(r / R_KM));
/** Area of a regular n-gon inscribed in a circle / the circle's area. */
const inscribed = (n: number) => Math.sin((2 * Math.PI) / n) / ((2 * Math.PI) / n);
const inside = (p: Position, g: AreaGeometry) =>
  booleanPointInPolygon(p as [number, number], { type: 'Feature', properties: {}, geometry: g });

/** An interior point of Naryn Region, > 100 km from the border (checked below). */
const INTERIOR: CandidateNode = { id: 'cand-naryn', coordinates: [75.0, 41.6], region: 'naryn' };
/** Near Torugart: Naryn Region, a few km from the Chinese border (checked below). */
const NEAR_CN: CandidateNode = { id: 'cand-torugart', coordinates: [75.3, 40.6], region: 'naryn' };

let kit: GeosKit;
let countryKm2: number;
let borderIndex: SegmentIndex;

/** The nearest-node cells partition the country: disjoint, and together the country ± 0.1 %. */
function expectPartition(result: AnalysisResult) {
  const fs = result.catchments.features;
  const total = fs.reduce((s, f) => s + km2(f.geometry), 0);
  expect(Math.abs(total / countryKm2 - 1)).toBeLessThan(0.001);
  expect(
    largestPairwiseOverlapKm2(
      kit,
      fs.map((f) => f.geometry),
    ),
  ).toBeLessThan(0.01);
}

const nodeOf = (r: AnalysisResult, id: string) => r.coverage.nodes.find((n) => n.node === id);
const catchmentOf = (r: AnalysisResult, id: string) =>
  r.catchments.features.find((f) => f.properties.node === id);
/** Deep equality, numbers to 1e-7 relative (1e-6 absolute): float vertices of a cached cell
 * may differ in the last bits from a fresh run's (clipping order). */
function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(
      1e-6 + 1e-7 * Math.abs(expected),
    );
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length, `${path} length`).toBe(expected.length);
    expected.forEach((e, i) => {
      expectClose((actual as unknown[])[i], e, `${path}[${i}]`);
    });
  } else if (expected && typeof expected === 'object') {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], e, `${path}.${k}`);
  } else expect(actual, path).toEqual(expected);
}

/** Same statistics, same features (properties, and geometry areas to 1e-6). */
function expectSameResult(a: AnalysisResult, b: AnalysisResult) {
  expectClose(a.coverage, b.coverage, 'coverage');
  expect(a.repairedFeatures).toBe(b.repairedFeatures);
  for (const layer of ['catchments', 'uncovered', 'overlaps', 'zones', 'borderBand'] as const) {
    const fa = a[layer].features as Feature<AreaGeometry>[];
    const fb = b[layer].features as Feature<AreaGeometry>[];
    expect(fa.length, layer).toBe(fb.length);
    fa.forEach((f, i) => {
      const g = fb[i] as Feature<AreaGeometry>;
      expectClose(f.properties, g.properties, `${layer}[${i}]`);
      const x = km2(f.geometry);
      expect(Math.abs(x - km2(g.geometry)), `${layer}[${i}] area`).toBeLessThan(1e-4 + 1e-6 * x);
    });
  }
}

beforeAll(async () => {
  kit = (await sharedSession()).kit;
  const input = analysisInput();
  countryKm2 = km2(input.country);
  borderIndex = new SegmentIndex(input.borderLines.flatMap((b) => linesOf(b.geometry)));
});

describe('candidate nodes', () => {
  it('the test points are where the tests assume', () => {
    const { country, regions } = analysisInput();
    const naryn = regions.find((r) => r.id === 'naryn')?.geometry as AreaGeometry;
    expect(inside(INTERIOR.coordinates, country)).toBe(true);
    expect(inside(INTERIOR.coordinates, naryn)).toBe(true);
    expect(borderIndex.distanceKm(INTERIOR.coordinates, 150)).toBeGreaterThan(60);
    expect(inside(NEAR_CN.coordinates, naryn)).toBe(true);
  });

  it('a radius catchment of an interior candidate has the spherical-cap area', async () => {
    const { session } = await sharedSession();
    const r = session.run({ method: 'radius', radiusKm: 50 }, { candidates: [INTERIOR] });
    const node = nodeOf(r, INTERIOR.id);
    expect(node).toMatchObject({ position: INTERIOR.coordinates, snapped: false });
    // 64 vertices exactly on the circle: the inscribed polygon's share of the cap.
    const expected = capAreaKm2(50) * inscribed(64);
    expect(Math.abs((node?.areaKm2 ?? 0) / expected - 1)).toBeLessThan(5e-4);
    const f = catchmentOf(r, INTERIOR.id) as Feature<AreaGeometry>;
    // turf measures on the same sphere (R = 6371.0088 km), from the lon/lat drawing.
    expect(Math.abs(km2(f.geometry) / expected - 1)).toBeLessThan(1e-3);
    const coords = f.geometry.type === 'Polygon' ? f.geometry.coordinates : [];
    expect(coords).toHaveLength(1); // one ring: not clipped by the border
    for (const p of coords.flat()) {
      expect(greatCircleKm(INTERIOR.coordinates, p)).toBeLessThan(50.01);
    }
    // It is one more node everywhere: listed after the Concept's 20, counted in the totals.
    expect(r.coverage.nodes.map((n) => n.node)).toEqual([
      ...analysisInput().growthNodes.map((n) => n.id),
      INTERIOR.id,
    ]);
    const settlementsInside = analysisInput().settlements.filter(
      (s) => greatCircleKm(INTERIOR.coordinates, s.coordinates) <= 50,
    ).length;
    expect(node?.settlements).toBe(settlementsInside);
  });

  it('with a candidate the Voronoi cells still partition the country; its cell contains it', async () => {
    const { session } = await sharedSession();
    const r = session.run({ method: 'nearest' }, { candidates: [INTERIOR] });
    expect(r.catchments.features).toHaveLength(21);
    expectPartition(r);
    const cell = catchmentOf(r, INTERIOR.id) as Feature<AreaGeometry>;
    expect(inside(INTERIOR.coordinates, cell.geometry)).toBe(true);
    // Every settlement in exactly one cell, and the candidate's are those nearest to it.
    const nodes = [...analysisInput().growthNodes, INTERIOR];
    const nearestTo = (p: Position) =>
      nodes.reduce((best, n) =>
        greatCircleKm(p, n.coordinates) < greatCircleKm(p, best.coordinates) ? n : best,
      );
    expect(r.coverage.nodes.reduce((s, n) => s + n.settlements, 0)).toBe(
      analysisInput().settlements.length,
    );
    const mine = analysisInput().settlements.filter(
      (s) => nearestTo(s.coordinates).id === INTERIOR.id,
    ).length;
    expect(Math.abs((nodeOf(r, INTERIOR.id)?.settlements ?? 0) - mine)).toBeLessThanOrEqual(1);
  });

  it('appears in the growthNodes of a zone exactly when it lies in it', async () => {
    const { session } = await sharedSession();
    const depth = 30;
    const r = session.run(
      { zoneDepthKm: { UZ: depth, TJ: depth, KZ: depth, CN: depth } },
      { candidates: [INTERIOR, NEAR_CN] },
    );
    const { zones, regions, borderLines } = analysisInput();
    for (const z of zones) {
      const index = new SegmentIndex(
        borderLines.filter((b) => b.neighbour === z.neighbour).flatMap((b) => linesOf(b.geometry)),
      );
      const listed = r.zones.features.find((f) => f.properties.zone === z.id)?.properties
        .growthNodes;
      for (const c of [INTERIOR, NEAR_CN]) {
        const d = index.distanceKm(c.coordinates, 150);
        expect(Math.abs(d - depth)).toBeGreaterThan(1); // not a borderline case
        const inRegions = z.regions.some((id) =>
          inside(c.coordinates, regions.find((x) => x.id === id)?.geometry as AreaGeometry),
        );
        expect(listed?.includes(c.id), `${c.id} in zone ${z.id}`).toBe(inRegions && d <= depth);
      }
    }
    expect(
      r.zones.features.find((f) => f.properties.zone === 'cn')?.properties.growthNodes,
    ).toContain(NEAR_CN.id);
  });

  it.each(METHODS)('%s: dragging a candidate recomputes only its pieces', async (method) => {
    const session = createAnalysisSession(kit, analysisInput());
    const candidates = [INTERIOR];
    session.run({ method }, { candidates });
    const path: LonLat[] = [
      [75.05, 41.62],
      [75.2, 41.5],
      [74.9, 41.7],
    ];
    for (const at of path) {
      const overrides = { candidates, positions: { [INTERIOR.id]: at } };
      const dragged = session.run({ method }, overrides);
      expect(nodeOf(dragged, INTERIOR.id)?.position).toEqual(at);
      // One circle, the candidate's cell and its Voronoi neighbours' (≤ 10 of 21); nothing else.
      const { steps } = dragged.timing;
      expect(steps.circles?.computed).toBe(method === 'nearest' ? 0 : 1);
      expect(steps.cells?.computed).toBeLessThanOrEqual(11);
      expect(steps.cells?.reused).toBeGreaterThanOrEqual(10);
      expect(steps.zones?.computed).toBe(0);
      expect(steps.bands?.computed).toBe(0);
      expectSameResult(dragged, await runAnalysis(analysisInput(), { method }, overrides));
    }
    session.dispose();
  });

  it('composes with nodeIds and positions (order, subset, moved candidate)', async () => {
    const { session } = await sharedSession();
    const r = session.run(
      { method: 'nearest' },
      {
        candidates: [INTERIOR, NEAR_CN],
        nodeIds: ['bishkek', INTERIOR.id, 'osh'],
        positions: { [INTERIOR.id]: [75.1, 41.55], osh: [72.9, 40.6] },
      },
    );
    expect(r.coverage.nodes.map((n) => [n.node, n.position])).toEqual([
      ['bishkek', [74.59, 42.87]],
      [INTERIOR.id, [75.1, 41.55]],
      ['osh', [72.9, 40.6]],
    ]);
    expectPartition(r);
  });

  it('snaps a candidate outside the country onto its edge', async () => {
    const { session } = await sharedSession();
    const outside: CandidateNode = { id: 'cand-kz', coordinates: [74.6, 43.3], region: null };
    const r = session.run({}, { candidates: [outside] });
    expect(nodeOf(r, outside.id)?.snapped).toBe(true);
    expect(nodeOf(r, outside.id)?.areaKm2).toBeGreaterThan(0);
  });

  it.each([
    [[INTERIOR, INTERIOR], 'candidate "cand-naryn" listed twice'],
    [[{ ...INTERIOR, id: 'naryn' }], 'candidate "naryn" has the id of a Concept growth node'],
    [[{ ...INTERIOR, id: '' }], 'candidate #1 has no id'],
    [[{ ...INTERIOR, coordinates: [Number.NaN, 41] }], 'no valid [lon, lat] coordinates'],
    [[{ ...INTERIOR, coordinates: [75, Number.POSITIVE_INFINITY] }], 'no valid [lon, lat]'],
    [[{ ...INTERIOR, coordinates: [275, 41] }], 'no valid [lon, lat] coordinates'],
    [
      [{ ...INTERIOR, region: 7 as unknown as string }],
      'has a region that is neither a string nor null',
    ],
  ] as [CandidateNode[], string][])('rejects bad candidates: %j', async (candidates, message) => {
    const { session } = await sharedSession();
    expect(() => session.run({}, { candidates })).toThrow(AnalysisParamsError);
    expect(() => session.run({}, { candidates })).toThrow(message);
  });

  it('lists every problem of the node overrides at once', async () => {
    const { session } = await sharedSession();
    try {
      session.run(
        {},
        {
          candidates: [
            { ...INTERIOR, coordinates: [Number.NaN, 0] },
            { ...NEAR_CN, id: 'osh' },
          ],
          nodeIds: ['atlantis', INTERIOR.id],
          positions: { nowhere: [75, 41] },
        },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AnalysisParamsError);
      expect((e as AnalysisParamsError).issues).toHaveLength(4);
    }
    // A candidate not passed in this run is unknown.
    expect(() => session.run({}, { nodeIds: [INTERIOR.id] })).toThrow(
      `growth node "${INTERIOR.id}" is unknown (neither a Concept growth node nor a candidate of this run)`,
    );
  });
});

describe('removing and restoring nodes', () => {
  it.each(METHODS)('%s: remove then restore = never removed (session reuse)', async (method) => {
    const session = createAnalysisSession(kit, analysisInput());
    const all = analysisInput().growthNodes.map((n) => n.id);
    const before = session.run({ method });
    const removed = session.run({ method }, { nodeIds: all.filter((id) => id !== 'naryn') });
    expect(removed.coverage.nodes.map((n) => n.node)).not.toContain('naryn');
    expect(removed.zones.features.flatMap((f) => f.properties.growthNodes)).not.toContain('naryn');
    // The neighbours' cells grew over Naryn's: the same as a fresh run without it.
    expectSameResult(
      removed,
      await runAnalysis(
        analysisInput(),
        { method },
        { nodeIds: all.filter((id) => id !== 'naryn') },
      ),
    );
    if (method === 'nearest') expectPartition(removed);
    if (method !== 'nearest') {
      expect(removed.coverage.uncoveredAreaKm2).toBeGreaterThan(before.coverage.uncoveredAreaKm2);
    }
    const restored = session.run({ method });
    expectSameResult(restored, before);
    session.dispose();
  });

  it('restoring a node after adding and removing candidates gives the Concept result', async () => {
    const session = createAnalysisSession(kit, analysisInput());
    const before = session.run({ method: 'combined' });
    session.run({ method: 'combined' }, { candidates: [INTERIOR, NEAR_CN] });
    session.run({ method: 'combined' }, { candidates: [INTERIOR], nodeIds: [INTERIOR.id, 'osh'] });
    expectSameResult(session.run({ method: 'combined' }), before);
    session.dispose();
  });
});

describe('small and degenerate node sets', () => {
  it.each(METHODS)('%s: no node does not throw; everything is uncovered', async (method) => {
    const session = createAnalysisSession(kit, analysisInput());
    session.run({ method });
    const r = session.run({ method }, { nodeIds: [] });
    expect(r.catchments.features).toHaveLength(0);
    expect(r.overlaps.features).toHaveLength(0);
    expect(r.coverage.nodes).toHaveLength(0);
    expect(r.uncovered.features).toHaveLength(1);
    expect(r.uncovered.features[0]?.properties.nearestNode).toBeNull();
    const uncovered = km2((r.uncovered.features[0] as Feature<AreaGeometry>).geometry);
    expect(Math.abs(uncovered / countryKm2 - 1)).toBeLessThan(0.001);
    expect(Math.abs(r.coverage.uncoveredAreaKm2 / r.coverage.countryAreaKm2 - 1)).toBeLessThan(
      0.001,
    );
    expect(r.coverage.coveredShare).toBeCloseTo(0, 9);
    expect(r.coverage.settlementsCovered).toBe(0);
    expect(r.coverage.populationCovered).toBe(0);
    for (const reg of r.coverage.regions) expect(reg.coveredAreaKm2 ?? 0).toBe(0);
    // Zones and the band do not depend on the nodes.
    expect(r.zones.features).toHaveLength(4);
    for (const z of r.zones.features) {
      expect(z.properties.growthNodes).toEqual([]);
      expect(z.properties.areaKm2).toBeGreaterThan(0);
    }
    expect(r.coverage.borderBand.areaKm2).toBeGreaterThan(0);
    // And the session carries on.
    expect(session.run({ method }).catchments.features).toHaveLength(20);
    session.dispose();
  });

  it('only candidates: no Concept node, one candidate', async () => {
    const { session } = await sharedSession();
    const r = session.run(
      { method: 'nearest' },
      { candidates: [INTERIOR], nodeIds: [INTERIOR.id] },
    );
    expect(r.catchments.features).toHaveLength(1);
    const cell = (r.catchments.features[0] as Feature<AreaGeometry>).geometry;
    expect(Math.abs(km2(cell) / countryKm2 - 1)).toBeLessThan(0.001);
    expect(r.coverage.coveredShare).toBe(1);
    expect(r.coverage.settlementsCovered).toBe(analysisInput().settlements.length);
  });

  it.each(METHODS)('%s: one node', async (method) => {
    const { session } = await sharedSession();
    const r = session.run({ method, radiusKm: 50 }, { nodeIds: ['naryn'] });
    expect(r.catchments.features.map((f) => f.properties.node)).toEqual(['naryn']);
    const catchment = km2((r.catchments.features[0] as Feature<AreaGeometry>).geometry);
    const uncovered = r.uncovered.features.reduce((s, f) => s + km2(f.geometry), 0);
    expect(Math.abs((catchment + uncovered) / countryKm2 - 1)).toBeLessThan(0.001);
    if (method === 'nearest') expect(uncovered).toBe(0);
    else expect(Math.abs(catchment / (capAreaKm2(50) * inscribed(64)) - 1)).toBeLessThan(0.005);
  });

  it.each(METHODS)('%s: two nodes at the same point do not throw', async (method) => {
    const { session } = await sharedSession();
    const narynAt = analysisInput().growthNodes.find((n) => n.id === 'naryn')
      ?.coordinates as LonLat;
    const twin: CandidateNode = { id: 'naryn-twin', coordinates: narynAt, region: 'naryn' };
    const twins = [twin, { ...twin, id: 'naryn-triplet' }];
    // A lone node at that point first, so a cached full cell is at hand for the wrong key.
    const lone = session.run({ method }, { nodeIds: ['naryn'] });
    const r = session.run(
      { method },
      { candidates: twins, nodeIds: ['naryn', ...twins.map((t) => t.id)] },
    );
    expect(r.catchments.features).toHaveLength(3);
    // Coverage is that of the one node; every settlement counted once (nearest, combined).
    expect(
      Math.abs(r.coverage.uncoveredAreaKm2 - lone.coverage.uncoveredAreaKm2) / countryKm2,
    ).toBeLessThan(1e-9);
    expect(r.coverage.settlementsCovered).toBe(lone.coverage.settlementsCovered);
    if (method === 'nearest') {
      expectPartition(r);
      expect(r.coverage.nodes.reduce((s, n) => s + n.settlements, 0)).toBe(
        analysisInput().settlements.length,
      );
    }
    if (method === 'radius') {
      // Each twin has the full circle; the overlaps are the circle, twice (pairs 0-1, 0-2, 1-2).
      const area = nodeOf(r, 'naryn')?.areaKm2 ?? 0;
      expect(nodeOf(r, 'naryn-twin')?.areaKm2).toBeCloseTo(area, 6);
      expect(r.coverage.overlapAreaKm2).toBeCloseTo(2 * area, 3);
      expect(r.overlaps.features).toHaveLength(3);
    }
    // Two distinct nodes at one point among all the others.
    const all = session.run({ method }, { candidates: [twin] });
    expect(all.catchments.features).toHaveLength(21);
    expect(nodeOf(all, 'naryn-twin')?.position).toEqual(narynAt);
  });
});
