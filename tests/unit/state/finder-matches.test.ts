// The finder's matches are derived once, outside React, from the stores' state: the same state
// gives the same object, and the map marks them whenever a filter is set.
import { beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/investor/finder';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import {
  currentFinderMatchesOnMap,
  currentFinderOutcome,
  finderOutcome,
} from '../../../src/state/finder-matches';
import { useFinderStore } from '../../../src/state/finder-store';
import { useScenarioStore } from '../../../src/state/scenario-store';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();

beforeEach(() => {
  useScenarioStore.getState().replaceScenario(defaultScenario());
  useFinderStore.setState({ filters: NO_FILTERS });
});

describe('finder matches', () => {
  it('finds the Issyk-Kul places for the tourism cluster (§5.3)', () => {
    useFinderStore.getState().setFilters({ clusters: ['tourism'] });
    const ids = currentFinderOutcome(atlas).matches.map((m) => `${m.kind}:${m.id}`);
    expect(ids.sort()).toEqual(['node:balykchy', 'node:karakol', 'region:issyk-kul']);
  });

  it('gives the same object for the same filters, nodes and result, a new one after an edit', () => {
    useFinderStore.getState().setFilters({ clusters: ['tourism'] });
    const first = currentFinderOutcome(atlas);
    const { filters } = useFinderStore.getState();
    expect(finderOutcome(atlas, filters, useScenarioStore.getState().nodes, null)).toBe(first);
    useScenarioStore.getState().moveNode('karakol', [78.2, 42.3]);
    const moved = currentFinderOutcome(atlas);
    expect(moved).not.toBe(first);
    expect(moved.matches.find((m) => m.id === 'karakol')?.position).toEqual([78.2, 42.3]);
  });

  it('marks nothing on the map until a filter is set', () => {
    expect(currentFinderMatchesOnMap(atlas)).toBeNull();
    useFinderStore.getState().setFilters({ maxLogisticsKm: 50 });
    expect(currentFinderMatchesOnMap(atlas)?.length).toBeGreaterThan(0);
  });
});
