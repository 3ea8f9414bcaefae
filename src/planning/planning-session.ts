// The planning engine over the analysis's working copy: staging, a minimum set, new sites and
// the pull abroad, each a pure answer to one request. The worker and the CLI hold one session.
import { catchmentCircle } from '../analysis/catchment-circle';
import type { GeosKit } from '../analysis/geos';
import { greatCircleKm } from '../analysis/great-circle';
import { createNodeOverridesReader } from '../analysis/node-overrides';
import { placeInCountry } from '../analysis/node-placement';
import { AnalysisParamsError } from '../analysis/params';
import type { AnalysisInput, LonLat, NodeOverrides } from '../analysis/types';
import { createWorkingCopy, type WorkingCopy } from '../analysis/working-copy';
import { DEFAULT_ZONE_DEPTH_KM, type ZONE_NEIGHBOURS } from '../vocabulary/analysis-params';
import type { CoverObjective } from '../vocabulary/planning';
import type { Stage } from '../vocabulary/scenario';
import { type Attractor, huffPull, type SettlementPull } from './huff-gravity';
import { coveredWeight, setCovering } from './maximal-covering';
import type { MipSolution, MipSolver } from './mip';
import {
  bestSites,
  type CandidateSite,
  candidateSites,
  type SiteGain,
  siteGains,
  topSites,
} from './new-sites';
import { PlanningError, type PlanningIssue } from './planning-error';
import {
  type GravityRequest,
  gravityRequestSchema,
  type MinimumSetRequest,
  minimumSetRequestSchema,
  parseRequest,
  type SitesRequest,
  type StagesRequest,
  sitesRequestSchema,
  stagesRequestSchema,
} from './planning-request';
import { type PlanningWorld, planningWorld } from './planning-world';
import {
  type PlanningNode,
  type ServiceMeasures,
  type StagingPlan,
  serviceMeasures,
  suggestStages,
} from './staging';

/** The analysis input, the nodes always open and the neighbours' cities that draw settlements abroad. */
export interface PlanningInput extends AnalysisInput {
  /** Open before any stage: §5.1's cities with programmes of their own (Bishkek, Osh). */
  ownProgrammeNodes: string[];
  foreignCities: Attractor[];
}

/** Every answer is a result union: a plan, or what is wrong with the request (worded by the UI). */
export type PlanOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; issue: PlanningIssue }
  | { ok: false; invalid: string[] };

/** A set of open nodes measured: exact km² as the analysis draws it, the rest from the data. */
export interface MeasuredSet extends ServiceMeasures {
  coveredAreaKm2: number;
}

export interface StagesAnswer {
  plan: StagingPlan;
  /** Cumulative per stage (fixed nodes, then stages 1…3), exact km². */
  suggested: MeasuredSet[];
  /** The planner's own staging measured the same way (stages 1…3), or null when it has none. */
  planner: MeasuredSet[] | null;
  base: MeasuredSet;
  totalPopulation: number;
  countryAreaKm2: number;
}

export interface MinimumSetAnswer {
  /** Extra nodes chosen, on top of the fixed ones. */
  nodes: string[];
  fixed: string[];
  measured: MeasuredSet;
  targetShare: number;
  share: number;
  optimal: boolean;
  status: MipSolution['status'];
  gap: number;
  solveMs: number;
}

export interface SiteSurfaceAnswer {
  sites: CandidateSite[];
  gains: SiteGain[];
  /** Best first, one per nearest settlement. */
  top: SiteGain[];
  gridSpacingKm: number;
}

export interface BestSitesAnswer {
  objective: CoverObjective;
  radiusKm: number;
  /** In the order that explains them: each gain is on top of the sites before it. */
  chosen: (SiteGain & { place: CandidateSite })[];
  /** Their gain together, in the objective's unit (people or km² of the grid). */
  gain: number;
  optimal: boolean;
  status: MipSolution['status'];
  gap: number;
  solveMs: number;
}

export interface GravityAnswer {
  attractors: Attractor[];
  /** Nodes left out as attractors: no listed population at their place. */
  nodesWithoutPopulation: string[];
  settlements: (SettlementPull & { region: string; population: number; zones: string[] })[];
  regions: { region: string; population: number; foreignShare: number | null }[];
  params: { alpha: number; beta: number; minDistanceKm: number };
}

