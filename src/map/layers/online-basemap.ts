/**
 * The optional online basemap: OpenStreetMap data as vector tiles from OpenFreeMap (no key) and
 * hillshade from the open Terrarium elevation tiles. Drawn under the overlays; the embedded
 * basemap stays beneath it, so a failed or missing connection never leaves a blank map.
 */
import type {
  LayerSpecification,
  RasterDEMSourceSpecification,
  VectorSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { palette } from '../palette';

/** The online sources; their attributions are worded per language (sourceAttributions). */
export const ONLINE_SOURCES: Record<
  string,
  VectorSourceSpecification | RasterDEMSourceSpecification
> = {
  'online-osm': {
    type: 'vector',
    url: 'https://tiles.openfreemap.org/planet',
  },
  'online-terrain': {
    type: 'raster-dem',
    tiles: ['https://s3.amazonaws.com/elevation-tiles-prod/terrarium/{z}/{x}/{y}.png'],
    encoding: 'terrarium',
    tileSize: 256,
    maxzoom: 12,
  },
};

/** Where the online layers go: hillshade under the region tints, roads and water above them. */
export const ONLINE_LOWER_BEFORE = 'oblasts-fill';
export const ONLINE_UPPER_BEFORE = 'country-outline-halo';

/** Hillshade goes under the region tints; roads and water above them, below the points. */
export function onlineLowerLayers(): LayerSpecification[] {
  return [
    {
      id: 'online-hillshade',
      type: 'hillshade',
      source: 'online-terrain',
      paint: { 'hillshade-exaggeration': 0.45, 'hillshade-shadow-color': '#5a5347' },
    },
  ];
}

export function onlineUpperLayers(): LayerSpecification[] {
  return [
    {
      id: 'online-water',
      type: 'fill',
      source: 'online-osm',
      'source-layer': 'water',
      paint: { 'fill-color': palette.water, 'fill-opacity': 0.8 },
    },
    {
      id: 'online-roads',
      type: 'line',
      source: 'online-osm',
      'source-layer': 'transportation',
      filter: [
        'match',
        ['get', 'class'],
        ['motorway', 'trunk', 'primary', 'secondary'],
        true,
        false,
      ],
      paint: {
        'line-color': '#8a6d3b',
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 10, 2],
        'line-opacity': 0.7,
      },
    },
    {
      id: 'online-rail',
      type: 'line',
      source: 'online-osm',
      'source-layer': 'transportation',
      filter: ['==', ['get', 'class'], 'rail'],
      paint: { 'line-color': '#555', 'line-width': 1, 'line-dasharray': [3, 2] },
    },
  ];
}
