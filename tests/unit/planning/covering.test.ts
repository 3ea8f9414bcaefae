// Maximal covering, set covering and the p-median on problems small enough to solve by hand or
// by trying every subset; `withinReach` on points whose great-circle distance is known; and the
// session's minimum set on the committed data against exhaustive search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEqualAreaProjection } from '../../../src/analysis/equal-area-projection';
import type { LonLat } from '../../../src/analysis/types';
import {
  type CoveringProblem,
  maximalCovering,
  setCovering,
} from '../../../src/planning/maximal-covering';
import type { MipSolver } from '../../../src/planning/mip';
import { type MedianProblem, pMedian } from '../../../src/planning/p-median';
import { type Placed, planningWorld, withinReach } from '../../../src/planning/planning-world';
import {
  coverMeasure,
  forEachSubset,
  haversineKm,
  loadPlanningFixture,
  type Measure,
  maskOf,
  type PlanningFixture,
  popcount,
  populationMeasure,
  R_KM,
} from './planning-test-kit';

let fx: PlanningFixture;
let solver: MipSolver;

beforeAll(async () => {
  fx = await loadPlanningFixture();
  solver = fx.solver;
});
afterAll(() => fx.dispose());

const projection = createEqualAreaProjection();
const placed = (lonLat: LonLat): Placed => ({ lonLat, xy: projection.forward(lonLat) });

/** A small deterministic generator (mulberry32), so random problems are the same every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weight the sites in `mask` cover, counted by hand from the problem's lists. */
function coveredBy(problem: CoveringProblem, mask: number): number {
  let total = 0;
  problem.coverers.forEach((sites, i) => {
    if (sites.some((s) => mask & (1 << s))) total += problem.weights[i] ?? 0;
  });
  return total;
}

const maskOfSites = (sites: readonly number[]) => sites.reduce((m, s) => m | (1 << s), 0);

describe('withinReach', () => {
  const a: LonLat = [75, 41];
  const b: LonLat = [75, 42];
  const oneDegreeKm = haversineKm(a, b);

  it('two points 1° apart on a meridian are 111.19508 km apart (R = 6371.0088 km)', () => {
    expect(oneDegreeKm).toBeCloseTo(111.19508, 5);
    expect(oneDegreeKm).toBeCloseTo((R_KM * Math.PI) / 180, 9);
  });

  it('a point exactly at the radius is within reach; 1 mm less and it is not', () => {
    expect(withinReach([placed(a)], [placed(b)], oneDegreeKm)).toEqual([[0]]);
    expect(withinReach([placed(b)], [placed(a)], oneDegreeKm)).toEqual([[0]]);
    expect(withinReach([placed(a)], [placed(b)], oneDegreeKm - 1e-6)).toEqual([[]]);
  });

  it.each([5, 30, 50, 120])('finds exactly the sites a brute-force scan finds (%d km)', (r) => {
    const next = random(r);
    const inCountry = (): LonLat => [69.3 + next() * 11, 39.2 + next() * 4];
    const demand = Array.from({ length: 150 }, () => placed(inCountry()));
    const sites = Array.from({ length: 120 }, () => placed(inCountry()));
    const expected = demand.map((d) =>
      sites.flatMap((s, k) => (haversineKm(d.lonLat, s.lonLat) <= r ? [k] : [])),
    );
    expect(expected.some((e) => e.length > 0)).toBe(true);
    expect(withinReach(demand, sites, r)).toEqual(expected);
  });
});

