/**
 * The one owner of the MapLibre instance and the only code that calls it: it draws a scene
 * (src/map/map-scene.ts) by sending MapLibre only what differs from the scene drawn before.
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import type { Language } from '../vocabulary/languages';
import type { Camera } from '../vocabulary/scenario';
import type { Selection } from '../vocabulary/selection';
import { registerIcons } from './icons';
import type { LayerMeta, SourceId } from './layers/common';
import {
  ONLINE_LOWER_BEFORE,
  ONLINE_SOURCES,
  ONLINE_UPPER_BEFORE,
  onlineLowerLayers,
  onlineUpperLayers,
} from './layers/online-basemap';
import { USER_FEATURE_KEY, USER_LAYERS_BEFORE } from './layers/user-layers';
import { type MapScene, styleLayerMetas } from './map-scene';
import { sceneStyle, shown } from './scene-style';
import { slideZoom } from './slide-zoom';
import { buildLayers } from './style';

type LayoutPropertyName = Parameters<MapLibreMap['getLayoutProperty']>[1];
type PaintPropertyName = Parameters<MapLibreMap['setPaintProperty']>[1];

import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);
// Start MapLibre's worker when this chunk runs, not when the map is built: its script loads and
// compiles while React renders the page and the map sets up WebGL.
maplibregl.prewarm();

export type MapFocus = { center: [number, number]; zoom: number } | { bounds: LngLatBoundsLike };

export type MapControllerOptions = {
  container: HTMLElement;
  /** What to draw first; later scenes come through `show`. */
  scene: MapScene;
  /** Where MapLibre finds the glyphs (src/map/fonts.ts). */
  glyphs: string;
  bounds: LngLatBoundsLike;
  onSelect: (selection: Selection) => void;
  /** A click on a feature of a layer the user added: its layer and its index there. */
  onSelectUserFeature?: (layerId: string, index: number) => void;
  /** Every click on the map; returning true means an editing tool used it (no selection). */
  onMapClick?: (position: [number, number]) => boolean;
  /** Called while a growth node is dragged (analysis mode) with its new position. */
  onNodeMove?: (id: string, position: [number, number]) => void;
  /** Called once when the dragged node is released, with its final position. */
  onNodeDrop?: (id: string, position: [number, number]) => void;
  /** Called when the online basemap cannot be reached (it is taken off again). */
  onOnlineBasemapFailure?: () => void;
  onReady?: () => void;
  /** Called when the camera settles after a move (not on every frame). */
  onCameraChange?: (camera: { center: [number, number]; zoom: number }) => void;
  /** Where to start instead of the country's extent (a saved or shared view). */
  camera?: { center: [number, number]; zoom: number } | null;
};

