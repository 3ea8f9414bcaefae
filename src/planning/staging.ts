// §5.1's staging solved exactly: stage 1 maximises what the fixed nodes and the stage cover
// together, stage 2 does the same given stage 1, then stage 3 (or, for the nearest-node method,
// minimises the average distance from a person to their nearest node: the p-median).
import { greatCircleKm } from '../analysis/great-circle';
import type { PlanningObjective } from '../vocabulary/planning';
import type { Stage } from '../vocabulary/scenario';
import { type CoveringProblem, maximalCovering } from './maximal-covering';
import type { MipSolution, MipSolver } from './mip';
import { pMedian } from './p-median';
import { PlanningError } from './planning-error';
import { type Placed, type PlanningWorld, withinReach } from './planning-world';

/** A node the plan may open: a Concept node or a planner's candidate, placed as the analysis does. */
export interface PlanningNode extends Placed {
  id: string;
  region: string | null;
}

export interface StagingRequest {
  objective: PlanningObjective;
  radiusKm: number;
  stageSize: number;
  /** Open from the start (Bishkek and Osh, where the scenario has them). */
  fixed: string[];
  /** The nodes to stage. */
  candidates: string[];
  /** Nodes the planner puts into a given stage. */
  pinned?: Record<string, Stage>;
  /** Nodes the planner leaves out of every stage. */
  excluded?: string[];
  /** Give every region that has a node to stage at least one by the last stage. */
  onePerRegion?: boolean;
  /** How many stages (3 in §5.1). */
  stageCount?: number;
}

/** How well a set of open nodes serves the demand. */
export interface ServiceMeasures {
  /** People of listed settlements within the radius of an open node. */
  coveredPopulation: number;
  /** km² of the equal-area grid whose squares' centres are within the radius (grid estimate). */
  gridAreaKm2: number;
  /** Population-weighted mean great-circle km to the nearest open node (NaN when none is open). */
  averageDistanceKm: number;
}

/** One town of a stage and what it adds, in the order that explains the stage (greedy). */
export interface StagedNode {
  id: string;
  gainPopulation: number;
  gainGridAreaKm2: number;
  /** How much it shortens the average distance (km). */
  gainDistanceKm: number;
}

export interface StageStep extends ServiceMeasures {
  stage: Stage;
  nodes: StagedNode[];
  /** Proved optimal by the solver (for this stage given the ones before it). */
  optimal: boolean;
  /** Relative MIP gap at the end of the solve. */
  gap: number;
  status: MipSolution['status'];
  solveMs: number;
}

export interface StagingPlan {
  objective: PlanningObjective;
  radiusKm: number;
  stageSize: number;
  fixed: string[];
  /** Before any stage: the fixed nodes alone. */
  base: ServiceMeasures;
  stages: StageStep[];
}

/** Measures any set of open nodes from the data (independent of the solver). */
export function serviceMeasures(
  world: PlanningWorld,
  open: readonly PlanningNode[],
  radiusKm: number,
): ServiceMeasures {
  let coveredPopulation = 0;
  let people = 0;
  let personKm = 0;
  for (const s of world.settlements) {
    if (s.population <= 0) continue;
    let nearest = Number.POSITIVE_INFINITY;
    for (const n of open) nearest = Math.min(nearest, greatCircleKm(s.lonLat, n.lonLat));
    if (nearest <= radiusKm) coveredPopulation += s.population;
    people += s.population;
    personKm += s.population * nearest;
  }
  let gridAreaKm2 = 0;
  for (const c of world.grid) {
    if (open.some((n) => greatCircleKm(c.lonLat, n.lonLat) <= radiusKm)) gridAreaKm2 += c.areaKm2;
  }
  return {
    coveredPopulation,
    gridAreaKm2,
    averageDistanceKm: open.length > 0 && people > 0 ? personKm / people : Number.NaN,
  };
}