describe('maximalCovering', () => {
  // Site 0 reaches point 0 (5); site 1 reaches points 1 and 2 (4 + 3); site 2 reaches point 2 (3).
  const problem: CoveringProblem = {
    siteCount: 3,
    weights: [5, 4, 3],
    coverers: [[0], [1], [1, 2]],
  };

  it('one site: the one reaching 4 + 3 = 7', () => {
    const r = maximalCovering(problem, 1, solver);
    expect(r.chosen).toEqual([1]);
    expect(r.covered).toBe(7);
    expect(r.solution.status).toBe('optimal');
    expect(r.solution.objective).toBeCloseTo(7, 9);
  });

  it('two sites: 5 + 4 + 3 = 12', () => {
    const r = maximalCovering(problem, 2, solver);
    expect(r.chosen).toEqual([0, 1]);
    expect(r.covered).toBe(12);
  });

  it('a tie: either site is fine, the value is the same', () => {
    const tie: CoveringProblem = { siteCount: 2, weights: [4, 4, 1], coverers: [[0], [1], []] };
    const r = maximalCovering(tie, 1, solver);
    expect(r.chosen).toHaveLength(1);
    expect([[0], [1]]).toContainEqual(r.chosen);
    expect(r.covered).toBe(4);
  });

  it('a forced site is opened even when it is the worst', () => {
    const one = maximalCovering({ ...problem, forced: new Set([2]) }, 1, solver);
    expect(one.chosen).toEqual([2]);
    expect(one.covered).toBe(3);
    // With site 2 open, site 0 adds 5 and site 1 only 4 (point 2 is taken): 3 + 5 = 8.
    const two = maximalCovering({ ...problem, forced: new Set([2]) }, 2, solver);
    expect(two.chosen).toEqual([0, 2]);
    expect(two.covered).toBe(8);
  });

  it('a forbidden site is never opened', () => {
    const r = maximalCovering({ ...problem, forbidden: new Set([1]) }, 1, solver);
    expect(r.chosen).toEqual([0]);
    expect(r.covered).toBe(5);
  });

  it('demand of weight 0 changes nothing', () => {
    // Fifty empty points that only site 2 reaches would tempt a count-based model towards it.
    const padded: CoveringProblem = {
      siteCount: 3,
      weights: [...problem.weights, ...Array(50).fill(0)],
      coverers: [...problem.coverers, ...Array.from({ length: 50 }, () => [2])],
    };
    for (const count of [1, 2]) {
      const plain = maximalCovering(problem, count, solver);
      const r = maximalCovering(padded, count, solver);
      expect(r.chosen).toEqual(plain.chosen);
      expect(r.covered).toBe(plain.covered);
    }
  });

  it('groups: each group asked for gets an opened site', () => {
    const r = maximalCovering(problem, 1, solver, { groups: [[2]], need: 1 });
    expect(r.chosen).toEqual([2]);
    const two = maximalCovering(problem, 2, solver, { groups: [[2], [0]], need: 2 });
    expect(two.chosen).toEqual([0, 2]);
    expect(two.covered).toBe(8);
  });

  it.each([1, 2, 3, 4, 5, 6])('random problem %d: the brute-force optimum', (seed) => {
    const next = random(seed);
    const siteCount = 10;
    const p: CoveringProblem = {
      siteCount,
      weights: Array.from({ length: 40 }, () => Math.floor(next() * 1000)),
      coverers: Array.from({ length: 40 }, () =>
        Array.from({ length: siteCount }, (_, j) => j).filter(() => next() < 0.2),
      ),
    };
    const count = 1 + (seed % 4);
    let best = 0;
    forEachSubset((1 << siteCount) - 1, count, (mask) => {
      best = Math.max(best, coveredBy(p, mask));
    });
    const r = maximalCovering(p, count, solver);
    expect(r.chosen).toHaveLength(count);
    expect(coveredBy(p, maskOfSites(r.chosen))).toBe(best);
    expect(r.covered).toBe(best);
  });
});

describe('setCovering', () => {
  it('the fewest sites, where taking the biggest first needs one more', () => {
    // Six people; site 0 reaches four of them, sites 1 and 2 three each but all six together.
    const p: CoveringProblem = {
      siteCount: 3,
      weights: [1, 1, 1, 1, 1, 1],
      coverers: [[0, 1], [0, 1], [0, 2], [0, 2], [1], [2]],
    };
    const r = setCovering(p, 6, solver);
    expect(r.chosen).toEqual([1, 2]);
    expect(r.covered).toBe(6);
    expect(r.solution.status).toBe('optimal');
  });

  it('among the fewest, the one covering most', () => {
    // Target 8: no single site; of the pairs, {0,1} = 11 covers most ({1,3} = 8 just meets it).
    const p: CoveringProblem = {
      siteCount: 4,
      weights: [6, 5, 4, 3],
      coverers: [[0], [1], [2], [3]],
    };
    const r = setCovering(p, 8, solver);
    expect(r.chosen).toEqual([0, 1]);
    expect(r.covered).toBe(11);
  });

  it('a target no set reaches: infeasible', () => {
    const p: CoveringProblem = { siteCount: 2, weights: [3, 4, 5], coverers: [[0], [1], []] };
    const r = setCovering(p, 8, solver);
    expect(r.solution.status).toBe('infeasible');
    expect(r.chosen).toEqual([]);
  });

  it.each([11, 12, 13, 14, 15])('random problem %d: fewest, then most, by brute force', (seed) => {
    const next = random(seed);
    const siteCount = 9;
    const p: CoveringProblem = {
      siteCount,
      weights: Array.from({ length: 30 }, () => 1 + Math.floor(next() * 100)),
      coverers: Array.from({ length: 30 }, () =>
        Array.from({ length: siteCount }, (_, j) => j).filter(() => next() < 0.25),
      ),
    };
    const reachable = coveredBy(p, (1 << siteCount) - 1);
    const target = Math.floor(reachable * 0.8);
    let fewest = Number.POSITIVE_INFINITY;
    let most = 0;
    for (let mask = 0; mask < 1 << siteCount; mask++) {
      const c = coveredBy(p, mask);
      if (c < target) continue;
      const n = popcount(mask);
      if (n < fewest) {
        fewest = n;
        most = c;
      } else if (n === fewest) most = Math.max(most, c);
    }
    const r = setCovering(p, target, solver);
    expect(r.chosen).toHaveLength(fewest);
    expect(r.covered).toBe(most);
    expect(coveredBy(p, maskOfSites(r.chosen))).toBe(most);
  });
});

