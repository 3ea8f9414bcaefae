/** Mounts the map once, bound to the stores (src/map/map-binding.ts); shows loading and failure. */
import { useEffect, useRef, useState } from 'react';
import { embeddedGlyphsUrl } from '../../map/embedded-glyphs';
import { glyphsUrl } from '../../map/fonts';
import { bindMap, mapOptionsFromStores } from '../../map/map-binding';
import { MapController } from '../../map/map-controller';
import { PORTABLE } from '../../platform/portable';
import { useAtlas } from '../atlas/atlas-context';
import { useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from './map-context';

export function MapView() {
  const atlas = useAtlas();
  const t = useTranslation();
  const controllerRef = useMapControllerRef();
  const containerRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || controllerRef.current) return;
    let controller: MapController;
    try {
      controller = new MapController({
        container,
        glyphs: PORTABLE ? embeddedGlyphsUrl() : glyphsUrl(document.baseURI),
        onReady: () => setReady(true),
        ...mapOptionsFromStores(atlas),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    controllerRef.current = controller;
    const unbind = bindMap(atlas, controller);
    return () => {
      unbind();
      controller.destroy();
      controllerRef.current = null;
    };
  }, [atlas, controllerRef]);

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
