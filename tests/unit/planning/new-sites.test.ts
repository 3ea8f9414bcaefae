// Where one more node would gain most, against a brute-force scan: every candidate site's gain
// recomputed by our own haversine from the uncovered settlements and grid squares; the best pair
// of sites by exhaustive search; the grid itself against turf's area and point-in-polygon.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LonLat } from '../../../src/analysis/types';
import type { SiteSurfaceAnswer } from '../../../src/planning/planning-session';
import { type PlanningWorld, planningWorld } from '../../../src/planning/planning-world';
import { haversineKm, loadPlanningFixture, type PlanningFixture } from './planning-test-kit';

const country = (
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../../geodata/boundaries/country.geojson', import.meta.url)),
      'utf8',
    ),
  ) as FeatureCollection<Polygon>
).features[0] as Feature<Polygon>;

let fx: PlanningFixture;
let world: PlanningWorld;

beforeAll(async () => {
  fx = await loadPlanningFixture();
  world = planningWorld(fx.wc);
});
afterAll(() => fx.dispose());

/** Degrees of latitude a great-circle distance of `km` spans at most (a cheap pre-filter). */
const latSpan = (km: number) => (km / 6371.0088) * (180 / Math.PI) + 1e-9;

/** Demand left uncovered by all 20 Concept nodes at `radiusKm`. */
function uncovered(demand: { weight: number; lonLat: LonLat }[], radiusKm: number) {
  return demand.filter(
    (d) => d.weight > 0 && fx.nodes.every((n) => haversineKm(d.lonLat, n.lonLat) > radiusKm),
  );
}

/** Per site: the uncovered weight within `radiusKm`, and the indices of that demand. */
function gainsByScan(
  sites: readonly { lonLat: LonLat }[],
  demand: { weight: number; lonLat: LonLat }[],
  radiusKm: number,
) {
  const span = latSpan(radiusKm);
  return sites.map((s) => {
    let gain = 0;
    const reached: number[] = [];
    demand.forEach((d, i) => {
      if (Math.abs(d.lonLat[1] - s.lonLat[1]) > span) return;
      if (haversineKm(s.lonLat, d.lonLat) <= radiusKm) {
        gain += d.weight;
        reached.push(i);
      }
    });
    return { gain, reached };
  });
}

const peopleDemand = () => fx.people.map((p) => ({ weight: p.population, lonLat: p.lonLat }));
const gridDemand = () => world.grid.map((c) => ({ weight: c.areaKm2, lonLat: c.lonLat }));