/** A candidate node counts as the town it stands on when one is this close (km). */
const SAME_PLACE_KM = 2;

const proved = (s: MipSolution) => ({
  optimal: s.status === 'optimal',
  status: s.status,
  gap: s.gap,
  solveMs: s.ms,
});

function outcome<T>(compute: () => T): PlanOutcome<T> {
  try {
    return { ok: true, value: compute() };
  } catch (e) {
    if (e instanceof PlanningError) return { ok: false, issue: e.issue };
    if (e instanceof AnalysisParamsError) return { ok: false, invalid: e.issues };
    throw e;
  }
}

/**
 * @example
 * const planning = createPlanningSession(await loadGeos(), input, createHighsSolver(await loadHighs()));
 * const answer = planning.stages({ radiusKm: 50, stageSize: 6 }, overrides);
 * if (answer.ok) answer.value.plan.stages[0].nodes; // six towns, proved optimal
 */
export function createPlanningSession(kit: GeosKit, input: PlanningInput, solver: MipSolver) {
  const wc: WorkingCopy = createWorkingCopy(kit, input);
  const nodesOfRun = createNodeOverridesReader(wc.growthNodes);
  const conceptRegion = new Map(wc.growthNodes.map((g) => [g.id, g.region]));
  const population = new Map(input.settlements.map((s) => [s.id, s.population]));
  let world: PlanningWorld | undefined;
  let sites: CandidateSite[] | undefined;
  const worldNow = () => {
    world ??= planningWorld(wc);
    return world;
  };
  const sitesNow = () => {
    sites ??= candidateSites(worldNow());
    return sites;
  };

  /** The scenario's nodes placed as the analysis places them. */
  function placedNodes(overrides?: NodeOverrides): PlanningNode[] {
    const candidateRegion = new Map((overrides?.candidates ?? []).map((c) => [c.id, c.region]));
    return nodesOfRun(overrides).map(({ id, lonLat }) => {
      const placed = placeInCountry(wc, lonLat);
      return {
        id,
        lonLat: placed.lonLat,
        xy: placed.xy,
        region: conceptRegion.get(id) ?? candidateRegion.get(id) ?? null,
      };
    });
  }

  /** km² of the country within the radius of an open node, as the analysis draws catchments. */
  function exactAreaKm2(open: readonly PlanningNode[], radiusKm: number): number {
    if (open.length === 0) return 0;
    const discs = open.map((n) => catchmentCircle(wc, n.lonLat, radiusKm).disc);
    const all = kit.collection(7, discs); // 7: a GEOS geometry collection (the discs overlap)
    const union = kit.unaryUnion(all);
    const inside = kit.intersection(union, wc.country.ptr);
    const area = kit.area(inside);
    for (const p of [inside, union, all]) kit.destroy(p);
    return area;
  }

  const measure = (open: readonly PlanningNode[], radiusKm: number): MeasuredSet => ({
    ...serviceMeasures(worldNow(), open, radiusKm),
    coveredAreaKm2: exactAreaKm2(open, radiusKm),
  });

  const fixedOf = (nodes: readonly PlanningNode[]) =>
    nodes.filter((n) => input.ownProgrammeNodes.includes(n.id));

  return {
    /** Suggested stages beside the planner's own (`plannerStages`: node id → stage). */
    stages(
      request: StagesRequest,
      overrides?: NodeOverrides,
      plannerStages?: Record<string, Stage>,
    ): PlanOutcome<StagesAnswer> {
      const parsed = parseRequest(stagesRequestSchema, request);
      if (!parsed.ok) return { ok: false, invalid: parsed.issues };
      const r = parsed.value;
      return outcome(() => {
        const nodes = placedNodes(overrides);
        const fixed = fixedOf(nodes);
        const candidates = nodes.filter((n) => !fixed.includes(n));
        const plan = suggestStages(
          worldNow(),
          nodes,
          {
            objective: r.objective,
            radiusKm: r.radiusKm,
            stageSize: r.stageSize,
            fixed: fixed.map((n) => n.id),
            candidates: candidates.map((n) => n.id),
            pinned: r.pinned,
            excluded: r.excluded,
            onePerRegion: r.onePerRegion,
          },
          solver,
        );
        const byId = new Map(nodes.map((n) => [n.id, n]));
        const cumulative = (stageOf: (id: string) => Stage | undefined) =>
          ([1, 2, 3] as const).map((k) =>
            measure(
              [...fixed, ...candidates.filter((n) => (stageOf(n.id) ?? 99) <= k)],
              r.radiusKm,
            ),
          );
        const suggestedStage = new Map(
          plan.stages.flatMap((s) => s.nodes.map((n) => [n.id, s.stage] as const)),
        );
        const staged = Object.entries(plannerStages ?? {}).filter(([id]) => byId.has(id));
        return {
          plan,
          suggested: cumulative((id) => suggestedStage.get(id)),
          planner: staged.length > 0 ? cumulative((id) => plannerStages?.[id]) : null,
          base: measure(fixed, r.radiusKm),
          totalPopulation: worldNow().totalPopulation,
          countryAreaKm2: wc.country.areaKm2,
        };
      });
    },

    /** The fewest extra nodes (besides Bishkek and Osh) that cover the target share. */
    minimumSet(
      request: MinimumSetRequest,
      overrides?: NodeOverrides,
    ): PlanOutcome<MinimumSetAnswer> {
      const parsed = parseRequest(minimumSetRequestSchema, request);
      if (!parsed.ok) return { ok: false, invalid: parsed.issues };
      const r = parsed.value;
      return outcome(() => {
        const w = worldNow();
        const nodes = placedNodes(overrides);
        const fixed = fixedOf(nodes);
        const excluded = new Set(r.excluded);
        for (const id of excluded) {
          if (fixed.some((n) => n.id === id))
            throw new PlanningError({ code: 'fixed-node', node: id });
          if (!nodes.some((n) => n.id === id))
            throw new PlanningError({ code: 'unknown-node', node: id });
        }
        const candidates = nodes.filter((n) => !fixed.includes(n) && !excluded.has(n.id));
        const demand =
          r.objective === 'population'
            ? w.settlements
                .filter((s) => s.population > 0)
                .map((s) => ({ at: s, weight: s.population }))
            : w.grid.map((c) => ({ at: c, weight: c.areaKm2 }));
        const total = demand.reduce((sum, d) => sum + d.weight, 0);
        const isCovered = (p: { lonLat: LonLat }, open: readonly PlanningNode[]) =>
          open.some((n) => greatCircleKm(p.lonLat, n.lonLat) <= r.radiusKm);
        const problem = {
          siteCount: candidates.length,
          weights: demand.map((d) => (isCovered(d.at, fixed) ? 0 : d.weight)),
          coverers: demand.map((d) =>
            candidates.flatMap((n, j) =>
              greatCircleKm(d.at.lonLat, n.lonLat) <= r.radiusKm ? [j] : [],
            ),
          ),
        };
        const already = total - problem.weights.reduce((s, x) => s + x, 0);
        const targetShare = r.targetPercent / 100;
        const reachable =
          already +
          coveredWeight(
            problem,
            candidates.map((_, j) => j),
          );
        // Compare in whole units (people, m²) so 100 % of a float sum is not missed by rounding.
        if (Math.floor(reachable * 1e6) < Math.ceil(targetShare * total * 1e6) - 1) {
          throw new PlanningError({
            code: 'target-unreachable',
            targetShare,
            reachableShare: total > 0 ? reachable / total : 0,
          });
        }
        const need = Math.max(0, targetShare * total - already);
        const result = need > 0 ? setCovering(problem, need, solver) : null;
        if (result && result.solution.status !== 'optimal') {
          throw new PlanningError({ code: 'solver', status: result.solution.status });
        }
        const chosen = (result?.chosen ?? []).map((j) => candidates[j] as PlanningNode);
        const measured = measure([...fixed, ...chosen], r.radiusKm);
        const got = already + (result?.covered ?? 0);
        return {
          nodes: chosen.map((n) => n.id),
          fixed: fixed.map((n) => n.id),
          measured,
          targetShare,
          share: total > 0 ? got / total : 0,
          ...(result
            ? proved(result.solution)
            : { optimal: true, status: 'optimal' as const, gap: 0, solveMs: 0 }),
        };
      });
    },

    /** The gain of one more node at every candidate site, and the ranked sites (fast: no solver). */
    siteSurface(request: SitesRequest, overrides?: NodeOverrides): PlanOutcome<SiteSurfaceAnswer> {
      const parsed = parseRequest(sitesRequestSchema, request);
      if (!parsed.ok) return { ok: false, invalid: parsed.issues };
      const r = parsed.value;
      return outcome(() => {
        const w = worldNow();
        const all = sitesNow();
        const gains = siteGains(w, all, placedNodes(overrides), r.radiusKm);
        return {
          sites: all,
          gains,
          top: topSites(all, gains, r.objective, r.listed),
          gridSpacingKm: w.gridSpacingKm,
        };
      });
    },

    /** The best `count` new sites together, solved exactly (maximal covering over every site). */
    bestSites(request: SitesRequest, overrides?: NodeOverrides): PlanOutcome<BestSitesAnswer> {
      const parsed = parseRequest(sitesRequestSchema, request);
      if (!parsed.ok) return { ok: false, invalid: parsed.issues };
      const r = parsed.value;
      return outcome(() => {
        const all = sitesNow();
        const best = bestSites(
          worldNow(),
          all,
          placedNodes(overrides),
          r.radiusKm,
          r.count,
          r.objective,
          solver,
        );
        if (best.solution.values.length === 0) {
          throw new PlanningError({ code: 'solver', status: best.solution.status });
        }
        return {
          objective: r.objective,
          radiusKm: r.radiusKm,
          chosen: best.sites.map((g) => ({ ...g, place: all[g.site] as CandidateSite })),
          gain: best.gain,
          ...proved(best.solution),
        };
      });
    },

    /** The Huff pull of every listed settlement, by region, beside the §5.4 zones. */
    gravity(request: GravityRequest, overrides?: NodeOverrides): PlanOutcome<GravityAnswer> {
      const parsed = parseRequest(gravityRequestSchema, request);
      if (!parsed.ok) return { ok: false, invalid: parsed.issues };
      const r = parsed.value;
      return outcome(() => {
        const nodes = placedNodes(overrides);
        const nodesWithoutPopulation: string[] = [];
        const home: Attractor[] = nodes.flatMap((n) => {
          const own = population.get(n.id);
          const town =
            own ??
            wc.settlements.find(
              (s) => s.population > 0 && greatCircleKm(s.lonLat, n.lonLat) <= SAME_PLACE_KM,
            )?.population;
          if (!town) {
            nodesWithoutPopulation.push(n.id);
            return [];
          }
          return [{ id: n.id, country: 'KG' as const, population: town, lonLat: n.lonLat }];
        });
        const attractors = [...home, ...input.foreignCities];
        const pulls = huffPull(
          wc.settlements.map((s) => ({ id: s.id, lonLat: s.lonLat })),
          attractors,
          r,
        );
        const depth = (n: (typeof ZONE_NEIGHBOURS)[number]) =>
          r.zoneDepthKm[n] ?? DEFAULT_ZONE_DEPTH_KM;
        const settlements = pulls.map((p, i) => {
          const s = wc.settlements[i] as WorkingCopy['settlements'][number];
          const zones = wc.zones
            .filter(
              (z) =>
                z.regions.includes(s.region) &&
                (s.neighbourDistanceKm[z.neighbour] ?? Number.POSITIVE_INFINITY) <=
                  depth(z.neighbour),
            )
            .map((z) => z.id);
          return { ...p, region: s.region, population: s.population, zones };
        });
        const regions = [...new Set(wc.settlements.map((s) => s.region))].map((region) => {
          const own = settlements.filter((s) => s.region === region && s.population > 0);
          const people = own.reduce((sum, s) => sum + s.population, 0);
          return {
            region,
            population: people,
            foreignShare:
              people > 0
                ? own.reduce((sum, s) => sum + s.population * s.foreignShare, 0) / people
                : null,
          };
        });
        return {
          attractors,
          nodesWithoutPopulation,
          settlements,
          regions,
          params: { alpha: r.alpha, beta: r.beta, minDistanceKm: r.minDistanceKm },
        };
      });
    },

    dispose() {
      wc.dispose();
    },
  };
}

export type PlanningSession = ReturnType<typeof createPlanningSession>;
