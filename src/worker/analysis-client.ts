// Typed main-thread client of the analysis worker: created lazily, and a burst of runs (a node
// drag, a slider) collapses to the latest request so results never lag behind the pointer.
import * as Comlink from 'comlink';
import type { AnalysisParamsInput } from '../analysis/params';
import type { AnalysisInput, AnalysisResult, NodeOverrides } from '../analysis/types';
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
  /** Stops the worker; a later call starts a new one. */
  terminate(): void;
}

const defaultEndpoint = (): AnalysisEndpoint =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });

interface Pending {
  params: AnalysisParamsInput | undefined;
  overrides: NodeOverrides | undefined;
  resolve: (r: AnalysisResult | null) => void;
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
  let next: Pending | undefined;

  const connect = (): Comlink.Remote<AnalysisApi> => {
    if (!remote) {
      endpoint = createEndpoint();
      remote = Comlink.wrap<AnalysisApi>(endpoint);
      ready = lastInput ? remote.init(lastInput).then(() => undefined) : undefined;
    }
    return remote;
  };

  const pump = async (): Promise<void> => {
    if (busy || !next) return;
    busy = true;
    const job = next;
    next = undefined;
    try {
      const api = connect();
      await ready;
      job.resolve(await api.run(job.params, job.overrides));
    } catch (e) {
      job.reject(e);
    } finally {
      busy = false;
      void pump();
    }
  };

  return {
    async init(input) {
      lastInput = input;
      const api = connect();
      ready = api.init(input).then(() => undefined);
      await ready;
    },
    run(params, overrides) {
      return new Promise((resolve, reject) => {
        next?.resolve(null);
        next = { params, overrides, resolve, reject };
        void pump();
      });
    },
    terminate() {
      next?.resolve(null);
      next = undefined;
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
