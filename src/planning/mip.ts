// A mixed-integer linear program as plain data, and what a solver says of it: the planning models
// are built here, solved by HiGHS in the app and exported for CBC in the benchmark.

/** One decision variable. */
export interface MipColumn {
  name: string;
  cost: number;
  lower: number;
  upper: number;
  integer: boolean;
}

/** One linear constraint `lower ≤ Σ coef·x ≤ upper` (±Infinity for a missing side). */
export interface MipRow {
  name: string;
  lower: number;
  upper: number;
  columns: number[];
  coefficients: number[];
}

export interface MipModel {
  sense: 'maximize' | 'minimize';
  columns: MipColumn[];
  rows: MipRow[];
}

/** What a solve proved: `optimal` means the objective is the optimum within the MIP gap. */
export type MipStatus = 'optimal' | 'infeasible' | 'time-limit' | 'interrupted' | 'failed';

export interface MipSolution {
  status: MipStatus;
  /** Objective of the best solution found (NaN without one). */
  objective: number;
  /** Relative MIP gap |bound − objective| / |objective| reported by the solver (0 when proven). */
  gap: number;
  /** Column values of the best solution, in column order (empty without one). */
  values: Float64Array;
  /** Solver wall time (ms). */
  ms: number;
}

/** Solves a model; implemented on HiGHS (`highs-solver.ts`). */
export interface MipSolver {
  solve(model: MipModel, options?: { timeLimitS?: number }): MipSolution;
}

/**
 * Builds a model column by column and row by row; columns are referred to by index.
 * @example
 * const m = mipBuilder('maximize');
 * const x = m.binary('x_karakol', 3);
 * m.row('pick_one', 1, 1, [x], [1]);
 * m.model(); // { sense: 'maximize', columns: [...], rows: [...] }
 */
export function mipBuilder(sense: MipModel['sense']) {
  const columns: MipColumn[] = [];
  const rows: MipRow[] = [];
  const column = (c: MipColumn) => columns.push(c) - 1;
  return {
    binary: (name: string, cost: number) =>
      column({ name, cost, lower: 0, upper: 1, integer: true }),
    continuous: (name: string, cost: number, lower = 0, upper = 1) =>
      column({ name, cost, lower, upper, integer: false }),
    row(name: string, lower: number, upper: number, cols: number[], coefficients: number[]) {
      rows.push({ name, lower, upper, columns: cols, coefficients });
    },
    fix(col: number, value: number) {
      const c = columns[col] as MipColumn;
      c.lower = value;
      c.upper = value;
    },
    model: (): MipModel => ({ sense, columns, rows }),
  };
}

/** The values of binary columns read as chosen (robust to solver tolerances). */
export const isChosen = (values: Float64Array, col: number) => (values[col] ?? 0) > 0.5;
