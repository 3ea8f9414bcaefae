// Where a node is missing: what one more node would add at every candidate site (the listed
// settlements and the grid), and the best k new sites together, solved exactly.
import type { CoverObjective } from '../vocabulary/planning';
import { type CoveringProblem, maximalCovering } from './maximal-covering';
import type { MipSolution, MipSolver } from './mip';
import { type Placed, type PlanningWorld, withinReach } from './planning-world';

/** A place a new node may stand: a listed settlement or a grid square's centre in the country. */
export interface CandidateSite extends Placed {
  /** The settlement's id, or null for a grid point. */
  settlement: string | null;
  /** Nearest listed settlement (the site's own for a settlement) and its region. */
  nearestSettlement: string;
  region: string | null;
}

export interface SiteGain {
  site: number;
  /** People of listed settlements within the radius not yet covered. */
  gainPopulation: number;
  /** km² of grid squares within the radius not yet covered. */
  gainAreaKm2: number;
}

/** Every listed settlement and every grid centre inside the country, each named after the nearest settlement. */
export function candidateSites(world: PlanningWorld): CandidateSite[] {
  const named = world.settlements;
  const nearest = (p: Placed) => {
    let best = named[0];
    let bestD = Number.POSITIVE_INFINITY;
    for (const s of named) {
      const d = (s.xy[0] - p.xy[0]) ** 2 + (s.xy[1] - p.xy[1]) ** 2;
      if (d < bestD) {
        bestD = d;
        best = s;
      }
    }
    return best;
  };
  const settlements = named.map((s) => ({
    lonLat: s.lonLat,
    xy: s.xy,
    settlement: s.id,
    nearestSettlement: s.id,
    region: s.region,
  }));
  const grid = world.grid
    .filter((c) => c.isSite)
    .map((c) => {
      const near = nearest(c);
      return {
        lonLat: c.lonLat,
        xy: c.xy,
        settlement: null,
        nearestSettlement: near?.id ?? '',
        region: c.region ?? near?.region ?? null,
      };
    });
  return [...settlements, ...grid];
}

/** The demand of an objective: listed settlements with population, or the grid's squares. */
function demandOf(world: PlanningWorld, objective: CoverObjective) {
  return objective === 'population'
    ? world.settlements
        .filter((s) => s.population > 0)
        .map((s) => ({ at: s as Placed, weight: s.population }))
    : world.grid.map((c) => ({ at: c as Placed, weight: c.areaKm2 }));
}

/** Weights of the demand the open nodes leave uncovered (0 where covered), with its points. */
function uncoveredDemand(
  world: PlanningWorld,
  open: readonly Placed[],
  radiusKm: number,
  objective: CoverObjective,
) {
  const demand = demandOf(world, objective);
  const points = demand.map((d) => d.at);
  const coveredBy = withinReach(points, open, radiusKm);
  return {
    points,
    weights: demand.map((d, i) => ((coveredBy[i] as number[]).length > 0 ? 0 : d.weight)),
  };
}

/**
 * The gain of one more node at each site, with the open nodes as they are.
 * @example
 * siteGains(world, sites, openNodes, 50)[0]; // { site: 0, gainPopulation: 12400, gainAreaKm2: 3100 }
 */
export function siteGains(
  world: PlanningWorld,
  sites: readonly CandidateSite[],
  open: readonly Placed[],
  radiusKm: number,
): SiteGain[] {
  const gains = sites.map((_, site) => ({ site, gainPopulation: 0, gainAreaKm2: 0 }));
  for (const objective of ['population', 'area'] as const) {
    const key = objective === 'population' ? 'gainPopulation' : 'gainAreaKm2';
    const { points, weights } = uncoveredDemand(world, open, radiusKm, objective);
    withinReach(points, sites, radiusKm).forEach((reach, i) => {
      const w = weights[i] as number;
      if (w > 0) for (const j of reach) (gains[j] as SiteGain)[key] += w;
    });
  }
  return gains;
}

/**
 * The ranked list: the best site per nearest settlement (a list of neighbouring grid points of one
 * place says nothing new), best first, ties broken by the other measure.
 */
export function topSites(
  sites: readonly CandidateSite[],
  gains: readonly SiteGain[],
  objective: CoverObjective,
  count: number,
): SiteGain[] {
  const main = (g: SiteGain) => (objective === 'population' ? g.gainPopulation : g.gainAreaKm2);
  const other = (g: SiteGain) => (objective === 'population' ? g.gainAreaKm2 : g.gainPopulation);
  const ranked = [...gains]
    .filter((g) => main(g) > 0)
    .sort((a, b) => main(b) - main(a) || other(b) - other(a) || a.site - b.site);
  const seen = new Set<string>();
  const top: SiteGain[] = [];
  for (const g of ranked) {
    const place = (sites[g.site] as CandidateSite).nearestSettlement;
    if (seen.has(place)) continue;
    seen.add(place);
    top.push(g);
    if (top.length === count) break;
  }
  return top;
}

export interface BestSites {
  /** The chosen sites in the order that explains them: each gain is on top of those before. */
  sites: SiteGain[];
  /** Total gain of the k sites together, in the objective's unit. */
  gain: number;
  solution: MipSolution;
}

/**
 * The best `count` new sites together (maximal covering over every site), exact.
 * @example
 * bestSites(world, sites, openNodes, 50, 3, 'population', solver).sites.map((s) => s.site);
 */
export function bestSites(
  world: PlanningWorld,
  sites: readonly CandidateSite[],
  open: readonly Placed[],
  radiusKm: number,
  count: number,
  objective: CoverObjective,
  solver: MipSolver,
): BestSites {
  const { points, weights } = uncoveredDemand(world, open, radiusKm, objective);
  const problem: CoveringProblem = {
    siteCount: sites.length,
    weights,
    coverers: withinReach(points, sites, radiusKm),
  };
  const result = maximalCovering(problem, count, solver);
  // Explain: order the chosen sites greedily, each gain measured on top of the ones before.
  const ordered: SiteGain[] = [];
  let placed: Placed[] = [...open];
  const left = [...result.chosen];
  while (left.length > 0) {
    const gains = siteGains(
      world,
      left.map((j) => sites[j] as CandidateSite),
      placed,
      radiusKm,
    ).map((g) => ({ ...g, site: left[g.site] as number }));
    const main = (g: SiteGain) => (objective === 'population' ? g.gainPopulation : g.gainAreaKm2);
    gains.sort((a, b) => main(b) - main(a) || a.site - b.site);
    const best = gains[0] as SiteGain;
    ordered.push(best);
    placed = [...placed, sites[best.site] as CandidateSite];
    left.splice(left.indexOf(best.site), 1);
  }
  return { sites: ordered, gain: result.covered, solution: result.solution };
}
