// Typed main-thread client of the analysis worker: created lazily, and a burst of runs (a node
// drag, a slider) collapses to the latest request so results never lag behind the pointer.
import * as Comlink from 'comlink';
import type { ScenarioComparison } from '../analysis/coverage-change';
import type { AnalysisParamsInput } from '../analysis/params';
import type { AnalysisInput, AnalysisResult, NodeOverrides, ScenarioRun } from '../analysis/types';
import type { AnalysisApi } from './analysis-api';

/** Something that speaks postMessage and can be stopped: a Worker, or a MessagePort in tests. */
export type AnalysisEndpoint = Comlink.Endpoint & { terminate?: () => void; close?: () => void };

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

const defaultEndpoint = (): AnalysisEndpoint =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });

/** A request waiting for the worker; at most one per kind, the latest. */
interface Pending {
  kind: 'run' | 'compare';
  start: (api: Comlink.Remote<AnalysisApi>) => Promise<void>;
  /** Resolves with `null`: superseded or terminated. */
  cancel: () => void;
  reject: (e: unknown) => void;
}

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
  let endpoint: AnalysisEndpoint | undefined;
  let remote: Comlink.Remote<AnalysisApi> | undefined;
  let lastInput: AnalysisInput | undefined;
  let ready: Promise<void> | undefined;
  let busy = false;
  let queue: Pending[] = [];

  const connect = (): Comlink.Remote<AnalysisApi> => {
    if (!remote) {
      endpoint = createEndpoint();
      remote = Comlink.wrap<AnalysisApi>(endpoint);
      ready = lastInput ? remote.init(lastInput).then(() => undefined) : undefined;
    }
    return remote;
  };

  const pump = async (): Promise<void> => {
    const job = queue[0];
    if (busy || !job) return;
    busy = true;
    queue = queue.slice(1);
    try {
      const api = connect();
      await ready;
      await job.start(api);
    } catch (e) {
      job.reject(e);
    } finally {
      busy = false;
      void pump();
    }
  };

  const enqueue = <T>(
    kind: Pending['kind'],
    call: (api: Comlink.Remote<AnalysisApi>) => Promise<T>,
  ): Promise<T | null> =>
    new Promise((resolve, reject) => {
      for (const old of queue.filter((p) => p.kind === kind)) old.cancel();
      queue = queue.filter((p) => p.kind !== kind);
      queue.push({
        kind,
        start: async (api) => resolve(await call(api)),
        cancel: () => resolve(null),
        reject,
      });
      void pump();
    });

  return {
    async init(input) {
      lastInput = input;
      const api = connect();
      ready = api.init(input).then(() => undefined);
      await ready;
    },
    run(params, overrides) {
      return enqueue('run', (api) => api.run(params, overrides));
    },
    compareRuns(runA, runB) {
      return enqueue('compare', (api) => api.compareRuns(runA, runB));
    },
    terminate() {
      for (const p of queue) p.cancel();
      queue = [];
      if (remote) remote[Comlink.releaseProxy]();
      endpoint?.terminate?.();
      endpoint?.close?.();
      endpoint = undefined;
      remote = undefined;
      ready = undefined;
    },
  };
}

let shared: AnalysisClient | undefined;

/** The app's one analysis client (the worker starts on first use). */
export function getAnalysisClient(): AnalysisClient {
  shared ??= createAnalysisClient();
  return shared;
}
