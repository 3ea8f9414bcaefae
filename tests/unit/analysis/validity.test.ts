import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeosKit } from '../../../src/analysis/geos';
import type { AnalysisParamsInput } from '../../../src/analysis/params';
import type { AnalysisResult, AreaGeometry } from '../../../src/analysis/types';
import { ringKinks, sharedSession } from './analysis-test-kit';

const CASES: AnalysisParamsInput[] = [
  { method: 'radius', radiusKm: 5, zoneDepthKm: { UZ: 5, TJ: 5, KZ: 5, CN: 5 }, bandDepthKm: 5 },
  {
    method: 'radius',
    radiusKm: 150,
    zoneDepthKm: { UZ: 100, TJ: 100, KZ: 100, CN: 100 },
    bandDepthKm: 100,
  },
  { method: 'nearest', bandDepthKm: 55 },
  { method: 'combined', radiusKm: 90, zoneDepthKm: { UZ: 45, TJ: 70, KZ: 12, CN: 33 } },
];

let kit: GeosKit;
const results: AnalysisResult[] = [];
beforeAll(async () => {
  const s = await sharedSession();
  kit = s.kit;
  for (const params of CASES) results.push(s.session.run(params));
});

function layers(r: AnalysisResult) {
  return Object.entries({
    catchments: r.catchments,
    uncovered: r.uncovered,
    overlaps: r.overlaps,
    zones: r.zones,
    borderBand: r.borderBand,
  }).flatMap(([layer, fc]) =>
    fc.features.map((f, i) => ({ name: `${layer}[${i}]`, geometry: f.geometry as AreaGeometry })),
  );
}

const polygonsOf = (g: AreaGeometry) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

describe('output validity after conversion to lon/lat', () => {
  it.each(CASES.map((c, i) => [JSON.stringify(c), i] as const))(
    '%s: no ring self-intersects (kinks)',
    (_, i) => {
      const bad: string[] = [];
      for (const { name, geometry } of layers(results[i] as AnalysisResult)) {
        for (const poly of polygonsOf(geometry)) {
          for (const ring of poly) if (ringKinks(ring as Position[]) > 0) bad.push(name);
        }
      }
      expect(bad).toEqual([]);
    },
  );

  it.each(CASES.map((c, i) => [JSON.stringify(c), i] as const))(
    '%s: GEOS isValid in lon/lat, closed rings, ≤ 6 decimals',
    (_, i) => {
      const r = results[i] as AnalysisResult;
      const bad: string[] = [];
      for (const { name, geometry } of layers(r)) {
        const polys = polygonsOf(geometry);
        const ptr = kit.multiPolygon(
          polys.map((p) => p.map((ring) => ring.map((c) => [c[0] as number, c[1] as number]))),
        );
        const reason = kit.invalidReason(ptr);
        kit.destroy(ptr);
        if (reason) bad.push(`${name}: ${reason}`);
        for (const poly of polys) {
          for (const ring of poly) {
            expect(ring.length).toBeGreaterThanOrEqual(4);
            expect(ring[0]).toEqual(ring[ring.length - 1]);
            for (const c of ring) {
              expect(Math.round((c[0] as number) * 1e6) / 1e6).toBe(c[0]);
              expect(Math.round((c[1] as number) * 1e6) / 1e6).toBe(c[1]);
            }
          }
        }
      }
      expect(bad).toEqual([]);
      expect(r.repairedFeatures).toBe(0);
    },
  );
});