/** The objective's value of measures, larger is better. */
const score = (objective: PlanningObjective, m: ServiceMeasures) =>
  objective === 'population'
    ? m.coveredPopulation
    : objective === 'area'
      ? m.gridAreaKm2
      : -(Number.isNaN(m.averageDistanceKm) ? Number.POSITIVE_INFINITY : m.averageDistanceKm);

/** Orders a stage's towns so each one's gain is what it adds after those before it. */
function explainStage(
  world: PlanningWorld,
  objective: PlanningObjective,
  radiusKm: number,
  open: PlanningNode[],
  chosen: PlanningNode[],
): StagedNode[] {
  const explained: StagedNode[] = [];
  let current = [...open];
  let before = serviceMeasures(world, current, radiusKm);
  const left = [...chosen];
  while (left.length > 0) {
    const ranked = left.map((n) => ({
      n,
      after: serviceMeasures(world, [...current, n], radiusKm),
    }));
    ranked.sort((a, b) => score(objective, b.after) - score(objective, a.after));
    const { n, after } = ranked[0] as (typeof ranked)[number];
    explained.push({
      id: n.id,
      gainPopulation: after.coveredPopulation - before.coveredPopulation,
      gainGridAreaKm2: after.gridAreaKm2 - before.gridAreaKm2,
      gainDistanceKm: Number.isNaN(before.averageDistanceKm)
        ? 0
        : before.averageDistanceKm - after.averageDistanceKm,
    });
    current = [...current, n];
    before = after;
    left.splice(left.indexOf(n), 1);
  }
  return explained;
}

function nodeLookup(nodes: readonly PlanningNode[], ids: readonly string[]) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return ids.map((id) => {
    const n = byId.get(id);
    if (!n) throw new PlanningError({ code: 'unknown-node', node: id });
    return n;
  });
}

/**
 * Stages the candidates in turn, each stage solved as an integer program given the stages before
 * it. Throws `PlanningError` for a request that cannot be met (too few nodes, too many pinned).
 * @example
 * const plan = suggestStages(world, nodes, { objective: 'population', radiusKm: 50, stageSize: 6,
 *   fixed: ['bishkek', 'osh'], candidates: ['karakol', …] }, solver);
 * plan.stages[0].nodes.map((n) => n.id); // six towns, proved optimal
 */
