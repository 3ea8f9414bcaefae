import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeosKit } from '../../../src/analysis/geos';
import type { AnalysisResult, AreaGeometry } from '../../../src/analysis/types';
import {
  analysisInput,
  greatCircleKm,
  km2,
  largestPairwiseOverlapKm2,
  overlapKm2,
  sharedSession,
} from './analysis-test-kit';

let kit: GeosKit;
let nearest: AnalysisResult;
let radius: AnalysisResult;
let combined: AnalysisResult;

beforeAll(async () => {
  const s = await sharedSession();
  kit = s.kit;
  nearest = s.session.run({ method: 'nearest' });
  radius = s.session.run({ method: 'radius', radiusKm: 60 });
  combined = s.session.run({ method: 'combined', radiusKm: 60 });
});

describe('nearest-node catchments (Voronoi clipped to the country)', () => {
  it('has one cell per growth node, each containing its node', () => {
    const nodes = analysisInput().growthNodes;
    expect(nearest.catchments.features.map((f) => f.properties.node)).toEqual(
      nodes.map((n) => n.id),
    );
    for (const f of nearest.catchments.features) {
      const at = nearest.coverage.nodes.find((n) => n.node === f.properties.node)?.position;
      expect(
        booleanPointInPolygon(at as [number, number], f as Feature<Polygon | MultiPolygon>),
      ).toBe(true);
    }
  });

  it('cells are pairwise disjoint (< 0.01 km² overlap)', () => {
    const areas = nearest.catchments.features.map((f) => f.geometry);
    expect(largestPairwiseOverlapKm2(kit, areas)).toBeLessThan(0.01);
  });

  it('cells sum to the country within 0.1 %', () => {
    const total = nearest.catchments.features.reduce((s, f) => s + km2(f.geometry), 0);
    expect(Math.abs(total / km2(analysisInput().country) - 1)).toBeLessThan(0.001);
    expect(nearest.coverage.coveredShare).toBe(1);
    expect(nearest.uncovered.features).toHaveLength(0);
  });

  it('assigns each settlement to its nearest node', () => {
    const settlements = analysisInput().settlements;
    const counted = nearest.coverage.nodes.reduce((s, n) => s + n.settlements, 0);
    expect(counted).toBe(settlements.length);
  });
});

describe('radius catchments', () => {
  it('stay within the radius (+ 0.1 km) and inside the country', () => {
    for (const f of radius.catchments.features) {
      const at = radius.coverage.nodes.find((n) => n.node === f.properties.node)?.position as [
        number,
        number,
      ];
      const coords =
        f.geometry.type === 'Polygon'
          ? f.geometry.coordinates.flat()
          : f.geometry.coordinates.flat(2);
      for (const p of coords) expect(greatCircleKm(at, p)).toBeLessThan(60.1);
      // Edges are straight in the equal-area plane, the input's in lon/lat: allow 0.05 %.
      expect(overlapKm2(kit, f.geometry, analysisInput().country)).toBeGreaterThan(
        km2(f.geometry) * 0.9995,
      );
    }
  });

  it('uncovered + covered = country, and uncovered lies outside every circle', () => {
    const c = radius.coverage;
    const uncovered = radius.uncovered.features.reduce((s, f) => s + km2(f.geometry), 0);
    const country = km2(analysisInput().country);
    expect(Math.abs(uncovered / country - c.uncoveredAreaKm2 / c.countryAreaKm2)).toBeLessThan(
      0.001,
    );
    for (const u of radius.uncovered.features) {
      for (const f of radius.catchments.features)
        expect(overlapKm2(kit, u.geometry, f.geometry)).toBeLessThan(0.05);
    }
  });

  it('reports overlaps as pairwise intersections, total = Σ catchments − covered', () => {
    const c = radius.coverage;
    const sum = c.nodes.reduce((s, n) => s + n.areaKm2, 0);
    expect(c.overlapAreaKm2).toBeCloseTo(sum - c.coveredAreaKm2, 6);
    expect(radius.overlaps.features.length).toBeGreaterThan(0);
    for (const o of radius.overlaps.features) {
      const [a, b] = o.properties.nodes.map((id) =>
        radius.catchments.features.find((f) => f.properties.node === id),
      );
      const area = km2(o.geometry);
      expect(overlapKm2(kit, o.geometry, (a as Feature<AreaGeometry>).geometry)).toBeGreaterThan(
        area * 0.999,
      );
      expect(overlapKm2(kit, o.geometry, (b as Feature<AreaGeometry>).geometry)).toBeGreaterThan(
        area * 0.999,
      );
    }
  });

  it('region covered shares are consistent with the country total', () => {
    const c = radius.coverage;
    const covered = c.regions.reduce((s, r) => s + (r.coveredAreaKm2 ?? 0), 0);
    expect(Math.abs(covered / c.coveredAreaKm2 - 1)).toBeLessThan(0.002);
    const osh = c.regions.find((r) => r.region === 'osh-city');
    expect(osh?.areaKm2).toBeNull();
  });
});

describe('combined catchments', () => {
  it('are radius ∩ nearest, and cover what the radius method covers', () => {
    for (const f of combined.catchments.features) {
      const cell = nearest.catchments.features.find((g) => g.properties.node === f.properties.node);
      const disc = radius.catchments.features.find((g) => g.properties.node === f.properties.node);
      const a = km2(f.geometry);
      expect(overlapKm2(kit, f.geometry, (cell as Feature<AreaGeometry>).geometry)).toBeGreaterThan(
        a * 0.999 - 0.01,
      );
      expect(overlapKm2(kit, f.geometry, (disc as Feature<AreaGeometry>).geometry)).toBeGreaterThan(
        a * 0.999 - 0.01,
      );
    }
    expect(combined.coverage.coveredAreaKm2).toBeCloseTo(radius.coverage.coveredAreaKm2, 3);
  });
});

describe('settlements outside their polygon at 1:10m', () => {
  it('counts Kara-Suu in Osh Region, moved to the nearest point of the region', () => {
    const moved = nearest.coverage.relocatedSettlements.find((s) => s.id === 'kara-suu');
    expect(moved?.region).toBe('osh-region');
    expect(moved?.distanceKm).toBeLessThan(3);
    const region = nearest.coverage.regions.find((r) => r.region === 'osh-region');
    expect(region?.settlementsCovered).toBe(region?.settlements);
  });
});
