/**
 * Asks the planning worker the planner's questions. The new-site surface and the pull abroad
 * follow the scenario live while their question is open; staging, the minimum set and the best
 * sites together are solved when asked (their answers say when the scenario has moved on).
 */
import { useEffect } from 'react';
import type { AtlasData } from '../../data/atlas';
import { planningInputFromAtlas } from '../../planning/planning-input-from-atlas';
import type { PlanOutcome } from '../../planning/planning-session';
import { nodeOverrides } from '../../scenario/node-overrides';
import { useAnalysisStore } from '../../state/analysis-store';
import { type PlanningJob, usePlanningStore } from '../../state/planning-store';
import {
  restorePopulationBase,
  settlementsOfBase,
  usePopulationBaseStore,
} from '../../state/population-base-store';
import { useScenarioStore } from '../../state/scenario-store';
import type { Stage } from '../../vocabulary/scenario';
import { getPlanningClient } from '../../worker/planning-client';

const prepared = new WeakMap<AtlasData, { settlements: unknown; ready: Promise<void> }>();

/**
 * The worker is given the geodata once per atlas and population base (and again after a cancel
 * restarts it), so the planning counts the same people as the analysis.
 */
async function prepare(atlas: AtlasData): Promise<void> {
  await restorePopulationBase();
  const settlements = settlementsOfBase(atlas, usePopulationBaseStore.getState().base);
  const last = prepared.get(atlas);
  if (last && last.settlements === settlements) return last.ready;
  const ready = getPlanningClient().init(planningInputFromAtlas(atlas, settlements));
  prepared.set(atlas, { settlements, ready });
  return ready;
}

/** What a job's answer depends on, as one string: a different key means the answer is out of date. */
export function planningKey(job: PlanningJob, atlas: AtlasData): string {
  const { nodes, analysis } = useScenarioStore.getState();
  const { options } = usePlanningStore.getState();
  const dragged = job === 'gravity' ? useAnalysisStore.getState().dragPreview : null;
  const overrides = nodeOverrides(
    nodes,
    atlas.growthNodes.nodes.map((n) => n.id),
    dragged,
  );
  const relevant = {
    stages: [
      options.objective,
      options.stageSize,
      options.onePerRegion,
      options.pins,
      nodes.stages,
    ],
    minimumSet: [options.coverTarget, options.coverObjective],
    siteSurface: [options.siteObjective],
    bestSites: [options.siteObjective, options.siteCount],
    gravity: [options.alpha, options.beta, analysis.zoneDepthKm],
  }[job];
  const { revision } = usePopulationBaseStore.getState();
  return JSON.stringify([job, overrides, analysis.radiusKm, relevant, revision]);
}

/** Sends one request with the scenario as it is now and stores the outcome. */
export function runPlanning(atlas: AtlasData, job: PlanningJob): void {
  const { nodes, analysis } = useScenarioStore.getState();
  const { options, started, finished, failed } = usePlanningStore.getState();
  const dragged = job === 'gravity' ? useAnalysisStore.getState().dragPreview : null;
  const overrides = nodeOverrides(
    nodes,
    atlas.growthNodes.nodes.map((n) => n.id),
    dragged,
  );
  const key = planningKey(job, atlas);
  const client = getPlanningClient();
  const radiusKm = analysis.radiusKm;
  const pinned: Record<string, Stage> = {};
  const excluded: string[] = [];
  for (const [id, pin] of Object.entries(options.pins)) {
    if (pin === 'excluded') excluded.push(id);
    else pinned[id] = pin;
  }
  const ask = (): Promise<PlanOutcome<unknown> | null> => {
    switch (job) {
      case 'stages':
        return client.stages(
          {
            radiusKm,
            objective: options.objective,
            stageSize: options.stageSize,
            onePerRegion: options.onePerRegion,
            pinned,
            excluded,
          },
          overrides,
          nodes.stages,
        );
      case 'minimumSet':
        return client.minimumSet(
          {
            radiusKm,
            objective: options.coverObjective,
            targetPercent: options.coverTarget,
            excluded,
          },
          overrides,
        );
      case 'siteSurface':
        return client.siteSurface({ radiusKm, objective: options.siteObjective }, overrides);
      case 'bestSites':
        return client.bestSites(
          { radiusKm, objective: options.siteObjective, count: options.siteCount },
          overrides,
        );
      case 'gravity':
        return client.gravity(
          { alpha: options.alpha, beta: options.beta, zoneDepthKm: analysis.zoneDepthKm },
          overrides,
        );
    }
  };
  started(job, key);
  prepare(atlas)
    .then(ask)
    .then(
      (outcome) => finished(job, key, outcome as never),
      (error: unknown) => failed(job, error instanceof Error ? error.message : String(error)),
    );
}

/** Stops every solve under way; the worker starts again with the next request. */
export function cancelPlanning(atlas: AtlasData): void {
  getPlanningClient().cancel();
  prepared.delete(atlas);
  usePlanningStore.getState().cancelled();
}

/** Keeps the live answers (the site surface, the pull abroad) in step with the scenario. */
export function useLivePlanning(atlas: AtlasData): void {
  useEffect(() => {
    const refresh = () => {
      const { open, question, jobs } = usePlanningStore.getState();
      if (!open) return;
      const live: PlanningJob[] =
        question === 'sites' ? ['siteSurface'] : question === 'gravity' ? ['gravity'] : [];
      for (const job of live) {
        const key = planningKey(job, atlas);
        const state = jobs[job];
        if (state.answerKey !== key && !(state.running && state.requestKey === key)) {
          runPlanning(atlas, job);
        }
      }
    };
    refresh();
    const unsubscribers = [
      useScenarioStore.subscribe((state, previous) => {
        if (state.nodes !== previous.nodes || state.analysis !== previous.analysis) refresh();
      }),
      usePlanningStore.subscribe((state, previous) => {
        if (
          state.open !== previous.open ||
          state.question !== previous.question ||
          state.options !== previous.options
        ) {
          refresh();
        }
      }),
      useAnalysisStore.subscribe((state, previous) => {
        if (state.dragPreview !== previous.dragPreview) refresh();
      }),
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, [atlas]);
}
