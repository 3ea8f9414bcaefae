// The Huff pull against its formula, P(i→j) = A_j / d_ij^β ÷ Σ_k A_k / d_ik^β with A = population^α
// and d floored at minDistanceKm: hand-made points with known distances, then the session's
// gravity() with a foreign city of our own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/analysis/types';
import { type Attractor, type HuffParams, huffPull } from '../../../src/planning/huff-gravity';
import type { GravityAnswer } from '../../../src/planning/planning-session';
import { createPlanningSession } from '../../../src/planning/planning-session';
import { haversineKm, loadPlanningFixture, type PlanningFixture } from './planning-test-kit';

const params: HuffParams = { alpha: 1, beta: 2, minDistanceKm: 1 };
const attractor = (
  id: string,
  country: Attractor['country'],
  population: number,
  lonLat: LonLat,
): Attractor => ({ id, country, population, lonLat });

/** The formula, written out: each attractor's probability for a settlement at `at`. */
function huffByFormula(at: LonLat, attractors: readonly Attractor[], p: HuffParams): number[] {
  const pulls = attractors.map(
    (a) => a.population ** p.alpha / Math.max(p.minDistanceKm, haversineKm(at, a.lonLat)) ** p.beta,
  );
  const total = pulls.reduce((s, x) => s + x, 0);
  return pulls.map((x) => x / total);
}

describe('huffPull on hand-made points', () => {
  // On a meridian great-circle distance is proportional to the difference in latitude.
  const home: LonLat = [75, 41];

  it('equal towns, one twice as far, β = 2: the far one gets 1/(1 + 4) = 1/5', () => {
    expect(haversineKm(home, [75, 41.2]) / haversineKm(home, [75, 41.1])).toBeCloseTo(2, 12);
    const [pull] = huffPull(
      [{ id: 's', lonLat: home }],
      [attractor('near', 'KG', 100, [75, 41.1]), attractor('far', 'UZ', 100, [75, 41.2])],
      params,
    );
    expect(pull?.foreignShare).toBeCloseTo(1 / 5, 12);
    expect(pull?.byCountry.KG).toBeCloseTo(4 / 5, 12);
    expect(pull?.topAttractor).toBe('near');
    expect(pull?.topAttractorCountry).toBe('KG');
  });

  it('β = 1: the far one gets 1/(1 + 2) = 1/3; β = 3: 1/(1 + 8) = 1/9', () => {
    const towns = [
      attractor('near', 'KG', 100, [75, 41.1]),
      attractor('far', 'TJ', 100, [75, 41.2]),
    ];
    const [b1] = huffPull([{ id: 's', lonLat: home }], towns, { ...params, beta: 1 });
    const [b3] = huffPull([{ id: 's', lonLat: home }], towns, { ...params, beta: 3 });
    expect(b1?.byCountry.TJ).toBeCloseTo(1 / 3, 12);
    expect(b3?.byCountry.TJ).toBeCloseTo(1 / 9, 12);
  });

  it('α weighs population as population^α', () => {
    // Equidistant towns of 100 and 400 people: α = 1 → 1 : 4; α = 0.5 → 10 : 20; α = 2 → 1 : 16.
    const towns = [
      attractor('small', 'KG', 100, [75, 41.1]),
      attractor('big', 'KZ', 400, [75, 40.9]),
    ];
    expect(haversineKm(home, [75, 41.1])).toBeCloseTo(haversineKm(home, [75, 40.9]), 9);
    const share = (alpha: number) =>
      huffPull([{ id: 's', lonLat: home }], towns, { ...params, alpha })[0]?.byCountry.KZ;
    expect(share(1)).toBeCloseTo(4 / 5, 12);
    expect(share(0.5)).toBeCloseTo(2 / 3, 12);
    expect(share(2)).toBeCloseTo(16 / 17, 12);
  });

  it("a settlement at an attractor's exact point counts minDistanceKm, not 0", () => {
    const d = haversineKm(home, [75, 41.1]); // 11.1195 km
    const towns = [attractor('here', 'KG', 100, home), attractor('there', 'CN', 100, [75, 41.1])];
    for (const minDistanceKm of [1, 2, 5]) {
      const [pull] = huffPull([{ id: 's', lonLat: home }], towns, { ...params, minDistanceKm });
      const here = 100 / minDistanceKm ** 2;
      const there = 100 / d ** 2;
      expect(pull?.byCountry.KG).toBeCloseTo(here / (here + there), 12);
      expect(Number.isFinite(pull?.foreignShare)).toBe(true);
    }
    // Nearer than the floor counts as the floor too: 0.5 km away pulls as if 1 km away.
    const half: LonLat = [75, 41 + 0.5 / 111.19508];
    expect(haversineKm(half, home)).toBeCloseTo(0.5, 6);
    const [near] = huffPull([{ id: 's', lonLat: half }], towns, params);
    const there = 100 / haversineKm(half, [75, 41.1]) ** 2;
    expect(near?.byCountry.KG).toBeCloseTo(100 / (100 + there), 12);
  });

  it("each settlement's shares sum to 1, match the formula, and the top attractor is the largest", () => {
    const towns = [
      attractor('bishkek', 'KG', 900_000, [74.59, 42.87]),
      attractor('osh', 'KG', 322_000, [72.8, 40.53]),
      attractor('andijan', 'UZ', 450_000, [72.34, 40.78]),
      attractor('khujand', 'TJ', 180_000, [69.62, 40.28]),
      attractor('almaty', 'KZ', 2_000_000, [76.93, 43.25]),
      attractor('kashgar', 'CN', 500_000, [75.99, 39.47]),
    ];
    const places: LonLat[] = [
      [72.13, 40.26],
      [69.53, 39.84],
      [75.3, 42.84],
      [78.39, 42.49],
      [75.99, 41.43],
      [72.8, 40.53],
    ];
    const p: HuffParams = { alpha: 1.3, beta: 1.7, minDistanceKm: 2 };
    const pulls = huffPull(
      places.map((lonLat, i) => ({ id: `p${i}`, lonLat })),
      towns,
      p,
    );
    pulls.forEach((pull, i) => {
      const shares = huffByFormula(places[i] as LonLat, towns, p);
      const sum = Object.values(pull.byCountry).reduce((s, x) => s + x, 0);
      expect(sum).toBeCloseTo(1, 12);
      for (const country of ['KG', 'UZ', 'TJ', 'KZ', 'CN'] as const) {
        const mine = towns.reduce(
          (s, t, j) => s + (t.country === country ? (shares[j] ?? 0) : 0),
          0,
        );
        expect(pull.byCountry[country] ?? 0).toBeCloseTo(mine, 12);
      }
      expect(pull.foreignShare).toBeCloseTo(1 - (shares[0] ?? 0) - (shares[1] ?? 0), 12);
      const top = shares.indexOf(Math.max(...shares));
      expect(pull.topAttractor).toBe(towns[top]?.id);
      expect(pull.topAttractorCountry).toBe(towns[top]?.country);
    });
  });
});

