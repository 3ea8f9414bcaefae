/** The indicator choropleth: region fills by class, Osh city's proportional circle, and value labels. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { fonts } from '../fonts';
import { VALUE_PILL } from '../icons';
import { palette } from '../palette';
import { meta, SOURCE } from './common';

/** Above the regions' own tints, below every boundary and label. */
export function indicatorFillLayers(): LayerSpecification[] {
  return [
    {
      id: 'indicator-fill',
      type: 'fill',
      source: SOURCE.indicatorRegions,
      ...meta({ selects: 'region' }),
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.82 },
    },
  ];
}

/** Above the region names: Osh city's proportional circle. */
export function indicatorSymbolLayers(): LayerSpecification[] {
  return [
    {
      id: 'indicator-symbol',
      type: 'circle',
      source: SOURCE.indicatorPoints,
      ...meta({ selects: 'region' }),
      filter: ['>', ['get', 'radius'], 0],
      paint: {
        'circle-radius': ['get', 'radius'],
        'circle-color': ['get', 'colour'],
        'circle-opacity': 0.9,
        // A dark rim: the circle must stand out on a region of its own class colour.
        'circle-stroke-color': palette.label,
        'circle-stroke-width': 1.5,
      },
    },
  ];
}

/** On top of everything: a value in its pill stays legible over node names and badges. */
export function indicatorValueLayers(): LayerSpecification[] {
  return [
    {
      id: 'indicator-values',
      type: 'symbol',
      source: SOURCE.indicatorPoints,
      // Not a name label: the values are formatted per language in the source data itself.
      layout: {
        'icon-image': VALUE_PILL,
        'icon-text-fit': 'both',
        'icon-text-fit-padding': [1, 5, 1, 5],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['get', 'label'],
        'text-font': [...fonts.bold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 12, 8, 16],
        // Above the region's name, clear of the cluster badges drawn below it.
        'text-anchor': 'bottom',
        'text-offset': [0, -1.3],
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': palette.label,
      },
    },
  ];
}