describe('the gain of one more node at every site, 50 km', () => {
  let surface: SiteSurfaceAnswer;
  let population: number[];
  beforeAll(() => {
    const answer = fx.session.siteSurface({ radiusKm: 50 });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    surface = answer.value;
    population = gainsByScan(surface.sites, uncovered(peopleDemand(), 50), 50).map((g) => g.gain);
  });

  it('the sites are every listed settlement and every grid centre inside the country', () => {
    const settlements = surface.sites.filter((s) => s.settlement !== null);
    expect(settlements.map((s) => s.settlement)).toEqual(fx.wc.settlements.map((s) => s.id));
    settlements.forEach((s, i) => {
      expect(s.lonLat).toEqual(fx.wc.settlements[i]?.lonLat);
    });
    const gridSites = surface.sites.filter((s) => s.settlement === null);
    expect(gridSites).toHaveLength(world.grid.filter((c) => c.isSite).length);
    expect(surface.gridSpacingKm).toBe(10);
  });

  it("every site's population gain is what a scan of the uncovered settlements finds", () => {
    // 3,060,071 − 2,934,415 people are left uncovered by the 20 nodes.
    const left = uncovered(peopleDemand(), 50).reduce((s, d) => s + d.weight, 0);
    expect(left).toBe(3_060_071 - 2_934_415);
    expect(surface.gains.map((g) => g.site)).toEqual(surface.sites.map((_, j) => j));
    expect(surface.gains.map((g) => g.gainPopulation)).toEqual(population);
    expect(Math.max(...population)).toBeGreaterThan(0);
  });

  it("every site's area gain is what a scan of the uncovered grid squares finds", () => {
    const area = gainsByScan(surface.sites, uncovered(gridDemand(), 50), 50).map((g) => g.gain);
    const off = surface.gains.map((g, j) => Math.abs(g.gainAreaKm2 - (area[j] as number)));
    expect(Math.max(...off)).toBeLessThan(1e-6);
  });

  it('the top site has the largest gain; the list is ranked, one site per place', () => {
    const best = Math.max(...population);
    const top = surface.top;
    expect(top).toHaveLength(10);
    expect(top[0]?.gainPopulation).toBe(best);
    expect(population[top[0]?.site as number]).toBe(best);
    for (let k = 1; k < top.length; k++) {
      expect(top[k]?.gainPopulation).toBeLessThanOrEqual(top[k - 1]?.gainPopulation as number);
    }
    const places = top.map((g) => surface.sites[g.site]?.nearestSettlement);
    expect(new Set(places).size).toBe(top.length);
  });

  it("each site's nearest settlement is the nearest by great circle (within 0.1 km)", () => {
    const near = surface.sites.map((s) => {
      const named = fx.wc.settlements.find((t) => t.id === s.nearestSettlement);
      const nearest = Math.min(...fx.wc.settlements.map((t) => haversineKm(s.lonLat, t.lonLat)));
      return haversineKm(s.lonLat, named?.lonLat ?? [0, 0]) - nearest;
    });
    expect(Math.max(...near)).toBeLessThan(0.1);
  });

  it('the best single new site gains the largest single gain', () => {
    const answer = fx.session.bestSites({ radiusKm: 50, count: 1 });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const best = Math.max(...population);
    expect(answer.value.gain).toBe(best);
    expect(answer.value.chosen).toHaveLength(1);
    const [site] = answer.value.chosen;
    expect(site?.gainPopulation).toBe(best);
    expect(population[site?.site as number]).toBe(best);
    expect(answer.value.optimal).toBe(true);
    expect(answer.value.gap).toBeLessThanOrEqual(1e-9);
  });
});

describe('new sites with only the fixed nodes open', () => {
  it('with only Bishkek and Osh open, the gains are over what those two leave', () => {
    const open = fx.fixedNodes;
    const answer = fx.session.siteSurface({ radiusKm: 40 }, { nodeIds: open.map((n) => n.id) });
    if (!answer.ok) throw new Error(JSON.stringify(answer));
    const demand = peopleDemand().filter((d) =>
      open.every((n) => haversineKm(d.lonLat, n.lonLat) > 40),
    );
    const mine = gainsByScan(answer.value.sites, demand, 40).map((g) => g.gain);
    expect(answer.value.gains.map((g) => g.gainPopulation)).toEqual(mine);
    expect(answer.value.top[0]?.gainPopulation).toBe(Math.max(...mine));
  });
});

/**
 * The best gain of two sites together by exhaustive search: every pair (a, b) is worth
 * gain(a) + gain(b) − what both reach; pairs are visited in order of gain(a) + gain(b), an upper
 * bound of their worth, so stopping once the bound is below the best found is still exact.
 */
function bestPairByScan(scan: { gain: number; reached: number[] }[], demand: { weight: number }[]) {
  const order = scan.map((_, j) => j).sort((a, b) => (scan[b]?.gain ?? 0) - (scan[a]?.gain ?? 0));
  const gainAt = (k: number) => scan[order[k] as number]?.gain ?? 0;
  let best = 0;
  let pairs = 0;
  const both = new Uint8Array(demand.length);
  for (let x = 0; x < order.length && gainAt(x) + gainAt(x + 1) > best; x++) {
    const a = scan[order[x] as number] as (typeof scan)[number];
    for (const i of a.reached) both[i] = 1;
    for (let y = x + 1; y < order.length && a.gain + gainAt(y) > best; y++) {
      const b = scan[order[y] as number] as (typeof scan)[number];
      pairs++;
      let shared = 0;
      for (const i of b.reached) if (both[i]) shared += demand[i]?.weight ?? 0;
      best = Math.max(best, a.gain + b.gain - shared);
    }
    for (const i of a.reached) both[i] = 0;
  }
  return { best, pairs };
}

