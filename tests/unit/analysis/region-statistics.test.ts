// Coverage per region: hand-made figures for the summary, and each lens' area per region against
// GEOS overlays in lon/lat measured by turf (analysis-test-kit), not against the engine's plane.
import type { Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catchmentCircle } from '../../../src/analysis/catchment-circle';
import { clipConvex } from '../../../src/analysis/convex-polygon';
import type { XY } from '../../../src/analysis/geos';
import { nearestNodeCells } from '../../../src/analysis/nearest-node-cells';
import { placeInCountry } from '../../../src/analysis/node-placement';
import {
  lensAreaByRegion,
  regionCoverage,
  sumByRegion,
} from '../../../src/analysis/region-statistics';
import type { AreaGeometry } from '../../../src/analysis/types';
import { createWorkingCopy, type WorkingCopy } from '../../../src/analysis/working-copy';
import { analysisInput, km2, overlapKm2, sharedSession } from './analysis-test-kit';

describe('region coverage', () => {
  const regions = new Map([
    ['chui', { areaKm2: 20_000 }],
    ['naryn', { areaKm2: 45_000 }],
  ]);
  const settlements = [
    { id: 'kant', region: 'chui', population: 25_000 },
    { id: 'tokmok', region: 'chui', population: 60_000 },
    { id: 'naryn', region: 'naryn', population: 40_000 },
    { id: 'osh', region: 'osh-city', population: 300_000 },
  ];

  it('gives area, covered share and covered settlements per region; Osh city has no area', () => {
    const covered = new Set(['kant', 'osh']);
    const coveredKm2 = new Map([['chui', 5_000]]);
    expect(regionCoverage(regions, settlements, covered, coveredKm2)).toEqual([
      {
        region: 'chui',
        areaKm2: 20_000,
        coveredAreaKm2: 5_000,
        coveredShare: 0.25,
        settlements: 2,
        settlementsCovered: 1,
        population: 85_000,
        populationCovered: 25_000,
      },
      {
        region: 'naryn',
        areaKm2: 45_000,
        coveredAreaKm2: 0,
        coveredShare: 0,
        settlements: 1,
        settlementsCovered: 0,
        population: 40_000,
        populationCovered: 0,
      },
      {
        region: 'osh-city',
        areaKm2: null,
        coveredAreaKm2: null,
        coveredShare: null,
        settlements: 1,
        settlementsCovered: 1,
        population: 300_000,
        populationCovered: 300_000,
      },
    ]);
  });

  it('never covers more than the region', () => {
    const [chui] = regionCoverage(regions, settlements, new Set(), new Map([['chui', 20_000.01]]));
    expect(chui).toMatchObject({ coveredAreaKm2: 20_000, coveredShare: 1 });
  });

  it('adds up the lenses’ areas per region', () => {
    expect(
      sumByRegion([
        new Map([['naryn', 10]]),
        new Map(),
        new Map([
          ['naryn', 5],
          ['chui', 2],
        ]),
      ]),
    ).toEqual(
      new Map([
        ['naryn', 15],
        ['chui', 2],
      ]),
    );
  });
});

describe('a lens’ area per region', () => {
  let wc: WorkingCopy;
  let lenses: Map<string, XY[]>;
  beforeAll(async () => {
    wc = createWorkingCopy((await sharedSession()).kit, analysisInput());
    // Each Concept node's 50 km circle cut by its nearest-node cell, as in a run.
    const nodes = wc.growthNodes.map((n) => ({ id: n.id, ...placeInCountry(wc, n.lonLat) }));
    const cells = nearestNodeCells(
      nodes.map((n) => n.xy),
      wc.cellFrame,
    );
    lenses = new Map(
      nodes.map((n, i) => {
        const circle = catchmentCircle(wc, n.lonLat, 50);
        wc.kit.destroy(circle.disc);
        return [n.id, clipConvex(circle.open, cells[i]?.ring ?? [])];
      }),
    );
  });
  afterAll(() => wc.dispose());

  /** The lens in lon/lat, its edges split every ~1 km so the drawing follows the plane's chords. */
  function lensLonLat(lens: XY[]): Polygon {
    const ring: [number, number][] = [];
    lens.forEach((p, i) => {
      const q = lens[(i + 1) % lens.length] as XY;
      const steps = Math.ceil(Math.hypot(q[0] - p[0], q[1] - p[1]));
      for (let k = 0; k < steps; k++) {
        const t = k / steps;
        ring.push(wc.projection.inverse([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]));
      }
    });
    return { type: 'Polygon', coordinates: [[...ring, ring[0] as [number, number]]] };
  }
  const regionGeometry = (id: string) =>
    analysisInput().regions.find((r) => r.id === id)?.geometry as AreaGeometry;

  it.each(['bishkek', 'tokmok', 'batken', 'kadamjay', 'naryn', 'osh'])(
    '%s at 50 km: every region’s share of the lens, as turf measures lens ∩ region',
    async (node) => {
      const { kit } = await sharedSession();
      const lens = lenses.get(node) as XY[];
      const byRegion = lensAreaByRegion(wc, lens);
      const lonLat = lensLonLat(lens);
      for (const { id, geometry } of analysisInput().regions) {
        const expected = overlapKm2(kit, lonLat, geometry);
        const actual = byRegion.get(id) ?? 0;
        // 0.01 % + 0.05 km²: the lon/lat and planar drawings of the edges differ by ≤ 0.5 m.
        expect(Math.abs(actual - expected), `${node} in ${id}`).toBeLessThan(
          1e-4 * expected + 0.05,
        );
      }
    },
  );

  it('a lens inside one region is all of its area, in that region', () => {
    const naryn = lensAreaByRegion(wc, lenses.get('naryn') as XY[]);
    expect([...naryn.keys()]).toEqual(['naryn']);
    const lonLat = lensLonLat(lenses.get('naryn') as XY[]);
    expect(Math.abs((naryn.get('naryn') ?? 0) / km2(lonLat) - 1)).toBeLessThan(1e-4);
  });

  it('does not count Shakhimardan in Batken Region: an enclave is a hole of its region', async () => {
    const { kit } = await sharedSession();
    const kadamjay = lensAreaByRegion(wc, lenses.get('kadamjay') as XY[]);
    const lonLat = lensLonLat(lenses.get('kadamjay') as XY[]);
    const batken = regionGeometry('batken');
    const batkenOuter: Polygon = {
      type: 'Polygon',
      coordinates: [
        (batken.type === 'Polygon' ? batken.coordinates : (batken.coordinates[0] ?? []))[0] ?? [],
      ],
    };
    // The lens reaches over the enclave: without the holes Batken would get more.
    const withEnclaves = overlapKm2(kit, lonLat, batkenOuter);
    expect(withEnclaves - (kadamjay.get('batken') ?? 0)).toBeGreaterThan(50);
  });

  it('is empty for a degenerate lens', () => {
    expect(lensAreaByRegion(wc, [])).toEqual(new Map());
  });
});
