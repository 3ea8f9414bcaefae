/** The embedded basemap: neighbours muted, Kyrgyzstan, water and settlements — no tiles, no network. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../vocabulary/languages';
import { fonts } from '../fonts';
import { palette } from '../palette';
import { labelText, meta, SOURCE } from './common';

/** Layers drawn beneath the overlays. */
export function basemapLowerLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': palette.background } },
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: SOURCE.neighbours,
      paint: { 'fill-color': palette.neighbourFill },
    },
    {
      id: 'neighbours-line',
      type: 'line',
      source: SOURCE.neighbourOutlines,
      paint: { 'line-color': palette.neighbourLine, 'line-width': 0.8 },
    },
    {
      id: 'country-fill',
      type: 'fill',
      source: SOURCE.country,
      paint: { 'fill-color': palette.land },
    },
  ];
}

/** The neighbours' names, above their cities so a country name wins a collision. */
export function neighbourLabelLayers(lang: Language): LayerSpecification[] {
  return [
    {
      id: 'neighbours-label',
      type: 'symbol',
      source: SOURCE.neighbourLabels,
      ...meta({ label: true }),
      layout: {
        'text-field': labelText(lang),
        'text-font': [...fonts.italic],
        'text-size': 15,
        'text-letter-spacing': 0.15,
        'text-transform': 'uppercase',
      },
      paint: {
        'text-color': palette.neighbourLabel,
        'text-halo-color': palette.neighbourFill,
        'text-halo-width': 1.5,
      },
    },
  ];
}

/** Rivers and lakes, above the region tints and the choropleth so water always reads as water. */
export function basemapWaterLayers(): LayerSpecification[] {
  return [
    {
      id: 'rivers',
      type: 'line',
      source: SOURCE.rivers,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': palette.waterLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 1.8],
      },
    },
    {
      id: 'lakes',
      type: 'fill',
      source: SOURCE.lakes,
      paint: { 'fill-color': palette.water, 'fill-outline-color': palette.waterLine },
    },
  ];
}

/** Country outline, water labels and settlements, drawn above the region overlay. */
export function basemapUpperLayers(lang: Language): LayerSpecification[] {
  return [
    {
      id: 'country-outline-halo',
      type: 'line',
      source: SOURCE.country,
      paint: { 'line-color': palette.halo, 'line-width': 5, 'line-opacity': 0.8 },
    },
    {
      id: 'country-outline',
      type: 'line',
      source: SOURCE.country,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.countryLine, 'line-width': 1.8 },
    },
    {
      id: 'lakes-label',
      type: 'symbol',
      source: SOURCE.lakes,
      ...meta({ label: true }),
      filter: ['has', 'name_en'],
      layout: {
        'text-field': labelText(lang),
        'text-font': [...fonts.italic],
        'text-size': 12,
      },
      paint: {
        'text-color': palette.waterLabel,
        'text-halo-color': palette.water,
        'text-halo-width': 1,
      },
    },
    {
      id: 'rivers-label',
      type: 'symbol',
      source: SOURCE.rivers,
      ...meta({ label: true }),
      filter: ['has', 'name_en'],
      minzoom: 6.5,
      layout: {
        'symbol-placement': 'line',
        'text-field': labelText(lang),
        'text-font': [...fonts.italic],
        'text-size': 11,
      },
      paint: {
        'text-color': palette.waterLabel,
        'text-halo-color': palette.land,
        'text-halo-width': 1.2,
      },
    },
    {
      id: 'settlements-dot',
      type: 'circle',
      source: SOURCE.settlements,
      filter: ['!', ['get', 'isGrowthNode']],
      minzoom: 6,
      paint: {
        'circle-color': palette.settlement,
        'circle-radius': ['interpolate', ['linear'], ['get', 'sizeRank'], 0, 1.8, 3, 3.2],
        'circle-stroke-color': palette.halo,
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: 'settlements-label',
      type: 'symbol',
      source: SOURCE.settlements,
      ...meta({ label: true }),
      filter: ['!', ['get', 'isGrowthNode']],
      minzoom: 7,
      layout: {
        'text-field': labelText(lang),
        'text-font': [...fonts.regular],
        'text-size': ['interpolate', ['linear'], ['get', 'sizeRank'], 0, 10, 3, 12],
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'symbol-sort-key': ['-', 0, ['get', 'sizeRank']],
      },
      paint: {
        'text-color': palette.settlement,
        'text-halo-color': palette.halo,
        'text-halo-width': 1.2,
      },
    },
  ];
}
