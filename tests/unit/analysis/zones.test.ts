import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult, AreaGeometry } from '../../../src/analysis/types';
import {
  analysisInput,
  linesOf,
  lonLatGrid,
  SegmentIndex,
  sharedSession,
} from './analysis-test-kit';

const DEPTHS = { UZ: 25, TJ: 40, KZ: 15, CN: 100 } as const;
let result: AnalysisResult;

const inAny = (p: Position, geoms: AreaGeometry[]) =>
  geoms.some((g) => booleanPointInPolygon(p, g as Polygon | MultiPolygon));

beforeAll(async () => {
  const { session } = await sharedSession();
  result = session.run({ zoneDepthKm: DEPTHS });
});

describe('cross-border influence zones (§5.4)', () => {
  it('has one zone per neighbour with the Concept’s regions', () => {
    expect(
      result.zones.features.map((f) => [f.properties.neighbour, f.properties.regions]),
    ).toEqual([
      ['UZ', ['batken', 'osh-region', 'jalal-abad']],
      ['TJ', ['batken']],
      ['KZ', ['talas']],
      ['CN', ['naryn', 'osh-region']],
    ]);
  });

  for (const neighbour of ['UZ', 'TJ', 'KZ', 'CN'] as const) {
    describe(neighbour, () => {
      const setup = () => {
        const input = analysisInput();
        const zone = result.zones.features.find(
          (f) => f.properties.neighbour === neighbour,
        ) as Feature<AreaGeometry>;
        const regions = input.regions
          .filter((r) => zone.properties?.regions.includes(r.id))
          .map((r) => r.geometry);
        const border = input.borderLines.find((b) => b.neighbour === neighbour);
        const index = new SegmentIndex(border ? linesOf(border.geometry) : []);
        return { zone, regions, index, depth: DEPTHS[neighbour] };
      };

      it('lies inside its named regions', () => {
        const { zone, regions } = setup();
        const vertices =
          zone.geometry.type === 'Polygon'
            ? zone.geometry.coordinates.flat()
            : zone.geometry.coordinates.flat(2);
        // A vertex on a region edge may fall a hair outside in floating point: probe 2 m inwards.
        const outside = vertices.filter(
          (p) => !inAny(p, regions) && !regions.some((g) => nearEdge(p, g)),
        );
        expect(outside).toEqual([]);
      });

      it('has every vertex within depth + 0.5 km of the border', () => {
        const { zone, index, depth } = setup();
        const vertices =
          zone.geometry.type === 'Polygon'
            ? zone.geometry.coordinates.flat()
            : zone.geometry.coordinates.flat(2);
        const far = vertices.filter(
          (p) => index.distanceKm(p, depth + 0.5) === Number.POSITIVE_INFINITY,
        );
        expect(far).toEqual([]);
      });

      it('contains the named regions’ points nearer than depth − 0.5 km to the border', () => {
        const { zone, regions, index, depth } = setup();
        const box = bbox({ type: 'GeometryCollection', geometries: regions }) as [
          number,
          number,
          number,
          number,
        ];
        let checked = 0;
        const missing: Position[] = [];
        for (const { p } of lonLatGrid(box, 0.04)) {
          if (!inAny(p, regions)) continue;
          const d = index.distanceKm(p, depth + 1);
          if (d < depth - 0.5) {
            checked++;
            if (!booleanPointInPolygon(p, zone.geometry as Polygon | MultiPolygon)) missing.push(p);
          } else if (d > depth + 0.5) {
            expect(booleanPointInPolygon(p, zone.geometry as Polygon | MultiPolygon)).toBe(false);
          }
        }
        expect(checked).toBeGreaterThan(50);
        expect(missing).toEqual([]);
      });
    });
  }

  it('reports settlements, population and growth nodes inside', () => {
    const uz = result.coverage.zones.find((z) => z.neighbour === 'UZ');
    expect(uz?.settlements).toBeGreaterThan(10);
    expect(uz?.population).toBeGreaterThan(0);
    expect(uz?.growthNodes).toContain('osh');
    expect(uz?.growthNodes).toContain('kara-suu');
    const cn = result.coverage.zones.find((z) => z.neighbour === 'CN');
    expect(cn?.growthNodes).toContain('sary-tash');
  });
});

/** True if p is within ~2 m of g's boundary (vertex sits on a shared region edge). */
function nearEdge(p: Position, g: AreaGeometry): boolean {
  const e = 2e-5;
  return [
    [e, 0],
    [-e, 0],
    [0, e],
    [0, -e],
  ].some(([dx, dy]) =>
    booleanPointInPolygon(
      [(p[0] as number) + (dx as number), (p[1] as number) + (dy as number)],
      g as Polygon | MultiPolygon,
    ),
  );
}
