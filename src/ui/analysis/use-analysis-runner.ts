/**
 * Keeps the analysis result in step with the planner's parameters and moved nodes: each change
 * asks the worker for a new run (bursts collapse to the latest); a failure keeps the last result.
 */
import { useEffect } from 'react';
import { analysisInputFromAtlas } from '../../analysis/analysis-input-from-atlas';
import type { AtlasData } from '../../data/atlas';
import { useAnalysisStore } from '../../state/analysis-store';
import { getAnalysisClient } from '../../worker/analysis-client';

/** The worker is given the geodata once per atlas, however often the panel mounts. */
const prepared = new WeakMap<AtlasData, Promise<void>>();

function prepare(atlas: AtlasData): Promise<void> {
  let ready = prepared.get(atlas);
  if (!ready) {
    ready = getAnalysisClient().init(analysisInputFromAtlas(atlas));
    prepared.set(atlas, ready);
  }
  return ready;
}

export function useAnalysisRunner(atlas: AtlasData): void {
  useEffect(() => {
    const run = () => {
      const { params, movedNodes, started, succeeded, failed } = useAnalysisStore.getState();
      started();
      prepare(atlas)
        .then(() => getAnalysisClient().run(params, { positions: movedNodes }))
        .then(
          (result) => {
            if (result) succeeded(result); // null: a newer run replaced this one
          },
          (error: unknown) => failed(error instanceof Error ? error.message : String(error)),
        );
    };
    run();
    return useAnalysisStore.subscribe((state, previous) => {
      if (state.params !== previous.params || state.movedNodes !== previous.movedNodes) run();
    });
  }, [atlas]);
}