/** Two small JSON values (filters, paint values) that draw the same. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export class MapController {
  private readonly map: MapLibreMap;
  private styleLoaded = false;
  /** Every layer's metadata from the typed builders, read once: nothing asks MapLibre for its style. */
  private readonly layerMetas: ReadonlyMap<string, LayerMeta>;
  /** The layers a click can select. */
  private readonly selectableIds: readonly string[];
  /** What the map draws now, and what it was last asked to draw (they differ until the style loads). */
  private applied: MapScene;
  private wanted: MapScene;
  private onlinePresent = false;
  /** Takes the online basemap off when one of its sources fails. */
  private onlineError: ((event: maplibregl.ErrorEvent & { sourceId?: string }) => void) | null =
    null;
  private idleOnce = false;
  private attributionControl = new maplibregl.AttributionControl({ compact: false });
  private navigationControl = new maplibregl.NavigationControl({ showCompass: false });
  private scaleControl = new maplibregl.ScaleControl({ unit: 'metric' });

  constructor(private readonly options: MapControllerOptions) {
    const { scene } = options;
    this.layerMetas = new Map(styleLayerMetas());
    this.selectableIds = styleLayerMetas()
      .filter(([, meta]) => meta.selects !== undefined)
      .map(([id]) => id);
    // The style draws the first scene as it is; the online basemap is added once the style loads.
    this.applied = { ...scene, onlineBasemap: false };
    this.wanted = scene;
    this.map = new maplibregl.Map({
      container: options.container,
      style: this.styleOf(this.applied, false),
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
      locale: scene.controlTexts,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(this.navigationControl, 'top-left');
    this.map.addControl(this.attributionControl);
    this.map.addControl(this.scaleControl, 'bottom-left');
    registerIcons(this.map);
    this.map.once('load', () => {
      this.styleLoaded = true;
      this.applyWanted();
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

  /**
   * Draws `scene`: only what differs from the scene drawn last is sent to MapLibre (a source's
   * data when its object changed, a layer's visibility, filter or paint when its value did).
   */
  show(scene: MapScene): void {
    this.wanted = scene;
    if (this.styleLoaded) this.applyWanted();
  }

  private styleOf(scene: MapScene, online: boolean): maplibregl.StyleSpecification {
    return sceneStyle(scene, { glyphs: this.options.glyphs, online });
  }

  private applyWanted(): void {
    const next = this.wanted;
    const last = this.applied;
    if (next === last) return;
    for (const [id, data] of Object.entries(next.sources)) {
      if (data === last.sources[id as SourceId]) continue;
      const source = this.map.getSource(id);
      if (source?.type === 'geojson') (source as maplibregl.GeoJSONSource).setData(data);
    }
    if (next.userLayers !== last.userLayers) this.applyUserLayers(next.userLayers, last.userLayers);
    if (next.language !== last.language) this.applyLanguage(next.language);
    if (next.attributions !== last.attributions) this.applyAttributions(next.attributions);
    if (next.controlTexts !== last.controlTexts) this.applyControlTexts(next.controlTexts);
    for (const [id, visible] of Object.entries(next.visible)) {
      // Each change re-lays out the layer's symbols: only real changes are sent.
      if (visible === last.visible[id]) continue;
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
    for (const [id, filter] of Object.entries(next.filters)) {
      if (!sameValue(filter, last.filters[id])) this.map.setFilter(id, filter);
    }
    for (const [id, paint] of Object.entries(next.paint)) {
      for (const [property, value] of Object.entries(paint)) {
        if (sameValue(value, last.paint[id]?.[property])) continue;
        this.map.setPaintProperty(id, property as PaintPropertyName, value);
      }
    }
    // Marked drawn before the online basemap: a failure reported at once changes the store, and
    // the scene that follows must be compared with this one.
    this.applied = next;
    if (next.onlineBasemap !== last.onlineBasemap) this.applyOnlineBasemap(next.onlineBasemap);
  }

  /**
   * Adds, removes, restyles and shows or hides the user's layers: a source per layer, its data
   * sent once; a restyled layer's MapLibre layers are replaced (they go on top of the others).
   */
  private applyUserLayers(next: MapScene['userLayers'], last: MapScene['userLayers']): void {
    const before = new Map(last.map((layer) => [layer.source, layer]));
    const after = new Map(next.map((layer) => [layer.source, layer]));
    for (const old of last) {
      const now = after.get(old.source);
      if (now && now.layers === old.layers) continue;
      for (const layer of old.layers)
        if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
      if (!now && this.map.getSource(old.source)) this.map.removeSource(old.source);
    }
    for (const user of next) {
      const old = before.get(user.source);
      if (!old) this.map.addSource(user.source, { type: 'geojson', data: user.data });
      else if (old.data !== user.data) {
        (this.map.getSource(user.source) as maplibregl.GeoJSONSource | undefined)?.setData(
          user.data,
        );
      }
      if (!old || old.layers !== user.layers) {
        for (const layer of user.layers)
          this.map.addLayer(shown(layer, user.visible), USER_LAYERS_BEFORE);
      } else if (old.visible !== user.visible) {
        for (const layer of user.layers) {
          this.map.setLayoutProperty(layer.id, 'visibility', user.visible ? 'visible' : 'none');
        }
      }
    }
  }

  /** Switches every label to `lang` (names fall back to English where a source has no ky/ru). */
  private applyLanguage(lang: Language): void {
    for (const layer of buildLayers(lang)) {
      if (!this.layerMetas.get(layer.id)?.label || layer.type !== 'symbol') continue;
      this.map.setLayoutProperty(layer.id, 'text-field', layer.layout?.['text-field']);
    }
  }

  /** Words every source's attribution as `attributions` says (the interface language). */
  private applyAttributions(attributions: MapScene['attributions']): void {
    for (const [id, text] of Object.entries(attributions)) {
      const source = this.map.getSource(id);
      if (source) source.attribution = text;
    }
    this.showAttributions();
  }

  /**
   * Words MapLibre's own controls anew. They read their texts from the map's locale table when
   * they are added, and MapLibre offers no setter for it after construction: the table is
   * patched and the controls are added again.
   */
  private applyControlTexts(texts: MapScene['controlTexts']): void {
    this.map._locale = { ...this.map._locale, ...texts };
    const title = texts['Map.Title'];
    if (title) this.map.getCanvas().setAttribute('aria-label', title);
    this.map.removeControl(this.navigationControl);
    this.map.removeControl(this.scaleControl);
    this.navigationControl = new maplibregl.NavigationControl({ showCompass: false });
    this.scaleControl = new maplibregl.ScaleControl({ unit: 'metric' });
    this.map.addControl(this.navigationControl, 'top-left');
    this.map.addControl(this.scaleControl, 'bottom-left');
    this.showAttributions();
  }

  private showAttributions(): void {
    // The control reads the sources' attributions when it is added: add it anew to show them.
    this.map.removeControl(this.attributionControl);
    this.attributionControl = new maplibregl.AttributionControl({ compact: false });
    this.map.addControl(this.attributionControl);
  }

  /**
   * Turns the online basemap on or off. It is added only when the browser says it is online; if
   * any of its sources fails, it is removed again and `onOnlineBasemapFailure` says so — the
   * embedded basemap underneath is never hidden, so the map is never blank.
   */
  private applyOnlineBasemap(on: boolean): void {
    if (on === this.onlinePresent) return;
    if (!on) {
      this.removeOnlineBasemap();
      return;
    }
    const onFailure = () => this.options.onOnlineBasemapFailure?.();
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      onFailure();
      return;
    }
    for (const [id, source] of Object.entries(ONLINE_SOURCES)) {
      this.map.addSource(id, { ...source, attribution: this.applied.attributions[id] });
    }
    this.showAttributions();
    for (const layer of onlineLowerLayers()) this.map.addLayer(layer, ONLINE_LOWER_BEFORE);
    for (const layer of onlineUpperLayers()) this.map.addLayer(layer, ONLINE_UPPER_BEFORE);
    this.onlinePresent = true;
    this.onlineError = (event: maplibregl.ErrorEvent & { sourceId?: string }) => {
      if (!event.sourceId || !(event.sourceId in ONLINE_SOURCES)) return;
      this.removeOnlineBasemap();
      onFailure();
    };
    this.map.on('error', this.onlineError);
  }

  private removeOnlineBasemap(): void {
    this.onlinePresent = false;
    if (this.onlineError) this.map.off('error', this.onlineError);
    this.onlineError = null;
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
    // On a smaller screen than the projector the slide's whole frame stays in view.
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    this.map.flyTo({
      ...camera,
      zoom: slideZoom(camera.zoom, { width: width - inset.left, height: height - inset.bottom }),
      // The caption covers the map's left side (or its bottom on a phone): frame the slide beside it.
      padding: { left: inset.left, top: 0, right: 0, bottom: inset.bottom },
      duration: 1800,
      animate: !reduceMotion,
      essential: false,
    });
  }

  /**
   * What a print needs to draw this view again elsewhere (src/map/print-map.ts): the style of the
   * scene on screen (data, visibility, filters and paint as shown, the online basemap if it is
   * there), the visible extent, the extent inside the camera's padding (what a profile sheet
   * leaves uncovered), the bearing and the map's size.
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
      style: this.styleOf(this.applied, this.onlinePresent),
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

  /** Press on a growth node and move: the node follows the pointer (mouse or one finger). */
  private listenForNodeDrags(): void {
    let dragged: string | null = null;
    const start = (event: maplibregl.MapLayerMouseEvent | maplibregl.MapLayerTouchEvent) => {
      const id = event.features?.[0]?.properties?.id;
      if (!this.applied.nodeDragging || typeof id !== 'string') return;
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
    // Hidden layers draw nothing, so asking for them would only cost time.
    const shown = () => [
      ...this.selectableIds.filter((id) => this.applied.visible[id] !== false),
      ...this.applied.userLayers
        .filter((user) => user.visible)
        .flatMap((user) => user.layers.map((layer) => layer.id)),
    ];
    this.map.on('click', (event) => {
      if (this.options.onMapClick?.([event.lngLat.lng, event.lngLat.lat])) return;
      const [feature] = this.map.queryRenderedFeatures(event.point, { layers: shown() });
      if (!feature) return;
      const userFeature = feature.properties?.[USER_FEATURE_KEY];
      if (typeof userFeature === 'string') {
        const at = userFeature.lastIndexOf(':');
        this.options.onSelectUserFeature?.(
          userFeature.slice(0, at),
          Number(userFeature.slice(at + 1)),
        );
        return;
      }
      const kind = this.layerMetas.get(feature.layer.id)?.selects;
      const id = feature.properties?.[kind === 'cluster' ? 'cluster' : 'id'];
      if (kind && typeof id === 'string') this.options.onSelect({ kind, id });
    });
    this.map.on('mousemove', (event) => {
      const hits = this.map.queryRenderedFeatures(event.point, { layers: shown() });
      this.map.getCanvas().style.cursor = hits.length > 0 ? 'pointer' : '';
    });
  }
}

/** Read-only view of the live map for end-to-end tests and debugging from the console. */
export type MapProbe = {
  layoutProperty: (layerId: string, property: LayoutPropertyName) => unknown;
  /** The paint value as set (an expression stays an expression). */
  paintProperty: (layerId: string, property: PaintPropertyName) => unknown;
  center: () => [number, number];
  project: (lon: number, lat: number) => [number, number];
  renderedIds: (layerId: string) => string[];
  filter: (layerId: string) => unknown;
  /** True once MapLibre has drawn everything asked of it: camera at rest, tiles and labels in. */
  idle: () => boolean;
  /** The ids of the MapLibre layers drawing the user's layers, bottom first. */
  userLayerIds: () => string[];
  /** The features (their properties) a user layer's MapLibre layer draws in view now. */
  renderedUserFeatures: (layerId: string) => Record<string, unknown>[];
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
    paintProperty: (layerId, property) => map.getPaintProperty(layerId, property),
    center: () => map.getCenter().toArray() as [number, number],
    project: (lon, lat) => {
      const point = map.project([lon, lat]);
      return [point.x, point.y];
    },
    filter: (layerId) => map.getFilter(layerId),
    userLayerIds: () =>
      map
        .getStyle()
        .layers.map((layer) => layer.id)
        .filter((id) => id.startsWith('user-')),
    renderedUserFeatures: (layerId) =>
      map
        .queryRenderedFeatures({ layers: [layerId] })
        .map((feature) => ({ ...feature.properties })),
    renderedIds: (layerId) =>
      map
        .queryRenderedFeatures({ layers: [layerId] })
        .map((feature) => String(feature.properties?.id)),
  };
}