export function suggestStages(
  world: PlanningWorld,
  nodes: readonly PlanningNode[],
  request: StagingRequest,
  solver: MipSolver,
): StagingPlan {
  const { objective, radiusKm, stageSize } = request;
  const stageCount = request.stageCount ?? 3;
  const pinned = request.pinned ?? {};
  const excluded = new Set(request.excluded ?? []);
  for (const id of Object.keys(pinned)) {
    if (excluded.has(id)) throw new PlanningError({ code: 'pinned-and-excluded', node: id });
  }
  let open = nodeLookup(nodes, request.fixed);
  const candidates = nodeLookup(nodes, request.candidates);
  for (const id of [...Object.keys(pinned), ...excluded]) {
    if (request.fixed.includes(id)) throw new PlanningError({ code: 'fixed-node', node: id });
    nodeLookup(nodes, [id]);
  }
  if (candidates.length === 0) throw new PlanningError({ code: 'no-candidates' });

  const people = world.settlements.filter((s) => s.population > 0);
  const peopleReach = withinReach(people, candidates, radiusKm);
  const cellReach = withinReach(world.grid, candidates, radiusKm);
  const distances = people.map((s) => candidates.map((n) => greatCircleKm(s.lonLat, n.lonLat)));
  const stageOf = (id: string) => pinned[id];
  const base = serviceMeasures(world, open, radiusKm);
  const stages: StageStep[] = [];
  const staged = new Set<string>();

  for (let k = 1; k <= stageCount; k++) {
    const stage = k as Stage;
    const forbidden = new Set<number>();
    const forced = new Set<number>();
    candidates.forEach((n, j) => {
      const pin = stageOf(n.id);
      if (staged.has(n.id) || excluded.has(n.id) || (pin !== undefined && pin !== stage))
        forbidden.add(j);
      else if (pin === stage) forced.add(j);
    });
    const available = candidates.length - forbidden.size;
    if (forced.size > stageSize) {
      throw new PlanningError({ code: 'too-many-pinned', stage, stageSize, pinned: forced.size });
    }
    if (available < stageSize) {
      throw new PlanningError({ code: 'not-enough-nodes', stage, stageSize, available });
    }
    const openSet = open;
    function regionRequirement(s: Stage) {
      if (!request.onePerRegion) return undefined;
      const laterPinned = new Set(
        Object.entries(pinned)
          .filter(([, p]) => p > s)
          .map(([id]) => nodes.find((n) => n.id === id)?.region),
      );
      const served = new Set(openSet.map((n) => n.region));
      const missing = [
        ...new Set(
          candidates
            .filter((n, j) => !forbidden.has(j) && n.region !== null)
            .map((n) => n.region as string),
        ),
      ].filter((r) => !served.has(r) && !laterPinned.has(r));
      let capacityLater = 0;
      for (let later = s + 1; later <= stageCount; later++) {
        const pinnedThere = Object.values(pinned).filter((p) => p === later).length;
        capacityLater += Math.max(0, stageSize - pinnedThere);
      }
      const need = missing.length - capacityLater;
      if (need > stageSize) {
        throw new PlanningError({ code: 'regions-unreachable', stage: s, regions: missing });
      }
      return {
        groups: missing.map((r) => candidates.flatMap((n, j) => (n.region === r ? [j] : []))),
        need,
      };
    }

    const solution = (() => {
      if (objective === 'distance') {
        const r = pMedian(
          {
            siteCount: candidates.length,
            weights: people.map((s) => s.population),
            distances,
            openDistance: people.map((s) =>
              Math.min(
                Number.POSITIVE_INFINITY,
                ...openSet.map((n) => greatCircleKm(s.lonLat, n.lonLat)),
              ),
            ),
            forced,
            forbidden,
          },
          stageSize,
          solver,
          regionRequirement(stage),
        );
        return { chosen: r.chosen, solution: r.solution };
      }
      const demand = objective === 'population' ? people : world.grid;
      const reach = objective === 'population' ? peopleReach : cellReach;
      const weight = (i: number) =>
        objective === 'population'
          ? (people[i] as (typeof people)[number]).population
          : (world.grid[i] as (typeof world.grid)[number]).areaKm2;
      const problem: CoveringProblem = {
        siteCount: candidates.length,
        // Demand an open node already covers adds nothing: weight 0.
        weights: demand.map((d, i) =>
          openSet.some((n) => greatCircleKm(d.lonLat, n.lonLat) <= radiusKm) ? 0 : weight(i),
        ),
        coverers: reach,
        forced,
        forbidden,
      };
      const r = maximalCovering(problem, stageSize, solver, regionRequirement(stage));
      return { chosen: r.chosen, solution: r.solution };
    })();

    const { chosen, solution: mip } = solution;
    if (mip.status === 'infeasible') {
      throw new PlanningError(
        request.onePerRegion
          ? { code: 'regions-unreachable', stage, regions: [] }
          : { code: 'solver', status: mip.status },
      );
    }
    if (chosen.length !== stageSize)
      throw new PlanningError({ code: 'solver', status: mip.status });
    const chosenNodes = chosen.map((j) => candidates[j] as PlanningNode);
    const explained = explainStage(world, objective, radiusKm, open, chosenNodes);
    for (const n of chosenNodes) staged.add(n.id);
    open = [...open, ...chosenNodes];
    stages.push({
      stage,
      nodes: explained,
      ...serviceMeasures(world, open, radiusKm),
      optimal: mip.status === 'optimal',
      gap: mip.gap,
      status: mip.status,
      solveMs: mip.ms,
    });
  }
  return { objective, radiusKm, stageSize, fixed: [...request.fixed], base, stages };
}
