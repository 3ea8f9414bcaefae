// Maximal covering (Church & ReVelle 1974) and set covering as integer programs: which sites to
// open so that the weight within reach is largest, or the fewest sites that reach a target.
import { isChosen, type MipSolution, type MipSolver, mipBuilder } from './mip';

/** A covering problem over candidate sites 0…n−1 and weighted demand points. */
export interface CoveringProblem {
  siteCount: number;
  /** Weight of each demand point (people or km²) not yet covered by the open nodes. */
  weights: readonly number[];
  /** Per demand point, the sites that would cover it. */
  coverers: readonly (readonly number[])[];
  /** Sites that must be opened / must not be. */
  forced?: ReadonlySet<number>;
  forbidden?: ReadonlySet<number>;
}

/** At least `need` of these groups must get an opened site (e.g. regions still without a node). */
export interface GroupRequirement {
  groups: readonly (readonly number[])[];
  need: number;
}

export interface CoveringResult {
  /** Opened sites, ascending. */
  chosen: number[];
  /** Weight covered by the opened sites. */
  covered: number;
  solution: MipSolution;
}

/**
 * Demand points some allowed site can reach, those with the same covering sites merged into one
 * (their weights summed): the optimum is unchanged and the model far smaller on a fine grid.
 */
function reachable(problem: CoveringProblem) {
  const forbidden = problem.forbidden ?? new Set<number>();
  const merged = new Map<string, { weight: number; sites: number[] }>();
  problem.coverers.forEach((sites, i) => {
    const weight = problem.weights[i] ?? 0;
    const allowed = sites.filter((s) => !forbidden.has(s));
    if (allowed.length === 0 || weight <= 0) return;
    const key = allowed.join(',');
    const same = merged.get(key);
    if (same) same.weight += weight;
    else merged.set(key, { weight, sites: allowed });
  });
  return [...merged.values()];
}

/** Whether sorted `big` holds every element of sorted `small`. */
function holdsAll(big: readonly number[], small: readonly number[]): boolean {
  let k = 0;
  for (const v of small) {
    while (k < big.length && (big[k] as number) < v) k++;
    if (big[k] !== v) return false;
  }
  return true;
}

/**
 * The sites worth a column: those reaching some demand, less those another site dominates (it
 * reaches all they reach, and more or the same with a lower index). Opening the dominating site
 * instead never covers less, so the optimum is unchanged — and the model is far smaller near
 * covered territory, where HiGHS's presolve in WebAssembly would otherwise spend most of the solve.
 */
function usefulSites(demand: readonly { sites: number[] }[], siteCount: number): number[] {
  const reaches: number[][] = Array.from({ length: siteCount }, () => []);
  demand.forEach((d, i) => {
    for (const j of d.sites) reaches[j]?.push(i);
  });
  const alive = new Set<number>();
  reaches.forEach((r, j) => {
    if (r.length > 0) alive.add(j);
  });
  for (const j of [...alive]) {
    const own = reaches[j] as number[];
    // A dominating site reaches every demand point j reaches: look among the fewest candidates.
    let rarest = own[0] as number;
    for (const i of own) {
      if ((demand[i]?.sites.length ?? 0) < (demand[rarest]?.sites.length ?? 0)) rarest = i;
    }
    for (const k of demand[rarest]?.sites ?? []) {
      if (k === j || !alive.has(k)) continue;
      const theirs = reaches[k] as number[];
      if (
        (theirs.length > own.length || (theirs.length === own.length && k < j)) &&
        holdsAll(theirs, own)
      ) {
        alive.delete(j);
        break;
      }
    }
  }
  return [...alive].sort((a, b) => a - b);
}

/**
 * The covering model: a binary column per useful site (and per forced site, group member, and as
 * many others as `count` needs), a continuous y_i ≤ Σ x_j per merged demand point. Sites without
 * a column are not opened.
 */
function coveringModel(
  problem: CoveringProblem,
  sense: 'maximize' | 'minimize',
  siteCost: number,
  count = 0,
  groups?: GroupRequirement,
) {
  const m = mipBuilder(sense);
  const demand = reachable(problem);
  const forbidden = problem.forbidden ?? new Set<number>();
  const columns = new Set([
    ...usefulSites(demand, problem.siteCount),
    ...(problem.forced ?? []),
    ...(groups?.groups.flat() ?? []),
  ]);
  // `count` sites must open even if fewer reach anything: the others add nothing.
  for (let j = 0; j < problem.siteCount && columns.size < count; j++) {
    if (!forbidden.has(j)) columns.add(j);
  }
  const x: (number | undefined)[] = new Array(problem.siteCount);
  for (const j of [...columns].sort((a, b) => a - b)) x[j] = m.binary(`x${j}`, siteCost);
  for (const j of problem.forced ?? []) m.fix(x[j] as number, 1);
  for (const j of forbidden) if (x[j] !== undefined) m.fix(x[j] as number, 0);
  const y = demand.map((d, i) => {
    const yi = m.continuous(`y${i}`, sense === 'maximize' ? d.weight : 0);
    const open = d.sites.flatMap((j) => (x[j] === undefined ? [] : [x[j] as number]));
    // y_i ≤ Σ x_j over the sites that reach i: covered only if one of them is open.
    m.row(`reach${i}`, Number.NEGATIVE_INFINITY, 0, [yi, ...open], [1, ...open.map(() => -1)]);
    return yi;
  });
  const siteColumns = x.flatMap((col) => (col === undefined ? [] : [col]));
  return { m, x, y, demand, siteColumns };
}

