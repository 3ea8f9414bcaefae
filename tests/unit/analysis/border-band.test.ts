import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/types';
import {
  analysisInput,
  linesOf,
  lonLatGrid,
  SegmentIndex,
  sharedSession,
} from './analysis-test-kit';

let result: AnalysisResult;
beforeAll(async () => {
  const { session } = await sharedSession();
  result = session.run({ bandDepthKm: 30 });
});

describe('border-adjacent territory (§6.2)', () => {
  it('covers within 1 % the share of a fine grid closer than 30 km to the border', () => {
    const country = analysisInput().country as Polygon | MultiPolygon;
    const border = new SegmentIndex(linesOf(country));
    let inside = 0;
    let near = 0;
    for (const { p, w } of lonLatGrid(bbox(country) as [number, number, number, number], 0.03)) {
      if (!booleanPointInPolygon(p, country)) continue;
      inside += w;
      if (border.distanceKm(p, 30) <= 30) near += w;
    }
    const reference = near / inside;
    const band = result.coverage.borderBand;
    expect(Math.abs(band.shareOfCountry / reference - 1)).toBeLessThan(0.01);
  });

  it('marks Batken, Osh and Jalal-Abad regions as priority', () => {
    const priority = result.borderBand.features
      .filter((f) => f.properties.priority)
      .map((f) => f.properties.region);
    expect(priority.sort()).toEqual(['batken', 'jalal-abad', 'osh-region']);
  });

  it('gives per-region statistics that add up', () => {
    const band = result.coverage.borderBand;
    expect(band.regions.reduce((s, r) => s + r.areaKm2, 0)).toBeCloseTo(band.areaKm2, 6);
    for (const r of band.regions) {
      expect(r.shareOfRegion).toBeGreaterThanOrEqual(0);
      expect(r.shareOfRegion).toBeLessThanOrEqual(1);
    }
    const batken = band.regions.find((r) => r.region === 'batken');
    expect(batken?.shareOfRegion).toBeGreaterThan(0.6);
  });

  it('treats enclave borders as borders: the land around each enclave is in the band', async () => {
    const country = analysisInput().country as Polygon;
    const [outer, ...holes] = country.coordinates;
    expect(holes).toHaveLength(3); // Sokh, Shakhimardan, Vorukh
    const outerBorder = new SegmentIndex([outer as Position[]]);
    const { session } = await sharedSession();
    const narrow = session.run({ bandDepthKm: 5 });
    for (const hole of holes) {
      // A point 1 km outside the enclave, in Kyrgyzstan, more than 5 km from the outer border.
      const n = hole.length - 1;
      const cx = hole.slice(0, n).reduce((s, p) => s + (p[0] as number), 0) / n;
      const cy = hole.slice(0, n).reduce((s, p) => s + (p[1] as number), 0) / n;
      const candidates = hole.map((v) => {
        const dx = (v[0] as number) - cx;
        const dy = (v[1] as number) - cy;
        const len = Math.hypot(dx * Math.cos((cy * Math.PI) / 180), dy) * 111.2;
        return [(v[0] as number) + dx / len, (v[1] as number) + dy / len] as Position;
      });
      const probe = candidates.find(
        (p) => booleanPointInPolygon(p, country) && outerBorder.distanceKm(p, 5) > 5,
      );
      expect(probe).toBeDefined();
      const inBand = narrow.borderBand.features.some((f) =>
        booleanPointInPolygon(probe as Position, f.geometry as Polygon | MultiPolygon),
      );
      expect(inBand).toBe(true);
    }
  });
});
