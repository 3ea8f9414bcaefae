// The planning models on HiGHS (the `highs` package: WebAssembly, MIT), loaded on first use.
import type { Highs, InitOptions, ModelData } from 'highs';
import type { MipModel, MipSolution, MipSolver, MipStatus } from './mip';

/** HiGHS's own model status codes (`highs.constants.modelStatus`) worded for the planner. */
function statusOf(highs: Highs, code: number): MipStatus {
  const s = highs.constants.modelStatus;
  if (code === s.optimal) return 'optimal';
  if (code === s.infeasible) return 'infeasible';
  if (code === s.timeLimit) return 'time-limit';
  if (code === s.interrupted) return 'interrupted';
  return 'failed';
}

/** The model in HiGHS's column-wise form. */
function highsModelData(highs: Highs, model: MipModel): ModelData {
  const n = model.columns.length;
  const perColumn: { row: number; value: number }[][] = Array.from({ length: n }, () => []);
  model.rows.forEach((row, r) => {
    row.columns.forEach((c, k) => {
      perColumn[c]?.push({ row: r, value: row.coefficients[k] as number });
    });
  });
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const entries of perColumn) {
    for (const e of entries) {
      indices.push(e.row);
      values.push(e.value);
    }
    starts.push(indices.length);
  }
  const bound = (v: number) => (Number.isFinite(v) ? v : Math.sign(v) * highs.infinity);
  return {
    numCols: n,
    numRows: model.rows.length,
    sense:
      model.sense === 'maximize'
        ? highs.constants.objectiveSense.maximize
        : highs.constants.objectiveSense.minimize,
    colCost: model.columns.map((c) => c.cost),
    colLower: model.columns.map((c) => c.lower),
    colUpper: model.columns.map((c) => c.upper),
    rowLower: model.rows.map((r) => bound(r.lower)),
    rowUpper: model.rows.map((r) => bound(r.upper)),
    matrix: {
      format: 'csc',
      numRows: model.rows.length,
      numCols: n,
      starts,
      indices,
      values,
    },
    integrality: model.columns.map((c) =>
      c.integer ? highs.constants.variableType.integer : highs.constants.variableType.continuous,
    ),
    colNames: model.columns.map((c) => c.name),
    rowNames: model.rows.map((r) => r.name),
  };
}

/**
 * A solver over a loaded HiGHS runtime. Gaps are closed completely (`mip_rel_gap` 0): a result
 * called optimal is the optimum, not one within HiGHS's default 0.01 %.
 * @example
 * const solver = createHighsSolver(await loadHighs());
 * solver.solve(model).status; // 'optimal'
 */
export function createHighsSolver(highs: Highs): MipSolver & {
  /** The model as an MPS file (for an independent solver such as CBC). */
  exportMps(model: MipModel): Uint8Array;
} {
  return {
    solve(model, options = {}) {
      const started = performance.now();
      const m = highs.createModel(highsModelData(highs, model));
      try {
        m.options.set({
          output_flag: false,
          mip_rel_gap: 0,
          mip_abs_gap: 1e-9,
          time_limit: options.timeLimitS ?? 30,
          // Measured on the covering models (bench/planning.ts): their LPs are highly degenerate,
          // which interior point handles far better than simplex, and presolve finds little
          // once the model has only useful sites (maximal-covering.ts) but costs much in WebAssembly.
          mip_lp_solver: 'ipm',
          presolve: 'off',
        });
        m.run();
        const status = statusOf(highs, m.getModelStatus());
        const hasSolution =
          status === 'optimal' || status === 'time-limit' || status === 'interrupted';
        const integer = model.columns.some((c) => c.integer);
        const gap = integer ? Number(m.info.get('mip_gap') ?? 0) : 0;
        const solution: MipSolution = {
          status,
          objective: hasSolution ? m.getObjectiveValue() : Number.NaN,
          gap: Number.isFinite(gap) ? Math.max(0, gap) : Number.POSITIVE_INFINITY,
          values: hasSolution ? Float64Array.from(m.getSolution().colValue) : new Float64Array(),
          ms: performance.now() - started,
        };
        return solution;
      } finally {
        m.dispose();
      }
    },
    exportMps(model) {
      const m = highs.createModel(highsModelData(highs, model));
      try {
        return m.exportModel('mps');
      } finally {
        m.dispose();
      }
    },
  };
}

let loading: Promise<Highs> | undefined;

/**
 * Loads HiGHS once (lazily: the app fetches its 3.5 MB of WebAssembly only for a planning request).
 * In a browser pass `locateFile` to the bundled `highs.wasm`; Node finds it beside the loader.
 */
export function loadHighs(options?: InitOptions): Promise<Highs> {
  loading ??= import('highs').then((m) => m.default(options));
  return loading;
}
