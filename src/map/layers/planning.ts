/**
 * Location planning on the map: the gain surface of a new node with the best sites numbered, and
 * every settlement's share of pull from abroad with the neighbours' cities that pull (a line to
 * the city abroad where that city pulls a settlement most). Hidden until
 * the planner opens that question in analysis mode.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../vocabulary/languages';
import { fonts } from '../fonts';
import { palette, planningColours } from '../palette';
import { labelText, meta, neighbourColour, SOURCE } from './common';

const hidden = { visibility: 'none' } as const;

/** A colour per class of the property `key` (0…n−1). */
function classColour(key: string, colours: readonly string[]): ExpressionSpecification {
  // A step from class 0: the class numbers are the stops.
  const stops = colours.slice(1).flatMap((colour, k) => [k + 1, colour]);
  return [
    'step',
    ['get', key],
    colours[0] as string,
    ...stops,
  ] as unknown as ExpressionSpecification;
}

/** Beneath the analysis layers: catchment outlines stay readable over the surface. */
export function planningSurfaceLayers(): LayerSpecification[] {
  return [
    {
      id: 'planning-sites-fill',
      type: 'fill',
      source: SOURCE.planningSites,
      ...meta({ planning: 'sites' }),
      layout: hidden,
      paint: {
        'fill-color': classColour('gainClass', planningColours.gain),
        // A square with nothing to gain is left clear: it is covered already.
        'fill-opacity': ['case', ['>', ['get', 'gain'], 0], 0.72, 0],
        'fill-antialias': false,
      },
    },
  ];
}

/** With the point overlays: the best sites, the pull of each settlement, the cities abroad. */
export function planningPointLayers(lang: Language): LayerSpecification[] {
  const attractorColour = neighbourColour('country');
  return [
    {
      // Beneath the circles: each settlement whose strongest pull is abroad, tied to that city.
      id: 'planning-pull-lines',
      type: 'line',
      source: SOURCE.planningPullLines,
      ...meta({ planning: 'gravity' }),
      layout: { ...hidden, 'line-cap': 'round' },
      paint: {
        'line-color': attractorColour,
        'line-width': ['interpolate', ['linear'], ['get', 'foreignShare'], 0, 0.6, 1, 2.4],
        'line-opacity': 0.7,
      },
    },
    {
      id: 'planning-pull-circle',
      type: 'circle',
      source: SOURCE.planningPull,
      ...meta({ planning: 'gravity' }),
      layout: hidden,
      paint: {
        'circle-color': classColour('pullClass', planningColours.pull),
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['get', 'listedPopulation'],
          0,
          3.5,
          20000,
          6,
          200000,
          10,
          1000000,
          14,
        ],
        'circle-stroke-color': palette.halo,
        'circle-stroke-width': 1.2,
      },
    },
    {
      id: 'planning-attractors-circle',
      type: 'circle',
      source: SOURCE.planningAttractors,
      ...meta({ planning: 'gravity' }),
      layout: hidden,
      paint: {
        'circle-color': attractorColour,
        'circle-radius': ['interpolate', ['linear'], ['get', 'population'], 100000, 5, 2000000, 11],
        'circle-stroke-color': palette.halo,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: 'planning-attractors-label',
      type: 'symbol',
      source: SOURCE.planningAttractors,
      ...meta({ planning: 'gravity', label: true }),
      layout: {
        ...hidden,
        'text-field': labelText(lang),
        'text-font': [...fonts.regular],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
      },
      paint: {
        'text-color': palette.label,
        'text-halo-color': palette.halo,
        'text-halo-width': 1.5,
      },
    },
    {
      id: 'planning-best-circle',
      type: 'circle',
      source: SOURCE.planningBest,
      ...meta({ planning: 'sites' }),
      layout: hidden,
      paint: {
        'circle-radius': 11,
        'circle-color': planningColours.bestSite,
        'circle-stroke-color': palette.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'planning-best-rank',
      type: 'symbol',
      source: SOURCE.planningBest,
      // A number, not a name: the same in every language.
      ...meta({ planning: 'sites' }),
      layout: {
        ...hidden,
        'text-field': ['get', 'rank'],
        'text-font': [...fonts.bold],
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': palette.halo },
    },
  ];
}
