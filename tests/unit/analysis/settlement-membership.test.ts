// Settlement membership by definition: hand-computed distances on a meridian and a parallel, and
// the committed towns against turf's great-circle distance (same sphere, separate code).
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { createEqualAreaProjection } from '../../../src/analysis/equal-area-projection';
import {
  type MemberSettlement,
  settlementMembership,
} from '../../../src/analysis/settlement-membership';
import type { LonLat } from '../../../src/analysis/types';
import { analysisInput } from './analysis-test-kit';

const projection = createEqualAreaProjection();
/** km per degree of a great circle on the sphere of R = 6371.0088 km: 2πR / 360. */
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360; // 111.19508
const at = (lonLat: LonLat) => ({ lonLat, xy: projection.forward(lonLat) });
const settlement = (id: string, lonLat: LonLat, population: number): MemberSettlement => ({
  id,
  population,
  ...at(lonLat),
});

// Node A at (75, 41), node B one degree of the meridian north of it (111.2 km).
const A = at([75, 41]);
const B = at([75, 42]);
const north = (km: number): LonLat => [75, 41 + km / KM_PER_DEGREE];
const SETTLEMENTS = [
  settlement('a-49.9', north(49.9), 100), // 49.9 km from A, 61.3 km from B
  settlement('a-50.1', north(50.1), 200), // just beyond A's 50 km; 61.1 km from B
  settlement('b-30', north(111.195 - 30), 400), // 30 km from B, 81.2 km from A
  settlement('south-80', north(-80), 800), // 80 km south of A
];
const ids = (m: ReturnType<typeof settlementMembership>) => m.byNode.map((n) => n.settlements);

describe('settlement membership', () => {
  it('radius: the settlements within the great-circle radius of each node', () => {
    const m = settlementMembership(SETTLEMENTS, [A, B], 'radius', 50);
    expect(ids(m)).toEqual([['a-49.9'], ['b-30']]);
    expect(m.byNode.map((n) => n.population)).toEqual([100, 400]);
    expect([...m.covered].sort()).toEqual(['a-49.9', 'b-30']);
  });

  it('radius: a settlement within reach of two nodes belongs to both', () => {
    const m = settlementMembership(SETTLEMENTS, [A, B], 'radius', 62);
    expect(ids(m)).toEqual([
      ['a-49.9', 'a-50.1'],
      ['a-49.9', 'a-50.1', 'b-30'],
    ]);
    expect(m.covered.size).toBe(3);
  });

  it('nearest: every settlement in exactly one catchment, that of its nearest node', () => {
    const m = settlementMembership(SETTLEMENTS, [A, B], 'nearest', 50);
    expect(ids(m)).toEqual([['a-49.9', 'a-50.1', 'south-80'], ['b-30']]);
    expect(m.byNode.map((n) => n.population)).toEqual([1100, 400]);
    expect(m.covered.size).toBe(4);
  });

  it('combined: within the radius and nearest', () => {
    const m = settlementMembership(SETTLEMENTS, [A, B], 'combined', 62);
    // a-50.1 is within 62 km of both, but nearest to A: only A holds it.
    expect(ids(m)).toEqual([['a-49.9', 'a-50.1'], ['b-30']]);
  });

  it('coincident nodes: the one listed first holds the settlements (nearest, combined)', () => {
    for (const method of ['nearest', 'combined'] as const) {
      const m = settlementMembership(SETTLEMENTS, [A, { ...A }], method, 100);
      expect(m.byNode[1]?.settlements).toEqual([]);
    }
    const radius = settlementMembership(SETTLEMENTS, [A, { ...A }], 'radius', 60);
    expect(ids(radius)).toEqual([
      ['a-49.9', 'a-50.1'],
      ['a-49.9', 'a-50.1'],
    ]);
  });

  it('no node: nothing is covered', () => {
    expect(settlementMembership(SETTLEMENTS, [], 'radius', 50)).toEqual({
      byNode: [],
      covered: new Set(),
    });
  });

  it('the committed towns within 50 km of Bishkek are those turf measures within 50 km', () => {
    const towns = analysisInput().settlements.map((s) =>
      settlement(s.id, s.coordinates, s.population ?? 0),
    );
    const bishkek = analysisInput().growthNodes.find((n) => n.id === 'bishkek')?.coordinates;
    if (!bishkek) throw new Error('no Bishkek');
    const m = settlementMembership(towns, [at(bishkek)], 'radius', 50);
    const expected = towns
      .filter((t) => distance(bishkek, t.lonLat, { units: 'kilometers' }) <= 50)
      .map((t) => t.id);
    expect(m.byNode[0]?.settlements).toEqual(expected);
    // Kant is ~21 km east of Bishkek; Tokmok ~58 km, beyond the radius.
    expect(expected).toContain('kant');
    expect(expected).not.toContain('tokmok');
  });
});
