// The map scene's input for the default scenario in Explore, with nothing selected or computed;
// tests override what they examine.
import type { MapSceneInput } from '../../src/map/map-scene';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { realAtlas } from './atlas';

export function sceneInput(overrides: Partial<MapSceneInput> = {}): MapSceneInput {
  const { view, nodes } = defaultScenario();
  return {
    atlas: realAtlas(),
    language: 'en',
    mode: 'explore',
    overlays: view.overlays,
    analysisLayers: view.analysisLayers,
    selection: null,
    analysisHighlight: null,
    onlineBasemap: false,
    nodes,
    dragPreview: null,
    result: null,
    compared: null,
    indicator: null,
    finderMatches: null,
    planning: null,
    userLayers: [],
    ...overrides,
  };
}
