/** Region overlay: oblast polygons tinted per region, their boundaries and names; Osh city as a point. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../vocabulary/languages';
import { fonts } from '../fonts';
import { palette } from '../palette';
import { labelText, meta, NOTHING_SELECTED, SOURCE } from './common';

const overlay = 'oblasts' as const;

/** The region tints' opacity: they step back while analysing, so the result reads first. */
export const REGION_TINT_OPACITY = { default: 0.55, analysing: 0.25 } as const;

export function regionFillLayers(): LayerSpecification[] {
  return [
    {
      id: 'oblasts-fill',
      type: 'fill',
      source: SOURCE.oblasts,
      ...meta({ overlay, selects: 'region' }),
      paint: { 'fill-color': ['get', 'tint'], 'fill-opacity': REGION_TINT_OPACITY.default },
    },
    {
      id: 'oblasts-line',
      type: 'line',
      source: SOURCE.oblasts,
      ...meta({ overlay }),
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': palette.oblastLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 1.6],
        'line-dasharray': [3, 1.5],
      },
    },
  ];
}

/** Above the analysis layers too, so a highlighted region stays visible over zones and bands. */
export function regionLabelLayers(lang: Language): LayerSpecification[] {
  return [
    {
      id: 'oblasts-highlight',
      type: 'line',
      source: SOURCE.oblasts,
      ...meta({ overlay, highlights: 'region' }),
      filter: NOTHING_SELECTED,
      paint: { 'line-color': palette.highlight, 'line-width': 4, 'line-opacity': 0.9 },
    },
    {
      id: 'city-regions-point',
      type: 'circle',
      source: SOURCE.cityRegions,
      ...meta({ overlay, selects: 'region' }),
      paint: {
        'circle-radius': 15,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': palette.oblastLine,
        'circle-stroke-width': 1.5,
        'circle-stroke-opacity': 0.9,
      },
    },
    {
      id: 'region-labels',
      type: 'symbol',
      source: SOURCE.regionLabels,
      ...meta({ overlay, selects: 'region', label: true }),
      layout: {
        'text-field': labelText(lang),
        'text-font': [...fonts.bold],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 16],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
        // Region names are background context: never hidden by, nor hiding, a growth node's label.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': palette.label,
        'text-opacity': 0.78,
        'text-halo-color': palette.halo,
        'text-halo-width': 1.6,
      },
    },
  ];
}
