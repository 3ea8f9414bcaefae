/**
 * The one owner of the MapLibre instance. React talks to the map only through this class, which
 * declares layers from the style builders and skips updates it has already applied.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import type { Language } from '../vocabulary/languages';
import {
  type AnalysisLayerId,
  type Camera,
  OVERLAYS,
  type OverlayId,
} from '../vocabulary/scenario';
import type { AnalysisHighlight, FeatureKind, Selection } from '../vocabulary/selection';
import { ICON_IDS, ICON_PIXEL_RATIO, pillImageOptions, rasteriseIcon, VALUE_PILL } from './icons';
import { layerMeta } from './layers/common';
import { ONLINE_SOURCES, onlineLowerLayers, onlineUpperLayers } from './layers/online-basemap';
import { buildLayers } from './style';

type LayoutPropertyName = Parameters<MapLibreMap['getLayoutProperty']>[1];

import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's worker when this chunk runs, not when the map is built: its script loads and
// compiles while React renders the page and the map sets up WebGL.
maplibregl.prewarm();

export type MapFocus = { center: [number, number]; zoom: number } | { bounds: LngLatBoundsLike };

export type MapControllerOptions = {
  container: HTMLElement;
  style: maplibregl.StyleSpecification;
  /** The language the style's labels were built in. */
  language: Language;
  bounds: LngLatBoundsLike;
  onSelect: (selection: Selection) => void;
  /** Every click on the map; returning true means an editing tool used it (no selection). */
  onMapClick?: (position: [number, number]) => boolean;
  /** Called while a growth node is dragged (analysis mode) with its new position. */
  onNodeMove?: (id: string, position: [number, number]) => void;
  /** Called once when the dragged node is released, with its final position. */
  onNodeDrop?: (id: string, position: [number, number]) => void;
  onReady?: () => void;
  /** Called when the camera settles after a move (not on every frame). */
  onCameraChange?: (camera: { center: [number, number]; zoom: number }) => void;
  /** Where to start instead of the country's extent (a saved or shared view). */
  camera?: { center: [number, number]; zoom: number } | null;
};

export class MapController {
  private readonly map: MapLibreMap;
  private language: Language;
  private styleLoaded = false;
  private readonly pending: Array<() => void> = [];
  /** The style declares every overlay visible; only changes are sent, since each one re-lays out symbols. */
  private readonly overlayVisibility = new Map<OverlayId, boolean>(
    OVERLAYS.map((overlay) => [overlay, true]),
  );
  private selectedKey = '';
  private readonly sentData = new Map<string, unknown>();
  private readonly analysisVisibility = new Map<string, boolean>();
  private analysisHighlightKey = '';
  private nodeDragging = false;
  private analysisActive = false;
  private idleOnce = false;
  /** Attribution text by source id, in the interface language (see setAttribution). */
  private attributions: Readonly<Record<string, string>> = {};
  private attributionControl = new maplibregl.AttributionControl({ compact: false });

