// One Comlink worker behind a queue: created lazily, given its dataset again after a restart, and
// a burst of requests of one kind collapses to the latest, so results never lag behind the user.
import * as Comlink from 'comlink';

/** Something that speaks postMessage and can be stopped: a Worker, or a MessagePort in tests. */
export type WorkerEndpoint = Comlink.Endpoint & { terminate?: () => void; close?: () => void };

/** A request waiting for the worker; at most one per kind, the latest. */
interface Pending<Api> {
  kind: string;
  start: (api: Comlink.Remote<Api>) => Promise<void>;
  /** Resolves with `null`: superseded or terminated. */
  cancel: () => void;
  reject: (e: unknown) => void;
}

/**
 * @example
 * const queue = createWorkerQueue<AnalysisApi>(() => new Worker(url, { type: 'module' }));
 * await queue.init((api) => api.init(input));
 * const result = await queue.enqueue('run', (api) => api.run(params)); // null if superseded
 */
export function createWorkerQueue<Api>(createEndpoint: () => WorkerEndpoint) {
  let endpoint: WorkerEndpoint | undefined;
  let remote: Comlink.Remote<Api> | undefined;
  let initialise: ((api: Comlink.Remote<Api>) => Promise<unknown>) | undefined;
  let ready: Promise<unknown> | undefined;
  let busy = false;
  let running: Pending<Api> | undefined;
  /** Bumped by `terminate`: a request of a stopped worker must not touch the new one's queue. */
  let generation = 0;
  let queue: Pending<Api>[] = [];

  const connect = (): Comlink.Remote<Api> => {
    if (!remote) {
      endpoint = createEndpoint();
      remote = Comlink.wrap<Api>(endpoint);
      ready = initialise?.(remote);
    }
    return remote;
  };

  const pump = async (): Promise<void> => {
    const job = queue[0];
    if (busy || !job) return;
    const mine = generation;
    busy = true;
    running = job;
    queue = queue.slice(1);
    try {
      const api = connect();
      await ready;
      await job.start(api);
    } catch (e) {
      job.reject(e);
    } finally {
      if (mine === generation) {
        busy = false;
        running = undefined;
        void pump();
      }
    }
  };

  return {
    /** Gives the worker its dataset now, and again whenever it is restarted. */
    async init(call: (api: Comlink.Remote<Api>) => Promise<unknown>): Promise<void> {
      initialise = call;
      ready = call(connect());
      await ready;
    },
    /** Runs after the requests before it; resolves `null` when a newer one of its kind replaced it. */
    enqueue<T>(kind: string, call: (api: Comlink.Remote<Api>) => Promise<T>): Promise<T | null> {
      return new Promise((resolve, reject) => {
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
    },
    /**
     * Stops the worker at once, also in the middle of a request (which then never answers: its
     * caller has been told `null`); a later request starts a new worker.
     */
    terminate(): void {
      generation++;
      running?.cancel();
      for (const p of queue) p.cancel();
      queue = [];
      running = undefined;
      if (remote) remote[Comlink.releaseProxy]();
      endpoint?.terminate?.();
      endpoint?.close?.();
      endpoint = undefined;
      remote = undefined;
      ready = undefined;
      busy = false;
    },
  };
}
