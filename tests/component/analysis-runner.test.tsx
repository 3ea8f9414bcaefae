// @vitest-environment jsdom
// The analysis follows the scenario and a node being dragged or moved by keyboard: a preview that
// goes (the node put back) runs the analysis again on the scenario's own nodes, and the edits of
// one action (keep the node, drop its preview) ask for one run, not two.
import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NodeOverrides } from '../../src/analysis/types';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useAnalysisStore } from '../../src/state/analysis-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { AnalysisRunner } from '../../src/ui/analysis/analysis-runner';
import { AtlasProvider } from '../../src/ui/atlas/atlas-context';
import { realAtlas } from '../helpers/atlas';

const runs: NodeOverrides[] = [];
vi.mock('../../src/worker/analysis-client', () => ({
  getAnalysisClient: () => ({
    init: () => Promise.resolve(),
    run: (_params: unknown, overrides: NodeOverrides) => {
      runs.push(overrides);
      return Promise.resolve(null);
    },
  }),
}));

const NARYN_NORTH: [number, number] = [75.99, 41.6];

/** Lets the queued run start (the worker is asked once the geodata is there). */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function renderRunner() {
  render(
    <AtlasProvider load={() => Promise.resolve(realAtlas())}>
      <AnalysisRunner />
    </AtlasProvider>,
  );
  await settle();
  runs.length = 0;
}

beforeEach(() => {
  useScenarioStore.getState().replaceScenario(defaultScenario());
  useAnalysisStore.setState({ result: null, computing: false, dragPreview: null, error: null });
});

describe('the analysis runner', () => {
  it('runs on the previewed position, then on the scenario once the preview goes', async () => {
    await renderRunner();
    act(() => useAnalysisStore.getState().setDragPreview({ id: 'naryn', position: NARYN_NORTH }));
    await settle();
    expect(runs.map((run) => run.positions?.naryn)).toEqual([NARYN_NORTH]);
    act(() => useAnalysisStore.getState().setDragPreview(null));
    await settle();
    expect(runs).toHaveLength(2);
    expect(runs[1]?.positions?.naryn).toBeUndefined();
  });

  it('asks once for the edits of one action: the node kept where it was dragged, its preview gone', async () => {
    await renderRunner();
    act(() => useAnalysisStore.getState().setDragPreview({ id: 'naryn', position: NARYN_NORTH }));
    await settle();
    act(() => {
      useScenarioStore.getState().moveNode('naryn', NARYN_NORTH);
      useAnalysisStore.getState().setDragPreview(null);
    });
    await settle();
    expect(runs.map((run) => run.positions?.naryn)).toEqual([NARYN_NORTH, NARYN_NORTH]);
  });
});