function resultOf(
  x: readonly (number | undefined)[],
  solution: MipSolution,
  weightOf: (chosen: number[]) => number,
) {
  const chosen = solution.values.length
    ? x.flatMap((col, j) => (col !== undefined && isChosen(solution.values, col) ? [j] : []))
    : [];
  return { chosen, covered: solution.values.length ? weightOf(chosen) : 0, solution };
}

/**
 * Adds "at least `need` of the groups get an opened site" to a model whose site columns are `x`:
 * z_g ≤ Σ x_j over the group's sites, Σ z_g ≥ need (z continuous in [0, 1]).
 */
export function requireGroups(
  m: ReturnType<typeof mipBuilder>,
  x: readonly (number | undefined)[],
  groups: GroupRequirement | undefined,
): void {
  if (!groups || groups.need <= 0) return;
  const z = groups.groups.map((members, g) => {
    const zg = m.continuous(`group${g}`, 0);
    m.row(
      `group_open${g}`,
      Number.NEGATIVE_INFINITY,
      0,
      [zg, ...members.flatMap((j) => (x[j] === undefined ? [] : [x[j] as number]))],
      [1, ...members.flatMap((j) => (x[j] === undefined ? [] : [-1]))],
    );
    return zg;
  });
  m.row(
    'groups',
    groups.need,
    Number.POSITIVE_INFINITY,
    z,
    z.map(() => 1),
  );
}

/** Weight the opened sites cover (counted from the data, not read back from the solver). */
export function coveredWeight(problem: CoveringProblem, open: readonly number[]): number {
  const set = new Set(open);
  let total = 0;
  problem.coverers.forEach((sites, i) => {
    if (sites.some((s) => set.has(s))) total += problem.weights[i] ?? 0;
  });
  return total;
}

/**
 * One site: every allowed site measured, the best kept (lowest index on a tie). Exact, and far
 * quicker than branch and bound, whose LP bound is weak for a single site among thousands of ties.
 */
function bestSingleSite(problem: CoveringProblem): CoveringResult {
  const started = performance.now();
  const gain = new Float64Array(problem.siteCount);
  const forbidden = problem.forbidden ?? new Set<number>();
  problem.coverers.forEach((sites, i) => {
    for (const j of sites) gain[j] = (gain[j] as number) + (problem.weights[i] ?? 0);
  });
  let best = -1;
  for (let j = 0; j < problem.siteCount; j++) {
    if (!forbidden.has(j) && (best < 0 || (gain[j] as number) > (gain[best] as number))) best = j;
  }
  const values = new Float64Array(problem.siteCount);
  if (best >= 0) values[best] = 1;
  const covered = best >= 0 ? (gain[best] as number) : 0;
  return {
    chosen: best >= 0 ? [best] : [],
    covered,
    solution: {
      status: best >= 0 ? 'optimal' : 'infeasible',
      objective: covered,
      gap: 0,
      values,
      ms: performance.now() - started,
    },
  };
}

/**
 * Opens exactly `count` sites to cover the most weight; `groups` optionally asks that at least
 * `need` groups get one of them.
 * @example
 * maximalCovering({ siteCount: 3, weights: [5, 4, 3], coverers: [[0], [1], [1, 2]] }, 1, solver);
 * // { chosen: [1], covered: 7, solution: { status: 'optimal', … } }
 */
export function maximalCovering(
  problem: CoveringProblem,
  count: number,
  solver: MipSolver,
  groups?: GroupRequirement,
): CoveringResult {
  if (count === 1 && !groups && (problem.forced?.size ?? 0) === 0) return bestSingleSite(problem);
  const { m, x, siteColumns } = coveringModel(problem, 'maximize', 0, count, groups);
  m.row(
    'count',
    count,
    count,
    siteColumns,
    siteColumns.map(() => 1),
  );
  requireGroups(m, x, groups);
  return resultOf(x, solver.solve(m.model()), (chosen) => coveredWeight(problem, chosen));
}

/**
 * The fewest sites whose cover reaches `target` weight; among those, the one covering most (a
 * second solve with the count fixed). `null` solution status `infeasible` when it cannot be met.
 * @example
 * setCovering({ siteCount: 3, weights: [5, 4, 3], coverers: [[0], [1], [1, 2]] }, 9, solver);
 * // { chosen: [0, 1], covered: 12, … }
 */
export function setCovering(
  problem: CoveringProblem,
  target: number,
  solver: MipSolver,
): CoveringResult {
  const fewest = coveringModel(problem, 'minimize', 1);
  fewest.m.row(
    'target',
    target,
    Number.POSITIVE_INFINITY,
    fewest.y,
    fewest.demand.map((d) => d.weight),
  );
  const first = solver.solve(fewest.m.model());
  if (first.status !== 'optimal') {
    return resultOf(fewest.x, first, (chosen) => coveredWeight(problem, chosen));
  }
  const count = Math.round(first.objective);
  const best = maximalCovering(problem, count, solver);
  // Both solves are part of the proof: report the slower gap and the total time.
  return {
    ...best,
    solution: {
      ...best.solution,
      gap: Math.max(first.gap, best.solution.gap),
      ms: first.ms + best.solution.ms,
    },
  };
}