describe('gravity() on the committed data with a foreign city of our own', () => {
  let fx: PlanningFixture;
  let answer: GravityAnswer;
  // Fergana, Uzbekistan: ~31 km west-north-west of Kyzyl-Kiya (Batken region).
  const fergana = attractor('uz-test', 'UZ', 1_000_000, [71.7843, 40.3864]);

  beforeAll(async () => {
    fx = await loadPlanningFixture();
    const session = createPlanningSession(
      fx.kit,
      { ...fx.input, foreignCities: [fergana] },
      fx.solver,
    );
    const got = session.gravity({});
    session.dispose();
    if (!got.ok) throw new Error(JSON.stringify(got));
    answer = got.value;
  });
  afterAll(() => fx.dispose());

  it('the foreign city is an attractor, with the defaults α = 1, β = 2, 1 km', () => {
    expect(answer.attractors).toContainEqual(fergana);
    expect(answer.params).toEqual({ alpha: 1, beta: 2, minDistanceKm: 1 });
  });

  it('a Batken settlement near it is pulled abroad more than a Chui one', () => {
    const share = (id: string) => answer.settlements.find((s) => s.id === id);
    const kyzylKiya = share('kyzyl-kyya');
    const kant = share('kant');
    expect(kyzylKiya?.region).toBe('batken');
    expect(kant?.region).toBe('chui');
    expect(haversineKm(fergana.lonLat, [72.12793, 40.25684])).toBeLessThan(35);
    expect(kyzylKiya?.foreignShare).toBeGreaterThan(kant?.foreignShare as number);
    expect(kyzylKiya?.foreignShare).toBeGreaterThan(0.1);
    expect(kant?.foreignShare).toBeLessThan(0.01);
  });

  it("every settlement's foreign share is the formula's over the answer's attractors", () => {
    expect(answer.settlements.map((s) => s.id)).toEqual(fx.wc.settlements.map((s) => s.id));
    answer.settlements.forEach((s, i) => {
      const at = fx.wc.settlements[i]?.lonLat as LonLat;
      const shares = huffByFormula(at, answer.attractors, params);
      const foreign = answer.attractors.reduce(
        (sum, a, j) => sum + (a.country === 'KG' ? 0 : (shares[j] ?? 0)),
        0,
      );
      expect(s.foreignShare).toBeCloseTo(foreign, 12);
      expect(s.population).toBe(fx.wc.settlements[i]?.population);
    });
  });

  it("a region's foreign share is the population-weighted mean of its settlements'", () => {
    const regions = [...new Set(fx.wc.settlements.map((s) => s.region))];
    expect(answer.regions.map((r) => r.region).sort()).toEqual([...regions].sort());
    for (const r of answer.regions) {
      const own = answer.settlements.filter((s) => s.region === r.region && s.population > 0);
      const people = own.reduce((s, x) => s + x.population, 0);
      expect(r.population).toBe(people);
      if (people === 0) expect(r.foreignShare).toBeNull();
      else
        expect(r.foreignShare).toBeCloseTo(
          own.reduce((s, x) => s + x.population * x.foreignShare, 0) / people,
          12,
        );
    }
    const batken = answer.regions.find((r) => r.region === 'batken')?.foreignShare as number;
    const chui = answer.regions.find((r) => r.region === 'chui')?.foreignShare as number;
    expect(batken).toBeGreaterThan(chui);
  });

  it('without foreign cities nobody is pulled abroad', () => {
    expect(fx.input.foreignCities).toEqual([]);
    const got = fx.session.gravity({});
    if (!got.ok) throw new Error(JSON.stringify(got));
    expect(Math.max(...got.value.settlements.map((s) => s.foreignShare))).toBeCloseTo(0, 12);
  });
});
