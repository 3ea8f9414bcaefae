// The binding turns the stores' state into scenes for the map, whichever panel is open: the
// finder's matches stay ringed in Explore and Analyse, and another scenario brings its camera.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/investor/finder';
import { bindMap } from '../../../src/map/map-binding';
import type { MapScene } from '../../../src/map/map-scene';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { useFinderStore } from '../../../src/state/finder-store';
import { useScenarioStore } from '../../../src/state/scenario-store';
import { useViewStore } from '../../../src/state/view-store';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();

/** A stand-in for the controller: it keeps every scene and camera jump it is given. */
function recordingTarget() {
  const scenes: MapScene[] = [];
  const jumps: unknown[] = [];
  return {
    scenes,
    jumps,
    last: () => scenes.at(-1),
    show: (scene: MapScene) => void scenes.push(scene),
    jumpTo: (camera: unknown) => void jumps.push(camera),
  };
}

const ringed = (scene: MapScene | undefined) =>
  (scene?.sources['finder-nodes'].features ?? []).map((f) => f.properties?.id).sort();

let unbind: () => void = () => {};

beforeEach(() => {
  useScenarioStore.getState().replaceScenario(defaultScenario({ id: 'first' }));
  useFinderStore.setState({ filters: NO_FILTERS });
  useViewStore.getState().select(null);
});

afterEach(() => unbind());

describe('bindMap', () => {
  it('shows the state of the stores at once', () => {
    const target = recordingTarget();
    unbind = bindMap(atlas, target);
    expect(target.scenes).toHaveLength(1);
    expect(target.last()?.language).toBe(useScenarioStore.getState().view.language);
  });

  it("keeps the finder's matches ringed after switching to Explore or Analyse", () => {
    const target = recordingTarget();
    unbind = bindMap(atlas, target);
    useScenarioStore.getState().setView({ mode: 'invest' });
    useFinderStore.getState().setFilters({ clusters: ['tourism'] });
    expect(ringed(target.last())).toEqual(['balykchy', 'karakol']);
    useScenarioStore.getState().setView({ mode: 'explore' });
    expect(ringed(target.last())).toEqual(['balykchy', 'karakol']);
    useScenarioStore.getState().setView({ mode: 'analyse' });
    expect(ringed(target.last())).toEqual(['balykchy', 'karakol']);
    useFinderStore.getState().clear();
    expect(ringed(target.last())).toEqual([]);
  });

  it('follows the selection and the node edits', () => {
    const target = recordingTarget();
    unbind = bindMap(atlas, target);
    useViewStore.getState().select({ kind: 'region', id: 'naryn' });
    expect(target.last()?.filters['oblasts-highlight']).toEqual(['==', ['get', 'id'], 'naryn']);
    useScenarioStore.getState().moveNode('naryn', [75.2, 41.1]);
    const naryn = target
      .last()
      ?.sources['growth-nodes'].features.find((f) => f.properties?.id === 'naryn');
    expect(naryn?.geometry).toEqual({ type: 'Point', coordinates: [75.2, 41.1] });
  });

  it("jumps to another scenario's saved camera when it opens, not on the same one's moves", () => {
    const target = recordingTarget();
    unbind = bindMap(atlas, target);
    useScenarioStore.getState().setView({ camera: { center: [74, 42], zoom: 7 } });
    expect(target.jumps).toEqual([]);
    const other = defaultScenario({ id: 'second' });
    useScenarioStore.getState().replaceScenario({
      ...other,
      view: { ...other.view, camera: { center: [72.8, 40.5], zoom: 8 } },
    });
    expect(target.jumps).toEqual([{ center: [72.8, 40.5], zoom: 8 }]);
  });

  it('stops showing changes once unbound', () => {
    const target = recordingTarget();
    bindMap(atlas, target)();
    useViewStore.getState().select({ kind: 'region', id: 'naryn' });
    expect(target.scenes).toHaveLength(1);
  });
});