  constructor(private readonly options: MapControllerOptions) {
    this.language = options.language;
    this.map = new maplibregl.Map({
      container: options.container,
      style: options.style,
      ...(options.camera
        ? { center: options.camera.center, zoom: options.camera.zoom }
        : { bounds: options.bounds }),
      fitBoundsOptions: { padding: 24 },
      minZoom: 4,
      maxZoom: 12,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      fadeDuration: 0,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-left');
    this.map.addControl(this.attributionControl);
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    // All icons up front: added on demand, each reaches the worker a round trip later and makes
    // MapLibre lay out again every tile that uses it. The resolver stays as a fallback.
    for (const iconId of ICON_IDS) this.addIcon(iconId);
    this.map.setMissingStyleImageResolver((iconId) => this.addIcon(iconId));
    this.map.once('load', () => {
      this.styleLoaded = true;
      for (const apply of this.pending.splice(0)) apply();
    });
    this.map.once('idle', () => {
      this.idleOnce = true;
      // The moment bench/load.ts compares with a bare MapLibre page marking the same event.
      performance.mark('map-idle');
      options.onReady?.();
    });
    this.listenForSelection();
    this.listenForNodeDrags();
    this.map.on('moveend', () => {
      // The first framing of the country is not a choice of the planner's: nothing to save.
      if (!this.idleOnce) return;
      const { lng, lat } = this.map.getCenter();
      const round = (value: number) => Math.round(value * 1e5) / 1e5;
      options.onCameraChange?.({
        center: [round(lng), round(lat)],
        zoom: Math.round(this.map.getZoom() * 100) / 100,
      });
    });
    exposeProbe(this.map);
  }

  /** Shows or hides every layer of an overlay. */
  setOverlayVisible(overlay: OverlayId, visible: boolean): void {
    if (this.overlayVisibility.get(overlay) === visible) return;
    this.overlayVisibility.set(overlay, visible);
    this.whenLoaded(() => {
      for (const layer of this.layersWhere((meta) => meta.overlay === overlay)) {
        this.map.setLayoutProperty(layer.id, 'visibility', visible ? 'visible' : 'none');
      }
    });
  }

  /** Switches every label to `lang` (names fall back to English where a source has no ky/ru). */
  setLanguage(lang: Language): void {
    if (this.language === lang) return;
    this.language = lang;
    this.whenLoaded(() => {
      for (const layer of buildLayers(lang)) {
        if (!layerMeta(layer).label || layer.type !== 'symbol') continue;
        this.map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
      }
    });
  }

  /**
   * Words every source's attribution in the interface language (`attributions` by source id,
   * e.g. from `sourceAttributions(lang)`); sources added later, such as the online basemap's,
   * get theirs when they are added.
   */
  setAttribution(attributions: Readonly<Record<string, string>>): void {
    if (attributions === this.attributions) return;
    this.attributions = attributions;
    this.whenLoaded(() => this.applyAttributions());
  }

  private applyAttributions(): void {
    for (const [id, text] of Object.entries(this.attributions)) {
      const source = this.map.getSource(id);
      if (source) source.attribution = text;
    }
    // The control reads the sources' attributions when it is added: add it anew to show them.
    this.map.removeControl(this.attributionControl);
    this.attributionControl = new maplibregl.AttributionControl({ compact: false });
    this.map.addControl(this.attributionControl);
  }

  /**
   * Turns the online basemap on or off. It is added only when the browser says it is online; if
   * any of its sources fails, it is removed again and `onFailure` says so — the embedded basemap
   * underneath is never hidden, so the map is never blank.
   */
  setOnlineBasemap(on: boolean, onFailure: () => void): void {
    this.whenLoaded(() => {
      const present = this.map.getSource('online-osm') !== undefined;
      if (on === present) return;
      if (!on) return this.removeOnlineBasemap();
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return onFailure();
      for (const [id, source] of Object.entries(ONLINE_SOURCES)) this.map.addSource(id, source);
      this.applyAttributions();
      for (const layer of onlineLowerLayers()) this.map.addLayer(layer, 'oblasts-fill');
      for (const layer of onlineUpperLayers()) this.map.addLayer(layer, 'country-outline-halo');
      const onError = (event: maplibregl.ErrorEvent & { sourceId?: string }) => {
        if (!event.sourceId || !(event.sourceId in ONLINE_SOURCES)) return;
        this.map.off('error', onError);
        this.removeOnlineBasemap();
        onFailure();
      };
      this.map.on('error', onError);
    });
  }

  private removeOnlineBasemap(): void {
    for (const layer of [...onlineLowerLayers(), ...onlineUpperLayers()]) {
      if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    }
    for (const id of Object.keys(ONLINE_SOURCES)) {
      if (this.map.getSource(id)) this.map.removeSource(id);
    }
  }

  /** Where the map looks now (for a slide or a snapshot). */
  camera(): Camera {
    const { lng, lat } = this.map.getCenter();
    return {
      center: [lng, lat],
      zoom: this.map.getZoom(),
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  /** Flies to a slide's camera; jumps when the system asks for reduced motion. */
  present(camera: Camera, inset: { left: number; bottom: number } = { left: 0, bottom: 0 }): void {
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // Slides are framed for a 1920×1080 projector (a 1300×1080 map beside the caption column);
    // on a smaller screen the whole frame stays in view by zooming out by the size ratio.
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const fit = Math.min((width - inset.left) / 1300, (height - inset.bottom) / 1080);
    this.map.flyTo({
      ...camera,
      zoom: camera.zoom + Math.min(0, Math.log2(fit > 0 ? fit : 1)),
      // The caption covers the map's left side (or its bottom on a phone): frame the slide beside it.
      padding: { left: inset.left, top: 0, right: 0, bottom: inset.bottom },
      duration: 1800,
      animate: !reduceMotion,
      essential: false,
    });
  }

  /**
   * What a print needs to draw this view again elsewhere (src/map/print-map.ts): the live style
   * (data, visibility and filters as shown), the visible extent, the extent inside the camera's
   * padding (what a profile sheet leaves uncovered), the bearing and the map's size.
   */
  printView(): {
    style: maplibregl.StyleSpecification;
    bounds: [number, number, number, number];
    paddedBounds: [number, number, number, number];
    bearing: number;
    size: { width: number; height: number };
  } {
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const { top = 0, right = 0, bottom = 0, left = 0 } = this.map.getPadding();
    const corner = (x: number, y: number) => this.map.unproject([x, y]).toArray();
    const [west, north] = corner(left, top);
    const [east, south] = corner(width - right, height - bottom);
    return {
      style: this.map.getStyle(),
      bounds: this.map.getBounds().toArray().flat() as [number, number, number, number],
      paddedBounds: [west ?? 0, south ?? 0, east ?? 0, north ?? 0],
      bearing: this.map.getBearing(),
      size: { width, height },
    };
  }

  /** Moves the camera at once (a scenario opened from storage or a link brings its own view). */
  jumpTo(camera: {
    center: [number, number];
    zoom: number;
    bearing?: number;
    pitch?: number;
  }): void {
    const current = this.map.getCenter();
    if (
      current.lng === camera.center[0] &&
      current.lat === camera.center[1] &&
      this.map.getZoom() === camera.zoom
    )
      return;
    // A saved view fills the whole map again (a slide may have left padding set).
    this.map.jumpTo({ ...camera, padding: { top: 0, left: 0, right: 0, bottom: 0 } });
  }

  /** Outlines the selected feature; other highlight layers show nothing. */
  setSelection(selection: Selection | null): void {
    const key = selection ? `${selection.kind}:${selection.id}` : '';
    if (key === this.selectedKey) return;
    this.selectedKey = key;
    this.whenLoaded(() => this.applySelection(selection));
  }

  /** Replaces a source's GeoJSON; the same object twice is sent once. */
  setData(sourceId: string, data: GeoJSON.FeatureCollection): void {
    if (this.sentData.get(sourceId) === data) return;
    this.sentData.set(sourceId, data);
    this.whenLoaded(() => {
      const source = this.map.getSource(sourceId);
      if (source?.type === 'geojson') (source as maplibregl.GeoJSONSource).setData(data);
    });
  }

  /** Shows the analysis layers whose toggle is on, and only while the analysis is open. */
  setAnalysisView(active: boolean, visible: Record<AnalysisLayerId, boolean>): void {
    this.whenLoaded(() => {
      // Region tints step back so the result reads first.
      if (this.analysisActive !== active) {
        this.analysisActive = active;
        this.map.setPaintProperty('oblasts-fill', 'fill-opacity', active ? 0.25 : 0.55);
      }
      const shown = (meta: ReturnType<typeof layerMeta>) =>
        active &&
        (meta.highlightsRowOf !== undefined ||
          (meta.analysis !== undefined && visible[meta.analysis]));
      for (const layer of this.layersWhere(
        (meta) => meta.analysis !== undefined || meta.highlightsRowOf !== undefined,
      )) {
        const show = shown(layerMeta(layer));
        if (this.analysisVisibility.get(layer.id) === show) continue;
        this.analysisVisibility.set(layer.id, show);
        this.map.setLayoutProperty(layer.id, 'visibility', show ? 'visible' : 'none');
      }
    });
  }

  /** Outlines the result polygon of the stats-table row the planner points at. */
  setAnalysisHighlight(highlight: AnalysisHighlight | null): void {
    const key = highlight ? `${highlight.table}:${highlight.key}` : '';
    if (key === this.analysisHighlightKey) return;
    this.analysisHighlightKey = key;
    this.whenLoaded(() => {
      for (const layer of this.layersWhere((meta) => meta.highlightsRowOf !== undefined)) {
        const { highlightsRowOf, highlightKey = 'id' } = layerMeta(layer);
        const value = highlight && highlight.table === highlightsRowOf ? highlight.key : '';
        this.map.setFilter(layer.id, ['==', ['get', highlightKey], value]);
      }
    });
  }

  /** In analysis mode growth nodes can be dragged; elsewhere the map pans as usual. */
  setNodeDragging(enabled: boolean): void {
    this.nodeDragging = enabled;
  }

  private applySelection(selection: Selection | null): void {
    const kindOfHighlight: Record<string, FeatureKind> = {
      'oblasts-highlight': 'region',
      'growth-nodes-highlight': 'node',
      'logistics-highlight': 'logistics',
      'clusters-highlight': 'cluster',
    };
    for (const layer of this.layersWhere((meta) => meta.highlight === true)) {
      const id = selection && kindOfHighlight[layer.id] === selection.kind ? selection.id : '';
      const property = selection?.kind === 'cluster' ? 'cluster' : 'id';
      this.map.setFilter(layer.id, ['==', ['get', property], id]);
    }
  }

  focus(target: MapFocus): void {
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const padding = this.paddingBesideProfile();
    if ('bounds' in target) {
      this.map.fitBounds(target.bounds, { padding, maxZoom: 8.5, animate: !reduceMotion });
    } else {
      this.map.flyTo({ center: target.center, zoom: target.zoom, padding, animate: !reduceMotion });
    }
  }

  /** The profile sheet covers the right side (desktop) or the lower part (phone) of the map. */
  private paddingBesideProfile() {
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const phone = width <= 720;
    return phone
      ? { top: 40, left: 30, right: 30, bottom: Math.round(height * 0.55) }
      : { top: 60, left: 60, bottom: 60, right: Math.min(480, Math.round(width * 0.4)) };
  }

  destroy(): void {
    window.__atlasMapProbe = undefined;
    this.map.remove();
  }

  /** Style changes must wait until MapLibre has parsed the style; later ones apply at once. */
  private whenLoaded(apply: () => void): void {
    if (this.styleLoaded) apply();
    else this.pending.push(apply);
  }

  private layersWhere(test: (meta: ReturnType<typeof layerMeta>) => boolean): LayerSpecification[] {
    return (this.map.getStyle()?.layers ?? []).filter((layer) => test(layerMeta(layer)));
  }

  private addIcon(iconId: string): void {
    if (this.map.hasImage(iconId)) return;
    const image = rasteriseIcon(iconId);
    const options = iconId === VALUE_PILL ? pillImageOptions() : { pixelRatio: ICON_PIXEL_RATIO };
    if (image) this.map.addImage(iconId, image, options);
  }

  /** Press on a growth node and move: the node follows the pointer (mouse or one finger). */
  private listenForNodeDrags(): void {
    let dragged: string | null = null;
    const start = (event: maplibregl.MapLayerMouseEvent | maplibregl.MapLayerTouchEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (!this.nodeDragging || typeof id !== 'string') return;
      if ('points' in event && event.points.length !== 1) return;
      event.preventDefault();
      dragged = id;
      this.map.getCanvas().style.cursor = 'grabbing';
    };
    let last: [number, number] | null = null;
    const move = (event: maplibregl.MapMouseEvent | maplibregl.MapTouchEvent) => {
      if (!dragged) return;
      last = [event.lngLat.lng, event.lngLat.lat];
      this.options.onNodeMove?.(dragged, last);
    };
    const end = () => {
      if (dragged && last) this.options.onNodeDrop?.(dragged, last);
      dragged = null;
      last = null;
      this.map.getCanvas().style.cursor = '';
    };
    this.map.on('mousedown', 'growth-nodes', start);
    this.map.on('touchstart', 'growth-nodes', start);
    this.map.on('mousemove', move);
    this.map.on('touchmove', move);
    this.map.on('mouseup', end);
    this.map.on('touchend', end);
  }

  /** A click on any selectable layer selects its top-most feature; the cursor says what is clickable. */
  private listenForSelection(): void {
    const selectable = () =>
      this.layersWhere((meta) => meta.selects !== undefined).map((layer) => layer.id);
    this.map.on('click', (event) => {
      if (this.options.onMapClick?.([event.lngLat.lng, event.lngLat.lat])) return;
      const layers = selectable().filter(
        (id) => this.map.getLayoutProperty(id, 'visibility') !== 'none',
      );
      const [feature] = this.map.queryRenderedFeatures(event.point, { layers });
      if (!feature) return;
      const layer = this.map
        .getStyle()
        .layers.find((candidate) => candidate.id === feature.layer.id);
      const kind = layer ? layerMeta(layer).selects : undefined;
      const id = feature.properties?.[kind === 'cluster' ? 'cluster' : 'id'];
      if (kind && typeof id === 'string') this.options.onSelect({ kind, id });
    });
    this.map.on('mousemove', (event) => {
      const hits = this.map.queryRenderedFeatures(event.point, { layers: selectable() });
      this.map.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : '';
    });
  }
}

/** Read-only view of the live map for end-to-end tests and debugging from the console. */
export type MapProbe = {
  layoutProperty: (layerId: string, property: LayoutPropertyName) => unknown;
  center: () => [number, number];
  project: (lon: number, lat: number) => [number, number];
  renderedIds: (layerId: string) => string[];
  filter: (layerId: string) => unknown;
  /** True once MapLibre has drawn everything asked of it: camera at rest, tiles and labels in. */
  idle: () => boolean;
};

declare global {
  interface Window {
    __atlasMapProbe?: MapProbe;
  }
}

function exposeProbe(map: MapLibreMap): void {
  // MapLibre fires 'idle' after the last frame of a change and 'render' on every frame.
  let drawn = false;
  map.on('render', () => {
    drawn = false;
  });
  map.on('idle', () => {
    drawn = true;
  });
  window.__atlasMapProbe = {
    idle: () => drawn && map.loaded() && !map.isMoving(),
    layoutProperty: (layerId, property) => map.getLayoutProperty(layerId, property),
    center: () => map.getCenter().toArray() as [number, number],
    project: (lon, lat) => {
      const point = map.project([lon, lat]);
      return [point.x, point.y];
    },
    filter: (layerId) => map.getFilter(layerId),
    renderedIds: (layerId) =>
      map
        .queryRenderedFeatures({ layers: [layerId] })
        .map((feature) => String(feature.properties?.id)),
  };
}
