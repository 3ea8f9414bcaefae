/**
 * Keeps the analysis result in step with the scenario (parameters, moved, removed and candidate
 * nodes) and with a node being dragged: each change asks the worker for a new run (bursts
 * collapse to the latest); a failure keeps the last result and says why.
 */
import { useEffect } from 'react';
import { analysisInputFromAtlas } from '../../analysis/analysis-input-from-atlas';
import type { AtlasData } from '../../data/atlas';
import { nodeOverrides } from '../../scenario/node-overrides';
import { useAnalysisStore } from '../../state/analysis-store';
import {
  restorePopulationBase,
  settlementsOfBase,
  usePopulationBaseStore,
} from '../../state/population-base-store';
import { useScenarioStore } from '../../state/scenario-store';
import { getAnalysisClient } from '../../worker/analysis-client';

/**
 * The worker is given the geodata once per atlas and population base, however often the panel
 * mounts; a new base (the user's settlement table, or back to the open data) prepares it again.
 */
const prepared = new WeakMap<AtlasData, { settlements: unknown; ready: Promise<void> }>();

function prepare(atlas: AtlasData): Promise<void> {
  const settlements = settlementsOfBase(atlas, usePopulationBaseStore.getState().base);
  const last = prepared.get(atlas);
  if (last && last.settlements === settlements) return last.ready;
  const ready = getAnalysisClient().init(analysisInputFromAtlas(atlas, settlements));
  prepared.set(atlas, { settlements, ready });
  return ready;
}

export function useAnalysisRunner(atlas: AtlasData): void {
  useEffect(() => {
    const conceptIds = atlas.growthNodes.nodes.map((node) => node.id);
    const run = () => {
      const { nodes, analysis } = useScenarioStore.getState();
      const { dragPreview, started, succeeded, failed } = useAnalysisStore.getState();
      started();
      restorePopulationBase()
        .then(() => prepare(atlas))
        .then(() =>
          getAnalysisClient().run(analysis, nodeOverrides(nodes, conceptIds, dragPreview)),
        )
        .then(
          (result) => {
            if (result) succeeded(result); // null: a newer run replaced this one
          },
          (error: unknown) => failed(error instanceof Error ? error.message : String(error)),
        );
    };
    // The edits of one action (a node kept where it was dragged, then its preview dropped) come
    // together: they ask for one run, after the last of them.
    let asked = false;
    const ask = () => {
      if (asked) return;
      asked = true;
      queueMicrotask(() => {
        asked = false;
        run();
      });
    };
    run();
    const unsubscribeScenario = useScenarioStore.subscribe((state, previous) => {
      if (state.nodes !== previous.nodes || state.analysis !== previous.analysis) ask();
    });
    const unsubscribeDrag = useAnalysisStore.subscribe((state, previous) => {
      if (state.dragPreview !== previous.dragPreview) ask();
    });
    const unsubscribeBase = usePopulationBaseStore.subscribe((state, previous) => {
      if (state.base !== previous.base) ask();
    });
    return () => {
      unsubscribeScenario();
      unsubscribeDrag();
      unsubscribeBase();
    };
  }, [atlas]);
}
