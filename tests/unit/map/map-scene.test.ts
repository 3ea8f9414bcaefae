// The map's one description of what to draw, checked without MapLibre against what each state
// must show: which layers, where the nodes are, what is outlined, and that nothing is rebuilt
// when its inputs did not change.
import type { Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/types';
import { finderInputOf, findTerritories, NO_FILTERS } from '../../../src/investor/finder';
import { type MapSceneInput, mapScene } from '../../../src/map/map-scene';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { realAtlas } from '../../helpers/atlas';
import { sceneInput } from '../../helpers/scene-input';
import { sharedSession } from '../analysis/analysis-test-kit';

const atlas = realAtlas();
const { view, nodes } = defaultScenario();

const explore: MapSceneInput = sceneInput();
const analyse: MapSceneInput = { ...explore, mode: 'analyse' };

const settlement = (id: string) =>
  atlas.settlements.features.find((f) => f.properties.id === id)?.geometry.coordinates;
const pointOf = (
  scene: ReturnType<typeof mapScene>,
  source: 'growth-nodes' | 'logistics',
  id: string,
) =>
  (
    scene.sources[source].features.find((f) => f.properties?.id === id)?.geometry as
      | Point
      | undefined
  )?.coordinates;

let result: AnalysisResult;
beforeAll(async () => {
  result = (await sharedSession()).session.run({ method: 'radius', radiusKm: 50 });
}, 60_000);

describe('which layers the scene shows', () => {
  it('in Analyse with clusters on: the result layers that are toggled on, no cluster badges', () => {
    const scene = mapScene({
      ...analyse,
      analysisLayers: {
        catchments: true,
        overlaps: false,
        uncovered: true,
        zones: true,
        band: false,
      },
    });
    expect(scene.visible['clusters-icon']).toBe(false);
    expect(scene.visible['clusters-highlight']).toBe(false);
    expect(scene.visible['analysis-catchments-fill']).toBe(true);
    expect(scene.visible['analysis-catchment-labels']).toBe(true);
    expect(scene.visible['analysis-zones-fill']).toBe(true);
    expect(scene.visible['analysis-zones-outlook-line']).toBe(true);
    expect(scene.visible['analysis-overlaps-fill']).toBe(false);
    expect(scene.visible['analysis-band-fill']).toBe(false);
    // Pointing at a statistics row works for every table while analysing.
    expect(scene.visible['analysis-band-highlight']).toBe(true);
    expect(scene.visible['growth-nodes']).toBe(true);
    expect(scene.visible['logistics-icon']).toBe(true);
    expect(scene.paint['oblasts-fill']?.['fill-opacity']).toBe(0.25);
    expect(scene.nodeDragging).toBe(true);
  });

  it('in Explore: the clusters, no analysis layer at all, region tints at full strength', () => {
    const scene = mapScene(explore);
    expect(scene.visible['clusters-icon']).toBe(true);
    const analysisLayers = Object.entries(scene.visible).filter(([id]) =>
      id.startsWith('analysis-'),
    );
    expect(analysisLayers.length).toBeGreaterThan(10);
    expect(analysisLayers.filter(([, shown]) => shown)).toEqual([]);
    expect(scene.paint['oblasts-fill']?.['fill-opacity']).toBe(0.55);
    expect(scene.nodeDragging).toBe(false);
  });

  it('hides every layer of an overlay that is off, its highlight too', () => {
    const scene = mapScene({ ...explore, overlays: { ...view.overlays, logistics: false } });
    expect(scene.visible['logistics-icon']).toBe(false);
    expect(scene.visible['logistics-highlight']).toBe(false);
    expect(scene.visible['growth-nodes']).toBe(true);
  });

  it('always shows the basemap and carries the online basemap flag through', () => {
    const scene = mapScene({ ...analyse, onlineBasemap: true });
    for (const id of ['background', 'country-fill', 'lakes', 'settlements-label']) {
      expect(scene.visible[id], id).toBe(true);
    }
    expect(scene.onlineBasemap).toBe(true);
  });
});

describe('where the scene puts the growth nodes', () => {
  it('draws a Concept node at its settlement, a moved one where the planner put it', () => {
    const moved = mapScene({ ...explore, nodes: { ...nodes, moved: { naryn: [75.2, 41.1] } } });
    expect(pointOf(mapScene(explore), 'growth-nodes', 'naryn')).toEqual(settlement('naryn'));
    expect(pointOf(moved, 'growth-nodes', 'naryn')).toEqual([75.2, 41.1]);
    expect(pointOf(moved, 'growth-nodes', 'karakol')).toEqual(settlement('karakol'));
  });

  it('draws a candidate, and a node being dragged where the pointer is', () => {
    const scene = mapScene({
      ...analyse,
      nodes: {
        ...nodes,
        candidates: [{ id: 'candidate-1', name: 'Ak-Say', position: [75, 41.6], region: 'naryn' }],
      },
      dragPreview: { id: 'karakol', position: [78, 42] },
    });
    expect(pointOf(scene, 'growth-nodes', 'candidate-1')).toEqual([75, 41.6]);
    expect(pointOf(scene, 'growth-nodes', 'karakol')).toEqual([78, 42]);
  });

  it('keeps a logistics centre on its growth node when the node is moved', () => {
    const scene = mapScene({ ...explore, nodes: { ...nodes, moved: { balykchy: [76.5, 42.2] } } });
    expect(pointOf(scene, 'logistics', 'balykchy')).toEqual([76.5, 42.2]);
    expect(pointOf(scene, 'logistics', 'osh')).toEqual(settlement('osh'));
  });
});

describe('what the scene outlines', () => {
  it('outlines the selected node and nothing on the other highlight layers', () => {
    const scene = mapScene({ ...explore, selection: { kind: 'node', id: 'naryn' } });
    expect(scene.filters['growth-nodes-highlight']).toEqual(['==', ['get', 'id'], 'naryn']);
    expect(scene.filters['oblasts-highlight']).toEqual(['==', ['get', 'id'], '']);
    expect(scene.filters['logistics-highlight']).toEqual(['==', ['get', 'id'], '']);
  });

  it("outlines a cluster's badges by their cluster type", () => {
    const scene = mapScene({ ...explore, selection: { kind: 'cluster', id: 'tourism' } });
    expect(scene.filters['clusters-highlight']).toEqual(['==', ['get', 'cluster'], 'tourism']);
  });

  it('outlines the polygon of the statistics row pointed at, in its own table only', () => {
    const scene = mapScene({ ...analyse, analysisHighlight: { table: 'zones', key: 'CN' } });
    expect(scene.filters['analysis-zones-highlight']).toEqual(['==', ['get', 'neighbour'], 'CN']);
    expect(scene.filters['analysis-catchments-highlight']).toEqual(['==', ['get', 'node'], '']);
  });

  it("rings the finder's matches at their places, and nothing without matches", () => {
    const matches = findTerritories(finderInputOf(atlas, nodes, null), {
      ...NO_FILTERS,
      clusters: ['tourism'],
    }).matches;
    const scene = mapScene({ ...explore, finderMatches: matches });
    const ringed = scene.sources['finder-nodes'].features.map((f) => f.properties?.id).sort();
    expect(ringed).toEqual(['balykchy', 'karakol']);
    expect(scene.sources['finder-regions'].features.map((f) => f.properties?.id)).toEqual([
      'issyk-kul',
    ]);
    expect(mapScene(explore).sources['finder-nodes'].features).toEqual([]);
  });
});

describe("the zones' status (§5.4)", () => {
  it("marks China's neighbourhood as one to take into account, the three others as zones", () => {
    const zones = mapScene({ ...analyse, result }).sources['analysis-zones'].features;
    const status = Object.fromEntries(
      zones.map((f) => [f.properties?.neighbour, f.properties?.status]),
    );
    expect(status).toEqual({ UZ: 'zone', TJ: 'zone', KZ: 'zone', CN: 'take-into-account' });
  });
});

describe('what the scene rebuilds', () => {
  it('gives the identical source objects for unchanged inputs', () => {
    const first = mapScene({ ...analyse, result });
    const again = mapScene({ ...analyse, result });
    for (const [id, data] of Object.entries(first.sources)) {
      expect(again.sources[id as keyof typeof first.sources], id).toBe(data);
    }
  });

  it('rebuilds only the sources whose inputs changed', () => {
    const first = mapScene({ ...analyse, result });
    const selected = mapScene({ ...analyse, result, selection: { kind: 'node', id: 'naryn' } });
    expect(selected.sources).toEqual(first.sources);
    for (const [id, data] of Object.entries(first.sources)) {
      expect(selected.sources[id as keyof typeof first.sources], id).toBe(data);
    }
    const russian = mapScene({
      ...analyse,
      result,
      selection: { kind: 'node', id: 'naryn' },
      language: 'ru',
    });
    // Areas are written in the interface language; the polygons and the nodes stay as they were.
    expect(russian.sources['analysis-catchment-labels']).not.toBe(
      first.sources['analysis-catchment-labels'],
    );
    expect(russian.sources['analysis-catchments']).toBe(first.sources['analysis-catchments']);
    expect(russian.sources['growth-nodes']).toBe(first.sources['growth-nodes']);
    const moved = mapScene({
      ...analyse,
      result,
      language: 'ru',
      nodes: { ...nodes, moved: { naryn: [75.2, 41.1] } },
    });
    expect(moved.sources['growth-nodes']).not.toBe(russian.sources['growth-nodes']);
    expect(moved.sources.oblasts).toBe(russian.sources.oblasts);
  });
});

describe("the scene's credits", () => {
  it('words every source, the online basemap included, in the interface language', () => {
    const kyrgyz = mapScene({ ...explore, language: 'ky' }).attributions;
    expect(kyrgyz.oblasts).toBe('Чек аралар: Natural Earth (коомдук менчик)');
    expect(mapScene({ ...explore, language: 'ru' }).attributions['online-osm']).toContain(
      'участники OpenStreetMap',
    );
    // The same language gives the same object: the controller re-adds its control only on a switch.
    expect(mapScene({ ...analyse, language: 'ky' }).attributions).toBe(kyrgyz);
  });
});
