// Typed main-thread client of the planning worker. Requests of one kind collapse to the latest;
// `cancel()` stops the worker in the middle of a solve (HiGHS cannot be interrupted from outside a
// synchronous call) and the next request starts it again with the same geodata.
import type { NodeOverrides } from '../analysis/types';
import type {
  GravityRequest,
  MinimumSetRequest,
  SitesRequest,
  StagesRequest,
} from '../planning/planning-request';
import type {
  BestSitesAnswer,
  GravityAnswer,
  MinimumSetAnswer,
  PlanningInput,
  PlanOutcome,
  SiteSurfaceAnswer,
  StagesAnswer,
} from '../planning/planning-session';
import type { Stage } from '../vocabulary/scenario';
// A file of its own when served; inlined as a blob in the portable atlas (vite.config.ts).
import PlanningWorker from './planning.worker.ts?worker';
import type { PlanningApi } from './planning-api';
import { createWorkerQueue, type WorkerEndpoint } from './worker-queue';

const defaultEndpoint = (): WorkerEndpoint => new PlanningWorker();

/**
 * @example
 * const planning = createPlanningClient();
 * await planning.init(input);
 * const answer = await planning.stages({ radiusKm: 50 }, overrides); // null when cancelled
 */
export function createPlanningClient(createEndpoint: () => WorkerEndpoint = defaultEndpoint) {
  const queue = createWorkerQueue<PlanningApi>(createEndpoint);
  return {
    init: (input: PlanningInput) => queue.init((api) => api.init(input)),
    stages: (r: StagesRequest, o?: NodeOverrides, planner?: Record<string, Stage>) =>
      queue.enqueue<PlanOutcome<StagesAnswer>>('stages', (api) => api.stages(r, o, planner)),
    minimumSet: (r: MinimumSetRequest, o?: NodeOverrides) =>
      queue.enqueue<PlanOutcome<MinimumSetAnswer>>('minimum-set', (api) => api.minimumSet(r, o)),
    siteSurface: (r: SitesRequest, o?: NodeOverrides) =>
      queue.enqueue<PlanOutcome<SiteSurfaceAnswer>>('site-surface', (api) => api.siteSurface(r, o)),
    bestSites: (r: SitesRequest, o?: NodeOverrides) =>
      queue.enqueue<PlanOutcome<BestSitesAnswer>>('best-sites', (api) => api.bestSites(r, o)),
    gravity: (r: GravityRequest, o?: NodeOverrides) =>
      queue.enqueue<PlanOutcome<GravityAnswer>>('gravity', (api) => api.gravity(r, o)),
    cancel: () => queue.terminate(),
  };
}

export type PlanningClient = ReturnType<typeof createPlanningClient>;

let shared: PlanningClient | undefined;

/** The app's one planning client (the worker starts on the first request). */
export function getPlanningClient(): PlanningClient {
  shared ??= createPlanningClient();
  return shared;
}
