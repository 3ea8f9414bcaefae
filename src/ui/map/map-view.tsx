/** Mounts the map once and keeps it in step with the view store (language, overlays, selection). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { glyphsUrl } from '../../map/fonts';
import { MapController } from '../../map/map-controller';
import { buildMapSources, sourceAttributions } from '../../map/sources';
import { buildStyle } from '../../map/style';
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
        onReady: () => setReady(true),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    const controller = controllerRef.current;
    const sync = (state: ReturnType<typeof useViewStore.getState>) => {
      controller.setLanguage(state.language);
      for (const overlay of OVERLAYS)
        controller.setOverlayVisible(overlay, state.visibleOverlays[overlay]);
      controller.setSelection(state.selection);
    };
    sync(useViewStore.getState());
    const unsubscribe = useViewStore.subscribe(sync);
    return () => {
      unsubscribe();
      controller.destroy();
      controllerRef.current = null;
    };
  }, [atlas, sources, controllerRef]);

  return (
    <div className="map-view" data-map-ready={ready ? 'true' : 'false'}>
      <div ref={containerRef} className="map-canvas" />
      {failure ? (
        <div className="map-failure" role="alert">
          {t('mapUnavailable')}
        </div>
      ) : null}
    </div>
  );
}
