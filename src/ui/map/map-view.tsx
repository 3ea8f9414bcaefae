/** Mounts the map once and keeps it in step with the view store (language, overlays, selection). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { glyphsUrl } from '../../map/fonts';
import { MapController } from '../../map/map-controller';
import {
  analysisSources,
  buildMapSources,
  growthNodeSource,
  sourceAttributions,
} from '../../map/sources';
import { buildStyle } from '../../map/style';
import { useAnalysisStore } from '../../state/analysis-store';
import { OVERLAYS, useViewStore } from '../../state/view-store';
import { useAtlas } from '../atlas/atlas-context';
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
    const { language, select } = useViewStore.getState();
    const outline = atlas.country.features[0]?.geometry;
    const rings =
      outline?.type === 'Polygon' ? outline.coordinates : (outline?.coordinates.flat() ?? []);
    try {
      controllerRef.current = new MapController({
        container,
        language,
        style: buildStyle({
          lang: language,
          glyphs: glyphsUrl(document.baseURI),
          sources,
          attributions: sourceAttributions,
        }),
        bounds: countryBounds(rings.flat()),
        onSelect: select,
        onNodeMove: useAnalysisStore.getState().moveNode,
        onReady: () => setReady(true),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    const controller = controllerRef.current;
    const syncView = (state: ReturnType<typeof useViewStore.getState>) => {
      controller.setLanguage(state.language);
      const analysing = state.mode.type === 'analyse';
      for (const overlay of OVERLAYS) {
        // Cluster badges would hide the catchments the planner is working on.
        const shown = state.visibleOverlays[overlay] && !(analysing && overlay === 'clusters');
        controller.setOverlayVisible(overlay, shown);
      }
      controller.setSelection(state.selection);
      controller.setNodeDragging(analysing);
    };
    // Derived sources are rebuilt only when their inputs change, so the controller can skip resends.
    // The style already holds the initial state: no result, no moved node, the starting language.
    let shownResult: unknown = null;
    let shownLanguage: string = language;
    let shownMoves: unknown = useAnalysisStore.getState().movedNodes;
    const syncAnalysis = () => {
      const { language, mode } = useViewStore.getState();
      const { result, movedNodes, visibleLayers, highlight } = useAnalysisStore.getState();
      controller.setAnalysisView(mode.type === 'analyse', visibleLayers);
      controller.setAnalysisHighlight(highlight);
      if (result !== shownResult || language !== shownLanguage) {
        shownResult = result;
        shownLanguage = language;
        for (const [id, data] of Object.entries(analysisSources(result, language))) {
          controller.setData(id, data);
        }
      }
      if (movedNodes !== shownMoves) {
        shownMoves = movedNodes;
        controller.setData('growth-nodes', growthNodeSource(atlas, movedNodes));
      }
    };
    syncView(useViewStore.getState());
    syncAnalysis();
    const unsubscribeView = useViewStore.subscribe((state) => {
      syncView(state);
      syncAnalysis();
    });
    const unsubscribeAnalysis = useAnalysisStore.subscribe(syncAnalysis);
    return () => {
      unsubscribeView();
      unsubscribeAnalysis();
      controller.destroy();
      controllerRef.current = null;
    };
  }, [atlas, sources, controllerRef]);

  return (
    <div className="map-view" data-map-ready={ready ? 'true' : 'false'}>
      <div ref={containerRef} className="map-canvas" />
      {ready || failure ? null : (
        <p className="map-loading" role="status">
          {t('loading')}
        </p>
      )}
      {failure ? (
        <div className="map-failure" role="alert">
          {t('mapUnavailable')}
        </div>
      ) : null}
    </div>
  );
}
