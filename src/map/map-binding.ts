/**
 * Binds the map to the stores, one way: every change of the state the map depends on becomes one
 * scene (src/map/map-scene.ts) handed to the controller; the map's own events go back as actions.
 */
import turfBbox from '@turf/bbox';
import type { AtlasData } from '../data/atlas';
import { useAnalysisStore } from '../state/analysis-store';
import { currentFinderMatchesOnMap } from '../state/finder-matches';
import { useFinderStore } from '../state/finder-store';
import { useNoticeStore } from '../state/notice-store';
import { usePlanningStore } from '../state/planning-store';
import { shownIndicator, useRegionalTableStore } from '../state/regional-table-store';
import { useScenarioStore } from '../state/scenario-store';
import { useUserLayersStore } from '../state/user-layers-store';
import { useViewStore } from '../state/view-store';
import type { MapController, MapControllerOptions } from './map-controller';
import { type MapScene, mapScene } from './map-scene';
import type { PlanningSceneInput } from './planning-sources';

/** The scene for the state of the stores now. */
function currentMapScene(atlas: AtlasData): MapScene {
  const { view, nodes } = useScenarioStore.getState();
  const { selection, onlineBasemap } = useViewStore.getState();
  const { result, compared, highlight, dragPreview } = useAnalysisStore.getState();
  return mapScene({
    atlas,
    language: view.language,
    mode: view.mode,
    overlays: view.overlays,
    analysisLayers: view.analysisLayers,
    selection,
    analysisHighlight: highlight,
    onlineBasemap,
    nodes,
    dragPreview,
    result,
    compared,
    indicator: view.indicator,
    userIndicator: shownIndicator(useRegionalTableStore.getState().table),
    finderMatches: currentFinderMatchesOnMap(atlas),
    planning: currentPlanningOnMap(),
    userLayers: useUserLayersStore.getState().layers,
  });
}

/** The open planning question's answers, or null while planning is closed. */
function currentPlanningOnMap(): PlanningSceneInput | null {
  const { open, question, options, jobs } = usePlanningStore.getState();
  if (!open) return null;
  return {
    question,
    siteObjective: options.siteObjective,
    siteSurface: jobs.siteSurface.answer,
    bestSites: jobs.bestSites.answer,
    gravity: jobs.gravity.answer,
  };
}

/**
 * The controller's options from the stores: the first scene, where to start, and what the map's
 * events do (select a place, let an editing tool take a click, drag a node, keep the camera).
 *
 * @example
 *   const controller = new MapController({ container, glyphs, ...mapOptionsFromStores(atlas) });
 */
export function mapOptionsFromStores(
  atlas: AtlasData,
): Omit<MapControllerOptions, 'container' | 'glyphs' | 'onReady'> {
  const [west, south, east, north] = turfBbox(atlas.country);
  const { setDragPreview } = useAnalysisStore.getState();
  return {
    scene: currentMapScene(atlas),
    bounds: [west, south, east, north],
    camera: useScenarioStore.getState().view.camera,
    onSelect: (selection) => {
      useUserLayersStore.getState().select(null);
      useViewStore.getState().select(selection);
    },
    onSelectUserFeature: (layerId, index) => {
      useViewStore.getState().select(null);
      useUserLayersStore.getState().select({ layerId, index });
    },
    onMapClick: (position) => useViewStore.getState().mapClicked(position),
    onNodeMove: (id, position) => setDragPreview({ id, position }),
    onNodeDrop: (id, position) => {
      useScenarioStore.getState().moveNode(id, position);
      setDragPreview(null);
    },
    onCameraChange: (camera) => useScenarioStore.getState().setView({ camera }),
    onOnlineBasemapFailure: () => {
      useViewStore.getState().setOnlineBasemap(false);
      useNoticeStore.getState().notify({ tone: 'warning', message: { key: 'onlineUnavailable' } });
    },
  };
}

/** What the binding drives: the controller, or a stand-in in tests. */
export type SceneTarget = Pick<MapController, 'show' | 'jumpTo'>;

/**
 * Shows the stores' state on `target` now and after every change, until the returned function is
 * called. When another scenario opens, the camera jumps to the view it was saved with.
 *
 * @example
 *   const unbind = bindMap(atlas, controller);
 *   // … later
 *   unbind();
 */
export function bindMap(atlas: AtlasData, target: SceneTarget): () => void {
  let scenarioId = useScenarioStore.getState().meta.id;
  const sync = () => {
    const { meta, view } = useScenarioStore.getState();
    if (meta.id !== scenarioId) {
      scenarioId = meta.id;
      if (view.camera) target.jumpTo(view.camera);
    }
    target.show(currentMapScene(atlas));
  };
  sync();
  const unsubscribers = [
    useViewStore.subscribe(sync),
    useScenarioStore.subscribe(sync),
    useAnalysisStore.subscribe(sync),
    useFinderStore.subscribe(sync),
    usePlanningStore.subscribe(sync),
    useUserLayersStore.subscribe(sync),
    useRegionalTableStore.subscribe(sync),
  ];
  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
  };
}