describe('the best two new sites together', () => {
  it.each([
    { objective: 'population', radiusKm: 30 },
    { objective: 'area', radiusKm: 30 },
  ] as const)(
    'by $objective at $radiusKm km: the optimum of every pair of sites',
    ({ objective, radiusKm }) => {
      const answer = fx.session.bestSites({ radiusKm, count: 2, objective });
      if (!answer.ok) throw new Error(JSON.stringify(answer));
      const demand = uncovered(
        objective === 'population' ? peopleDemand() : gridDemand(),
        radiusKm,
      );
      const all = fx.session.siteSurface({ radiusKm });
      if (!all.ok) throw new Error(JSON.stringify(all));
      const scan = gainsByScan(all.value.sites, demand, radiusKm);
      const { best, pairs } = bestPairByScan(scan, demand);
      expect(pairs).toBeGreaterThan(0);
      const close = (got: number | undefined) =>
        expect(Math.abs((got ?? Number.NaN) - best)).toBeLessThanOrEqual(1e-6 * best);
      // The pair the engine chose, measured by the scan, and the gain it reports.
      const sites = answer.value.chosen.map((c) => c.place);
      expect(sites).toHaveLength(2);
      const reached = new Set(gainsByScan(sites, demand, radiusKm).flatMap((g) => g.reached));
      close([...reached].reduce((s, i) => s + (demand[i]?.weight ?? 0), 0));
      close(answer.value.gain);
      // Explained in order: the first site's own gain, then what the second adds on top.
      const [first, second] = answer.value.chosen;
      const gainOf = (g: typeof first) =>
        (objective === 'population' ? g?.gainPopulation : g?.gainAreaKm2) ?? Number.NaN;
      close(gainOf(first) + gainOf(second));
      expect(Math.abs(gainOf(first) - (scan[first?.site as number]?.gain ?? 0))).toBeLessThan(1e-6);
      expect(answer.value.optimal).toBe(true);
      expect(answer.value.gap).toBeLessThanOrEqual(1e-9);
    },
  );
});

describe('the equal-area grid of candidate sites', () => {
  it("its squares' km² add up to the country's area (turf, within 0.5 %)", () => {
    const sum = world.grid.reduce((s, c) => s + c.areaKm2, 0);
    const turf = turfArea(country) / 1e6;
    expect(Math.abs(sum - turf) / turf).toBeLessThan(0.005);
    expect(Math.abs(world.countryAreaKm2 - turf) / turf).toBeLessThan(0.005);
    for (const c of world.grid) {
      expect(c.areaKm2).toBeGreaterThanOrEqual(0);
      expect(c.areaKm2).toBeLessThanOrEqual(100 + 1e-9);
    }
  });

  it('a site is a centre inside the country polygon, and only then', () => {
    const wrong = world.grid.filter((c) => c.isSite !== booleanPointInPolygon(c.lonLat, country));
    expect(wrong.map((c) => c.lonLat)).toEqual([]);
    expect(world.grid.filter((c) => c.isSite).length).toBeGreaterThan(1500);
  });

  it('neighbouring centres are 10 km apart by great circle (within 1 %)', () => {
    const cells = world.grid;
    const span = latSpan(15);
    const nearest = cells.map((c, i) => {
      let best = Number.POSITIVE_INFINITY;
      cells.forEach((d, k) => {
        if (k === i || Math.abs(d.lonLat[1] - c.lonLat[1]) > span) return;
        best = Math.min(best, haversineKm(c.lonLat, d.lonLat));
      });
      return best;
    });
    expect(Math.min(...nearest)).toBeGreaterThan(9.9);
    expect(Math.max(...nearest)).toBeLessThan(10.1);
  });

  it('no point of the country is further than half a diagonal from a centre', () => {
    // A lon/lat sample of the country every 0.1°: each point lies in some square.
    const reach = 5 * Math.SQRT2 * 1.01;
    const span = latSpan(reach);
    let sampled = 0;
    const far: number[][] = [];
    for (let lon = 69.25; lon < 80.3; lon += 0.1) {
      for (let lat = 39.15; lat < 43.3; lat += 0.1) {
        const p: LonLat = [lon, lat];
        if (!booleanPointInPolygon(p, country)) continue;
        sampled++;
        const near = world.grid.some(
          (c) => Math.abs(c.lonLat[1] - lat) <= span && haversineKm(p, c.lonLat) <= reach,
        );
        if (!near) far.push(p);
      }
    }
    expect(sampled).toBeGreaterThan(1000);
    expect(far).toEqual([]);
  });
});
