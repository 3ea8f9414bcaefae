// The p-median (Hakimi 1964; ReVelle & Swain 1970) as an integer program: open the sites that make
// the weighted distance from each person to their nearest open node least.
import { type GroupRequirement, requireGroups } from './maximal-covering';
import { isChosen, type MipSolution, type MipSolver, mipBuilder } from './mip';

export interface MedianProblem {
  siteCount: number;
  /** Weight (people) of each demand point. */
  weights: readonly number[];
  /** Per demand point: great-circle km to each site, in site order. */
  distances: readonly (readonly number[])[];
  /** Per demand point: km to its nearest node already open (Infinity when none is). */
  openDistance: readonly number[];
  forced?: ReadonlySet<number>;
  forbidden?: ReadonlySet<number>;
}

export interface MedianResult {
  chosen: number[];
  /** Σ weight × km to the nearest open node (already open ones included). */
  weightedDistance: number;
  solution: MipSolution;
}

/** Σ weight × distance to the nearest of the open nodes and the opened sites (from the data). */
function weightedDistance(problem: MedianProblem, open: readonly number[]): number {
  let total = 0;
  problem.weights.forEach((w, i) => {
    const row = problem.distances[i] ?? [];
    const nearest = Math.min(
      problem.openDistance[i] ?? Infinity,
      ...open.map((j) => row[j] ?? Infinity),
    );
    if (w > 0 && Number.isFinite(nearest)) total += w * nearest;
  });
  return total;
}

/**
 * Opens exactly `count` sites minimising Σ weight × distance to the nearest open node. Only sites
 * nearer than a point's open node get an assignment variable, which keeps the model small.
 * @example
 * pMedian({ siteCount: 2, weights: [1, 1], distances: [[0, 10], [10, 0]], openDistance: [Infinity, Infinity] }, 1, solver);
 * // { chosen: [0], weightedDistance: 10, … } (or [1]: a tie)
 */
export function pMedian(
  problem: MedianProblem,
  count: number,
  solver: MipSolver,
  groups?: GroupRequirement,
): MedianResult {
  const m = mipBuilder('minimize');
  const forbidden = problem.forbidden ?? new Set<number>();
  const x = Array.from({ length: problem.siteCount }, (_, j) => m.binary(`x${j}`, 0));
  for (const j of problem.forced ?? []) m.fix(x[j] as number, 1);
  for (const j of forbidden) m.fix(x[j] as number, 0);
  m.row(
    'count',
    count,
    count,
    x,
    x.map(() => 1),
  );
  requireGroups(m, x, groups);
  problem.weights.forEach((w, i) => {
    if (!(w > 0)) return;
    const open = problem.openDistance[i] ?? Infinity;
    const row = problem.distances[i] ?? [];
    const assign: number[] = [];
    row.forEach((d, j) => {
      if (d >= open || forbidden.has(j)) return;
      const a = m.continuous(`a${i}_${j}`, w * d);
      m.row(`open${i}_${j}`, Number.NEGATIVE_INFINITY, 0, [a, x[j] as number], [1, -1]);
      assign.push(a);
    });
    if (Number.isFinite(open)) assign.push(m.continuous(`a${i}_open`, w * open));
    if (assign.length > 0)
      m.row(
        `assigned${i}`,
        1,
        1,
        assign,
        assign.map(() => 1),
      );
  });
  const solution = solver.solve(m.model());
  const chosen = solution.values.length
    ? x.flatMap((col, j) => (isChosen(solution.values, col) ? [j] : []))
    : [];
  return {
    chosen,
    weightedDistance: solution.values.length ? weightedDistance(problem, chosen) : Number.NaN,
    solution,
  };
}