describe('pMedian', () => {
  // Three places on a line at 0, 1 and 10 km, weights 1, 1, 5; a site at each place.
  const at = [0, 1, 10];
  const line: MedianProblem = {
    siteCount: 3,
    weights: [1, 1, 5],
    distances: at.map((x) => at.map((y) => Math.abs(x - y))),
    openDistance: [Infinity, Infinity, Infinity],
  };

  it('one site: costs 51, 46 and 19 by hand, so the one at 10 km', () => {
    const r = pMedian(line, 1, solver);
    expect(r.chosen).toEqual([2]);
    expect(r.weightedDistance).toBe(19);
    expect(r.solution.status).toBe('optimal');
  });

  it('two sites: a tie between {0, 10} and {1, 10}, both cost 1', () => {
    const r = pMedian(line, 2, solver);
    expect([
      [0, 2],
      [1, 2],
    ]).toContainEqual(r.chosen);
    expect(r.weightedDistance).toBe(1);
  });

  it('a node already open at 10 km: one more site costs 1 either way', () => {
    const r = pMedian({ ...line, openDistance: [10, 9, 0] }, 1, solver);
    expect([[0], [1]]).toContainEqual(r.chosen);
    expect(r.weightedDistance).toBe(1);
  });

  it('a forced site is opened even when it is the worst', () => {
    const r = pMedian({ ...line, forced: new Set([0]) }, 1, solver);
    expect(r.chosen).toEqual([0]);
    expect(r.weightedDistance).toBe(51);
  });

  it('demand of weight 0 changes nothing', () => {
    const padded: MedianProblem = {
      ...line,
      weights: [...line.weights, 0, 0, 0],
      distances: [...line.distances, [0, 50, 50], [0, 50, 50], [0, 50, 50]],
      openDistance: [...line.openDistance, Infinity, Infinity, Infinity],
    };
    const r = pMedian(padded, 1, solver);
    expect(r.chosen).toEqual([2]);
    expect(r.weightedDistance).toBe(19);
  });

  it.each([21, 22, 23, 24])('random problem %d: the brute-force optimum', (seed) => {
    const next = random(seed);
    const siteCount = 8;
    const points = Array.from({ length: 25 }, () => [next() * 100, next() * 100]);
    const sites = Array.from({ length: siteCount }, () => [next() * 100, next() * 100]);
    const open = [next() * 100, next() * 100];
    const d = (p: number[], q: number[]) =>
      Math.hypot((p[0] as number) - (q[0] as number), (p[1] as number) - (q[1] as number));
    const p: MedianProblem = {
      siteCount,
      weights: points.map(() => Math.floor(next() * 50)),
      distances: points.map((pt) => sites.map((s) => d(pt, s))),
      openDistance: points.map((pt) => (seed % 2 ? d(pt, open) : Infinity)),
    };
    const count = 2 + (seed % 3);
    let best = Number.POSITIVE_INFINITY;
    forEachSubset((1 << siteCount) - 1, count, (mask) => {
      let total = 0;
      p.weights.forEach((w, i) => {
        let nearest = p.openDistance[i] as number;
        for (let j = 0; j < siteCount; j++) {
          if (mask & (1 << j)) nearest = Math.min(nearest, p.distances[i]?.[j] as number);
        }
        total += w * nearest;
      });
      best = Math.min(best, total);
    });
    const r = pMedian(p, count, solver);
    expect(r.chosen).toHaveLength(count);
    expect(Math.abs(r.weightedDistance - best)).toBeLessThanOrEqual(1e-9 * best);
  });
});

