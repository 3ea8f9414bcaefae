// Moving a node without dragging: the move tool's transitions, the live preview the analysis and
// the map read, one undo step when kept, none when put back.
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { useAnalysisStore } from '../../../src/state/analysis-store';
import {
  cancelNodeMove,
  keepNodeMove,
  moveNodeTo,
  nodeMove,
  startNodeMove,
  stepNode,
} from '../../../src/state/node-move';
import { undo, useScenarioStore } from '../../../src/state/scenario-store';
import { useViewStore } from '../../../src/state/view-store';
import type { LonLat } from '../../../src/vocabulary/scenario';

const NARYN: LonLat = [75.99111, 41.42866];
/** 1 km of a meridian on R = 6371.0088 km, in degrees. */
const KM_OF_LATITUDE = 0.0089932;

const undoSteps = () => useScenarioStore.temporal.getState().pastStates.length;

beforeEach(() => {
  useScenarioStore.getState().replaceScenario(defaultScenario({ id: 'test', name: 'Test' }));
  useScenarioStore.temporal.getState().clear();
  useViewStore.setState({ tool: { type: 'none' } });
  useAnalysisStore.setState({ dragPreview: null });
});

describe('moving a node without dragging', () => {
  it('starts at the node, with the control to return the focus to', () => {
    startNodeMove('naryn', NARYN, 'move-node-naryn');
    expect(useViewStore.getState().tool).toEqual({
      type: 'move-node',
      id: 'naryn',
      start: NARYN,
      position: NARYN,
      returnFocusTo: 'move-node-naryn',
    });
    expect(useAnalysisStore.getState().dragPreview).toBeNull();
  });

  it('steps along great circles and shows every step as the drag preview', () => {
    startNodeMove('naryn', NARYN, 'opener');
    stepNode('north', 10);
    const north = nodeMove()?.position;
    expect(north?.[0]).toBe(NARYN[0]);
    expect((north?.[1] ?? 0) - NARYN[1]).toBeCloseTo(10 * KM_OF_LATITUDE, 6);
    expect(useAnalysisStore.getState().dragPreview).toEqual({ id: 'naryn', position: north });
    stepNode('south', 10);
    expect(nodeMove()?.position[1]).toBeCloseTo(NARYN[1], 10);
    stepNode('east', 1);
    expect(nodeMove()?.position[0]).toBeGreaterThan(NARYN[0]);
    stepNode('west', 1);
    expect(nodeMove()?.position[0]).toBeCloseTo(NARYN[0], 8);
    // Nothing is saved while moving.
    expect(useScenarioStore.getState().nodes.moved).toEqual({});
    expect(undoSteps()).toBe(0);
  });

  it('keeps the position as one undo step, clears the preview and leaves the mode', () => {
    startNodeMove('naryn', NARYN, 'opener');
    stepNode('north', 1);
    stepNode('north', 1);
    moveNodeTo([75.5, 41.5]);
    const kept = keepNodeMove();
    expect(kept?.returnFocusTo).toBe('opener');
    expect(useScenarioStore.getState().nodes.moved).toEqual({ naryn: [75.5, 41.5] });
    expect(undoSteps()).toBe(1);
    expect(useAnalysisStore.getState().dragPreview).toBeNull();
    expect(useViewStore.getState().tool).toEqual({ type: 'none' });
    undo();
    expect(useScenarioStore.getState().nodes.moved).toEqual({});
  });

  it('moves a candidate in the scenario’s list of candidates', () => {
    const id = useScenarioStore
      .getState()
      .addCandidate({ name: 'Chayek', position: [74.5, 41.93], region: 'naryn' });
    startNodeMove(id, [74.5, 41.93], 'opener');
    moveNodeTo([74.6, 41.9]);
    keepNodeMove();
    expect(useScenarioStore.getState().nodes.candidates[0]?.position).toEqual([74.6, 41.9]);
  });

  it('makes no undo step when the node is kept where it started', () => {
    startNodeMove('naryn', NARYN, 'opener');
    stepNode('east', 10);
    moveNodeTo(NARYN);
    keepNodeMove();
    expect(undoSteps()).toBe(0);
    expect(useScenarioStore.getState().nodes.moved).toEqual({});
  });

  it('puts the node back: no scenario change, and the preview goes', () => {
    const previews: unknown[] = [];
    const unsubscribe = useAnalysisStore.subscribe((state) => previews.push(state.dragPreview));
    startNodeMove('naryn', NARYN, 'opener');
    stepNode('west', 10);
    const cancelled = cancelNodeMove();
    unsubscribe();
    expect(cancelled?.returnFocusTo).toBe('opener');
    expect(useScenarioStore.getState().nodes.moved).toEqual({});
    expect(undoSteps()).toBe(0);
    expect(previews.slice(-2)).toEqual([expect.objectContaining({ id: 'naryn' }), null]);
    expect(useViewStore.getState().tool).toEqual({ type: 'none' });
  });

  it('does nothing when no move is under way', () => {
    stepNode('north', 1);
    moveNodeTo([75, 41]);
    expect(keepNodeMove()).toBeNull();
    expect(cancelNodeMove()).toBeNull();
    expect(useAnalysisStore.getState().dragPreview).toBeNull();
    expect(undoSteps()).toBe(0);
  });
});
