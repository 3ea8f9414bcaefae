// Location planning as the planning worker offers it: one planning session over the geodata,
// HiGHS and GEOS loaded on the first request (HiGHS's WebAssembly only then, from the precache).
import { loadGeos } from '../analysis/geos';
import type { NodeOverrides } from '../analysis/types';
import { createHighsSolver, loadHighs } from '../planning/highs-solver';
import type {
  GravityRequest,
  MinimumSetRequest,
  SitesRequest,
  StagesRequest,
} from '../planning/planning-request';
import {
  createPlanningSession,
  type PlanningInput,
  type PlanningSession,
} from '../planning/planning-session';
import type { Stage } from '../vocabulary/scenario';

/**
 * The API object the planning worker exposes through Comlink (also usable in-process in tests).
 * @example
 * const api = createPlanningApi(() => loadHighs());
 * await api.init(planningInputFromAtlas(atlas));
 * const answer = await api.stages({ radiusKm: 50, stageSize: 6 }, overrides, plannerStages);
 */
export function createPlanningApi(highs: () => ReturnType<typeof loadHighs> = () => loadHighs()) {
  let session: PlanningSession | undefined;
  const ready = () => {
    if (!session) throw new Error('planning worker: call init(input) before a request');
    return session;
  };
  return {
    /** Loads GEOS and HiGHS and prepares the geodata; replaces any previous dataset. */
    async init(input: PlanningInput): Promise<{ ready: true }> {
      const [kit, solver] = await Promise.all([loadGeos(), highs()]);
      session?.dispose();
      session = createPlanningSession(kit, input, createHighsSolver(solver));
      return { ready: true };
    },
    async stages(
      request: StagesRequest,
      overrides?: NodeOverrides,
      plannerStages?: Record<string, Stage>,
    ) {
      return ready().stages(request, overrides, plannerStages);
    },
    async minimumSet(request: MinimumSetRequest, overrides?: NodeOverrides) {
      return ready().minimumSet(request, overrides);
    },
    async siteSurface(request: SitesRequest, overrides?: NodeOverrides) {
      return ready().siteSurface(request, overrides);
    },
    async bestSites(request: SitesRequest, overrides?: NodeOverrides) {
      return ready().bestSites(request, overrides);
    },
    async gravity(request: GravityRequest, overrides?: NodeOverrides) {
      return ready().gravity(request, overrides);
    },
  };
}

export type PlanningApi = ReturnType<typeof createPlanningApi>;