describe('minimum set on the committed data at 50 km', () => {
  const total = 3_060_071;

  it('99.9 % cannot be met: all 20 nodes reach 2,934,415 of 3,060,071 people', () => {
    const everyone = populationMeasure(fx, 50).value((1 << 18) - 1);
    expect(everyone).toBe(2_934_415);
    expect(fx.totalPopulation).toBe(total);
    const answer = fx.session.minimumSet({ radiusKm: 50, targetPercent: 99.9 });
    expect(answer).toMatchObject({ ok: false, issue: { code: 'target-unreachable' } });
    const issue = !answer.ok && 'issue' in answer ? answer.issue : undefined;
    expect(issue?.code === 'target-unreachable' && issue.reachableShare).toBeCloseTo(
      everyone / total,
      12,
    );
    expect(issue?.code === 'target-unreachable' && issue.targetShare).toBeCloseTo(0.999, 12);
  });

  it('90 %: the set reaches it, no set of one node fewer does, none of its size covers more', () => {
    const m = populationMeasure(fx, 50);
    const answer = fx.session.minimumSet({ radiusKm: 50, targetPercent: 90 });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const { nodes, fixed, measured, share, optimal, gap } = answer.value;
    expect(fixed).toEqual(['bishkek', 'osh']);
    const chosen = maskOf(fx.candidates, nodes);
    const covered = m.value(chosen);
    expect(covered).toBeGreaterThanOrEqual(0.9 * total);
    expect(measured.coveredPopulation).toBe(covered);
    expect(share).toBeCloseTo(covered / total, 12);
    expect(optimal).toBe(true);
    expect(gap).toBeLessThanOrEqual(1e-9);

    const n = nodes.length;
    let fewerReaching = 0;
    let fewerVisited = 0;
    forEachSubset((1 << 18) - 1, n - 1, (mask) => {
      fewerVisited++;
      if (m.value(mask) >= 0.9 * total) fewerReaching++;
    });
    expect(fewerVisited).toBeGreaterThan(0);
    expect(fewerReaching).toBe(0);
    let most = 0;
    forEachSubset((1 << 18) - 1, n, (mask) => {
      most = Math.max(most, m.value(mask));
    });
    expect(covered).toBe(most);
  });

  /** The fewest candidates (of `allowed`) reaching `target`, and the most that many cover. */
  function fewestThenMost(m: Measure, target: number, allowed = (1 << 18) - 1) {
    for (let n = 0; n <= 18; n++) {
      let most = Number.NEGATIVE_INFINITY;
      forEachSubset(allowed, n, (mask) => {
        most = Math.max(most, m.value(mask));
      });
      if (most >= target) return { n, most };
    }
    return { n: Number.NaN, most: Number.NaN };
  }

  it('90 % without Karakol and Jalal-Abad: fewest and most by brute force, neither chosen', () => {
    const excluded = ['karakol', 'jalal-abad'];
    const answer = fx.session.minimumSet({ radiusKm: 50, targetPercent: 90, excluded });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    for (const id of excluded) expect(answer.value.nodes).not.toContain(id);
    const m = populationMeasure(fx, 50);
    const want = fewestThenMost(m, 0.9 * total, ((1 << 18) - 1) & ~maskOf(fx.candidates, excluded));
    expect(answer.value.nodes).toHaveLength(want.n);
    expect(m.value(maskOf(fx.candidates, answer.value.nodes))).toBe(want.most);
    expect(answer.value.measured.coveredPopulation).toBe(want.most);
  });

  it('40 % of the grid km²: fewest and most by brute force', () => {
    const world = planningWorld(fx.wc);
    const m = coverMeasure(
      fx,
      world.grid.map((c) => ({ weight: c.areaKm2, lonLat: c.lonLat })),
      50,
    );
    const area = world.grid.reduce((s, c) => s + c.areaKm2, 0);
    const answer = fx.session.minimumSet({ radiusKm: 50, targetPercent: 40, objective: 'area' });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const want = fewestThenMost(m, 0.4 * area);
    expect(want.n).toBeGreaterThan(1);
    expect(answer.value.nodes).toHaveLength(want.n);
    const got = m.value(maskOf(fx.candidates, answer.value.nodes));
    expect(got).toBeCloseTo(want.most, 6);
    expect(answer.value.measured.gridAreaKm2).toBeCloseTo(want.most, 6);
    expect(answer.value.share).toBeCloseTo(want.most / area, 9);
  });

  it('a target Bishkek and Osh already meet needs no extra node', () => {
    // 1,898,910 of 3,060,071 = 62.05 %.
    const answer = fx.session.minimumSet({ radiusKm: 50, targetPercent: 60 });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    expect(answer.value.nodes).toEqual([]);
    expect(answer.value.measured.coveredPopulation).toBe(1_898_910);
  });
});
