/**
 * A scene as a complete MapLibre style: the typed builders' layers with the scene's data,
 * visibility, filters and paint. The live map starts from it; a print redraws the view from it.
 */
import type {
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import {
  ONLINE_LOWER_BEFORE,
  ONLINE_SOURCES,
  ONLINE_UPPER_BEFORE,
  onlineLowerLayers,
  onlineUpperLayers,
} from './layers/online-basemap';
import { USER_LAYERS_BEFORE } from './layers/user-layers';
import type { MapScene } from './map-scene';
import { buildStyle } from './style';

/** The scene's visibility, filter and paint on one of the builders' layers. */
function layerInScene(layer: LayerSpecification, scene: MapScene): LayerSpecification {
  if (layer.type === 'background') return layer;
  const filter = scene.filters[layer.id];
  const paint = scene.paint[layer.id];
  return {
    ...layer,
    layout: { ...layer.layout, visibility: scene.visible[layer.id] === false ? 'none' : 'visible' },
    ...(filter ? { filter } : {}),
    ...(paint ? { paint: { ...layer.paint, ...paint } } : {}),
  } as LayerSpecification;
}

/** `layer` with its visibility set. */
export function shown(layer: LayerSpecification, visible: boolean): LayerSpecification {
  if (layer.type === 'background') return layer;
  return {
    ...layer,
    layout: { ...layer.layout, visibility: visible ? 'visible' : 'none' },
  } as LayerSpecification;
}

/** Inserts `inserted` before the layer `beforeId` (as map.addLayer(layer, beforeId) does). */
function insertBefore(
  layers: LayerSpecification[],
  beforeId: string,
  inserted: LayerSpecification[],
): LayerSpecification[] {
  const at = layers.findIndex((layer) => layer.id === beforeId);
  return at < 0
    ? [...layers, ...inserted]
    : [...layers.slice(0, at), ...inserted, ...layers.slice(at)];
}

/**
 * The style that draws `scene`; with `online`, the online basemap's sources and layers where the
 * controller adds them.
 *
 * @example
 *   new maplibregl.Map({ container, style: sceneStyle(scene, { glyphs, online: false }) });
 */
export function sceneStyle(
  scene: MapScene,
  options: { glyphs: string; online: boolean },
): StyleSpecification {
  const style = buildStyle({
    lang: scene.language,
    glyphs: options.glyphs,
    sources: scene.sources,
    attributions: scene.attributions,
  });
  let layers = style.layers.map((layer) => layerInScene(layer, scene));
  const sources: Record<string, SourceSpecification> = { ...style.sources };
  for (const user of scene.userLayers) {
    sources[user.source] = { type: 'geojson', data: user.data };
  }
  layers = insertBefore(
    layers,
    USER_LAYERS_BEFORE,
    scene.userLayers.flatMap((user) => user.layers.map((layer) => shown(layer, user.visible))),
  );
  if (options.online) {
    for (const [id, source] of Object.entries(ONLINE_SOURCES)) {
      sources[id] = { ...source, attribution: scene.attributions[id] };
    }
    layers = insertBefore(layers, ONLINE_LOWER_BEFORE, onlineLowerLayers());
    layers = insertBefore(layers, ONLINE_UPPER_BEFORE, onlineUpperLayers());
  }
  return { ...style, sources, layers };
}
