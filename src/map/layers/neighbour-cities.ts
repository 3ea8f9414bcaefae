/**
 * The neighbours' cities near the border (geodata/settlements/foreign-cities.geojson): muted dots
 * and names, the millionaires from the country view, smaller cities as one zooms in.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../vocabulary/languages';
import { fonts } from '../fonts';
import { palette } from '../palette';
import { labelText, meta, NOTHING_SELECTED, SOURCE } from './common';

/** Zoom from which a city of each size class is drawn (the default country view is ~z5.5). */
export const NEIGHBOUR_CITY_MINZOOM = { million: 4, large: 6, other: 7 } as const;
const MILLION = 1_000_000;
const LARGE = 300_000;

const sizeClass = (min: number, max: number): ExpressionSpecification => [
  'all',
  ['>=', ['get', 'population'], min],
  ['<', ['get', 'population'], max],
];

/** The cities of one size class, each drawn from its own minzoom. */
const CLASSES = [
  { key: 'million', filter: sizeClass(MILLION, Number.MAX_SAFE_INTEGER) },
  { key: 'large', filter: sizeClass(LARGE, MILLION) },
  { key: 'other', filter: sizeClass(0, LARGE) },
] as const;

/** Larger cities get a slightly larger dot and name, both growing with the zoom. */
const big: ExpressionSpecification = ['>=', ['get', 'population'], MILLION];

export function neighbourCityLayers(lang: Language): LayerSpecification[] {
  return [
    {
      id: 'neighbour-cities-highlight',
      type: 'circle',
      source: SOURCE.neighbourCities,
      ...meta({ highlights: 'foreignCity' }),
      filter: NOTHING_SELECTED,
      paint: { 'circle-radius': 12, 'circle-color': palette.highlight, 'circle-opacity': 0.45 },
    },
    ...CLASSES.flatMap(({ key, filter }): LayerSpecification[] => [
      {
        id: `neighbour-cities-dot-${key}`,
        type: 'circle',
        source: SOURCE.neighbourCities,
        ...meta({ selects: 'foreignCity' }),
        filter,
        minzoom: NEIGHBOUR_CITY_MINZOOM[key],
        paint: {
          'circle-color': palette.neighbourCity,
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            5,
            ['case', big, 3, 2.2],
            9,
            ['case', big, 5, 3.5],
          ],
          'circle-stroke-color': palette.neighbourFill,
          'circle-stroke-width': 1,
        },
      },
      {
        id: `neighbour-cities-label-${key}`,
        type: 'symbol',
        source: SOURCE.neighbourCities,
        ...meta({ label: true, selects: 'foreignCity' }),
        filter,
        minzoom: NEIGHBOUR_CITY_MINZOOM[key],
        layout: {
          'text-field': labelText(lang),
          'text-font': [...fonts.regular],
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            5,
            ['case', big, 11.5, 10.5],
            9,
            ['case', big, 14, 12.5],
          ],
          // Beside the dot where there is room, else another side; hidden rather than overlapping.
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.5,
          'text-justify': 'auto',
          'symbol-sort-key': ['-', 0, ['get', 'population']],
        },
        paint: {
          'text-color': palette.neighbourCity,
          'text-halo-color': palette.neighbourFill,
          'text-halo-width': 1.4,
        },
      },
    ]),
  ];
}
