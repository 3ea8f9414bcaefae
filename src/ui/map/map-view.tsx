/** Mounts the map once and keeps it in step with the view store (language, overlays, selection). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { choroplethOf } from '../../investor/choropleth';
import { glyphsUrl } from '../../map/fonts';
import { MapController } from '../../map/map-controller';
import {
  analysisSources,
  buildMapSources,
  finderSources,
  growthNodeSource,
  indicatorSources,
  sourceAttributions,
} from '../../map/sources';
import { buildStyle } from '../../map/style';
import { useAnalysisStore } from '../../state/analysis-store';
import { useFinderStore } from '../../state/finder-store';
import { useNoticeStore } from '../../state/notice-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import { OVERLAYS } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from './map-context';

/** The country's extent with a margin, so it fills the first view on any screen. */
function countryBounds(coordinates: number[][]): [number, number, number, number] {
  const lons = coordinates.map((c) => c[0] ?? 0);
  const lats = coordinates.map((c) => c[1] ?? 0);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

export function MapView() {
  const atlas = useAtlas();
  const t = useTranslation();
  const controllerRef = useMapControllerRef();
  const containerRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const sources = useMemo(() => buildMapSources(atlas), [atlas]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || controllerRef.current) return;
    const { select } = useViewStore.getState();
    const language = useScenarioStore.getState().view.language;
    const outline = atlas.country.features[0]?.geometry;
    const rings =
      outline?.type === 'Polygon' ? outline.coordinates : (outline?.coordinates.flat() ?? []);
    const { setDragPreview } = useAnalysisStore.getState();
    try {
      controllerRef.current = new MapController({
        container,
        language,
        style: buildStyle({
          lang: language,
          glyphs: glyphsUrl(document.baseURI),
          sources,
          attributions: sourceAttributions(language),
        }),
        bounds: countryBounds(rings.flat()),
        onSelect: select,
        onMapClick: (position) => useViewStore.getState().mapClicked(position),
        onNodeMove: (id, position) => setDragPreview({ id, position }),
        onNodeDrop: (id, position) => {
          useScenarioStore.getState().moveNode(id, position);
          setDragPreview(null);
        },
        camera: useScenarioStore.getState().view.camera,
        onCameraChange: (camera) => useScenarioStore.getState().setView({ camera }),
        onReady: () => setReady(true),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    const controller = controllerRef.current;
    // Derived sources are rebuilt only when their inputs change, so the controller can skip resends.
    // The style already holds the initial state: no result, no moved node, the starting language.
    let shownResult: unknown = null;
    let shownCompared: unknown = null;
    let shownLanguage: string = language;
    let shownNodes: unknown = null;
    let shownDrag: unknown = null;
    let shownIndicator: unknown = null;
    let shownMatches: unknown = null;
    let shownIndicatorLanguage: string = language;
    let shownScenarioId = useScenarioStore.getState().meta.id;
    const sync = () => {
      const { view, nodes, meta } = useScenarioStore.getState();
      if (meta.id !== shownScenarioId) {
        shownScenarioId = meta.id;
        if (view.camera) controller.jumpTo(view.camera);
      }
      const { result, highlight, dragPreview, compared } = useAnalysisStore.getState();
      const analysing = view.mode === 'analyse';
      controller.setLanguage(view.language);
      controller.setAttribution(sourceAttributions(view.language));
      for (const overlay of OVERLAYS) {
        // Cluster badges would hide the catchments the planner is working on.
        const shown = view.overlays[overlay] && !(analysing && overlay === 'clusters');
        controller.setOverlayVisible(overlay, shown);
      }
      const viewState = useViewStore.getState();
      controller.setSelection(viewState.selection);
      controller.setOnlineBasemap(viewState.onlineBasemap, () => {
        useViewStore.getState().setOnlineBasemap(false);
        useNoticeStore
          .getState()
          .notify({ tone: 'warning', message: { key: 'onlineUnavailable' } });
      });
      controller.setNodeDragging(analysing);
      controller.setAnalysisView(analysing, view.analysisLayers);
      controller.setAnalysisHighlight(highlight);
      if (result !== shownResult || view.language !== shownLanguage || compared !== shownCompared) {
        shownResult = result;
        shownLanguage = view.language;
        shownCompared = compared;
        for (const [id, data] of Object.entries(analysisSources(result, view.language, compared))) {
          controller.setData(id, data);
        }
      }
      if (view.indicator !== shownIndicator || view.language !== shownIndicatorLanguage) {
        shownIndicator = view.indicator;
        shownIndicatorLanguage = view.language;
        const choropleth = view.indicator ? choroplethOf(atlas, view.indicator) : null;
        for (const [id, data] of Object.entries(
          indicatorSources(atlas, choropleth, view.language),
        )) {
          controller.setData(id, data);
        }
      }
      const { shown } = useFinderStore.getState();
      if (shown !== shownMatches) {
        shownMatches = shown;
        for (const [id, data] of Object.entries(finderSources(atlas, shown))) {
          controller.setData(id, data);
        }
      }
      if (shownNodes === null) shownNodes = nodes; // the style was built with these
      if (nodes !== shownNodes || dragPreview !== shownDrag) {
        shownNodes = nodes;
        shownDrag = dragPreview;
        controller.setData('growth-nodes', growthNodeSource(atlas, nodes, dragPreview));
      }
    };
    sync();
    const unsubscribers = [
      useViewStore.subscribe(sync),
      useScenarioStore.subscribe(sync),
      useAnalysisStore.subscribe(sync),
      useFinderStore.subscribe(sync),
    ];
    return () => {
      for (const unsubscribe of unsubscribers) unsubscribe();
      controller.destroy();
      controllerRef.current = null;
    };
  }, [atlas, sources, controllerRef]);

  return (
    <div className="map-view" data-map-ready={ready ? 'true' : 'false'}>
      <div ref={containerRef} className="map-canvas" />
      {ready || failure ? null : (
        <p className="map-loading" role="status">
          {t('shell:loading')}
        </p>
      )}
      {failure ? (
        <div className="map-failure" role="alert">
          {t('shell:mapUnavailable')}
        </div>
      ) : null}
    </div>
  );
}
