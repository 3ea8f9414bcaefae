// Shared fixtures and INDEPENDENT references for the planning tests: a haversine of our own, one
// GEOS + HiGHS load over the committed geodata, the nodes placed as the analysis places them, and
// exhaustive search over k-subsets (the answer the solver's optimum is checked against).
import { readPlanningInput } from '../../../scripts/analyze-input';
import { type GeosKit, loadGeos } from '../../../src/analysis/geos';
import { placeInCountry } from '../../../src/analysis/node-placement';
import type { LonLat } from '../../../src/analysis/types';
import { createWorkingCopy, type WorkingCopy } from '../../../src/analysis/working-copy';
import { createHighsSolver, loadHighs } from '../../../src/planning/highs-solver';
import {
  createPlanningSession,
  type PlanningInput,
  type PlanningSession,
} from '../../../src/planning/planning-session';
import type { PlanningNode } from '../../../src/planning/staging';

export const R_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Haversine great-circle distance (km) on the mean sphere. */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  const lat1 = (a[1] as number) * RAD;
  const lat2 = (b[1] as number) * RAD;
  const dLat = lat2 - lat1;
  const dLon = ((b[0] as number) - (a[0] as number)) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** §5.1: open from the start, never staged. */
export const FIXED = ['bishkek', 'osh'] as const;

export interface PlanningFixture {
  kit: GeosKit;
  /** The committed planning input without the neighbours' cities. */
  input: PlanningInput;
  solver: ReturnType<typeof createHighsSolver>;
  session: PlanningSession;
  /** A working copy of our own, for the settlements' analysis positions and node placement. */
  wc: WorkingCopy;
  /** The 20 Concept nodes placed with `placeInCountry`, in the input's order. */
  nodes: PlanningNode[];
  fixedNodes: PlanningNode[];
  /** The 18 nodes to stage, in the input's order (bit j of a subset mask is candidates[j]). */
  candidates: PlanningNode[];
  /** Listed settlements with population, at their analysis positions. */
  people: { id: string; region: string; population: number; lonLat: LonLat }[];
  totalPopulation: number;
  dispose(): void;
}

export async function loadPlanningFixture(): Promise<PlanningFixture> {
  const kit = await loadGeos();
  const input: PlanningInput = { ...readPlanningInput(), foreignCities: [] };
  const solver = createHighsSolver(await loadHighs());
  const session = createPlanningSession(kit, input, solver);
  const wc = createWorkingCopy(kit, input);
  const nodes: PlanningNode[] = input.growthNodes.map((g) => {
    const placed = placeInCountry(wc, g.coordinates as LonLat);
    return { id: g.id, lonLat: placed.lonLat, xy: placed.xy, region: g.region };
  });
  const isFixed = (id: string) => (FIXED as readonly string[]).includes(id);
  const people = wc.settlements
    .filter((s) => s.population > 0)
    .map((s) => ({ id: s.id, region: s.region, population: s.population, lonLat: s.lonLat }));
  return {
    kit,
    input,
    solver,
    session,
    wc,
    nodes,
    fixedNodes: nodes.filter((n) => isFixed(n.id)),
    candidates: nodes.filter((n) => !isFixed(n.id)),
    people,
    totalPopulation: people.reduce((s, p) => s + p.population, 0),
    dispose() {
      session.dispose();
      wc.dispose();
    },
  };
}

export function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/** Calls `visit` with every k-subset of the bits in `allowed` that holds all of `required`. */
export function forEachSubset(
  allowed: number,
  k: number,
  visit: (mask: number) => void,
  required = 0,
): void {
  if ((required & ~allowed) !== 0) return;
  const top = 1 << (32 - Math.clz32(allowed));
  for (let mask = 0; mask < top; mask++) {
    if ((mask & ~allowed) !== 0 || (mask & required) !== required) continue;
    if (popcount(mask) === k) visit(mask);
  }
}

/** Number of k-subsets of n things. */
export function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return Math.round(c);
}

/** The mask of these ids among `candidates`. */
export function maskOf(candidates: readonly { id: string }[], ids: readonly string[]): number {
  let mask = 0;
  for (const id of ids) {
    const j = candidates.findIndex((c) => c.id === id);
    if (j < 0) throw new Error(`no candidate ${id}`);
    mask |= 1 << j;
  }
  return mask;
}

export function idsOf(candidates: readonly { id: string }[], mask: number): string[] {
  return candidates.flatMap((c, j) => (mask & (1 << j) ? [c.id] : []));
}

/** An objective's value of "fixed nodes + the candidates in `mask`", from the data alone. */
export interface Measure {
  value(mask: number): number;
  /** +1: larger is better; −1: smaller is better. */
  sense: 1 | -1;
}

/**
 * Weight within `radiusKm` (haversine) of a fixed node or an opened candidate; the demand points
 * are merged by which candidates reach them, so a subset is measured in a few operations.
 */
export function coverMeasure(
  fx: PlanningFixture,
  demand: readonly { weight: number; lonLat: LonLat }[],
  radiusKm: number,
): Measure {
  let base = 0;
  const byMask = new Map<number, number>();
  for (const d of demand) {
    if (d.weight <= 0) continue;
    if (fx.fixedNodes.some((n) => haversineKm(d.lonLat, n.lonLat) <= radiusKm)) {
      base += d.weight;
      continue;
    }
    let mask = 0;
    fx.candidates.forEach((n, j) => {
      if (haversineKm(d.lonLat, n.lonLat) <= radiusKm) mask |= 1 << j;
    });
    if (mask) byMask.set(mask, (byMask.get(mask) ?? 0) + d.weight);
  }
  const masks = [...byMask.keys()];
  const weights = [...byMask.values()];
  return {
    sense: 1,
    value(open) {
      let total = base;
      for (let i = 0; i < masks.length; i++) {
        if ((masks[i] as number) & open) total += weights[i] as number;
      }
      return total;
    },
  };
}

/** People of listed settlements within `radiusKm` of a fixed node or an opened candidate. */
export const populationMeasure = (fx: PlanningFixture, radiusKm: number) =>
  coverMeasure(
    fx,
    fx.people.map((p) => ({ weight: p.population, lonLat: p.lonLat })),
    radiusKm,
  );
