// Typed main-thread client of the analysis worker: created lazily, and a burst of runs (a node
// drag, a slider) collapses to the latest request so results never lag behind the pointer.
import type { ScenarioComparison } from '../analysis/coverage-change';
import type { AnalysisParamsInput } from '../analysis/params';
import type { AnalysisInput, AnalysisResult, NodeOverrides, ScenarioRun } from '../analysis/types';
// A file of its own when served; inlined as a blob in the portable atlas (vite.config.ts).
import AnalysisWorker from './analysis.worker.ts?worker';
import type { AnalysisApi } from './analysis-api';
import { createWorkerQueue, type WorkerEndpoint } from './worker-queue';

export type AnalysisEndpoint = WorkerEndpoint;

export interface AnalysisClient {
  /** Sends the geodata once (again after a dataset change). */
  init(input: AnalysisInput): Promise<void>;
  /**
   * Runs with these parameters. Resolves with the result, or with `null` when a newer `run`
   * superseded this one before it started; rejects with the worker's error (the caller keeps
   * its last good result).
   */
  run(params?: AnalysisParamsInput, overrides?: NodeOverrides): Promise<AnalysisResult | null>;
  /**
   * Runs scenario A, then B, in the worker and returns both results with the territory B gains
   * and loses against A. Resolves with `null` when a newer `compareRuns` superseded this one
   * before it started (runs and comparisons do not supersede each other); rejects with the
   * worker's error.
   */
  compareRuns(runA: ScenarioRun, runB: ScenarioRun): Promise<ScenarioComparison | null>;
  /** Stops the worker; a later call starts a new one. */
  terminate(): void;
}

const defaultEndpoint = (): AnalysisEndpoint => new AnalysisWorker();

/**
 * @example
 * const client = createAnalysisClient();
 * await client.init(analysisInputFromAtlas(atlas));
 * const result = await client.run({ method: 'radius', radiusKm: 60 });
 * if (result) showLayers(result);
 */
export function createAnalysisClient(
  createEndpoint: () => AnalysisEndpoint = defaultEndpoint,
): AnalysisClient {
  const queue = createWorkerQueue<AnalysisApi>(createEndpoint);
  return {
    init: (input) => queue.init((api) => api.init(input)),
    run: (params, overrides) => queue.enqueue('run', (api) => api.run(params, overrides)),
    compareRuns: (runA, runB) => queue.enqueue('compare', (api) => api.compareRuns(runA, runB)),
    terminate: () => queue.terminate(),
  };
}

let shared: AnalysisClient | undefined;

/** The app's one analysis client (the worker starts on first use). */
export function getAnalysisClient(): AnalysisClient {
  shared ??= createAnalysisClient();
  return shared;
}
