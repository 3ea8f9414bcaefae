/**
 * Cluster overlay (§5.3): one badge per cluster type in each region it names. Badges sharing a
 * region sit in a row around the region's anchor point (`iconOffset`, computed in sources.ts), so
 * none hides another at any zoom.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { HIGHLIGHT_RING_ICON } from '../icons';
import { meta, NOTHING_SELECTED, SOURCE } from './common';

const overlay = 'clusters' as const;
const iconOffset: ExpressionSpecification = ['array', 'number', 2, ['get', 'iconOffset']];

export function clusterLayers(): LayerSpecification[] {
  return [
    {
      id: 'clusters-highlight',
      type: 'symbol',
      source: SOURCE.clusters,
      ...meta({ overlay, highlights: 'cluster', highlightKey: 'cluster' }),
      filter: NOTHING_SELECTED,
      layout: {
        'icon-image': HIGHLIGHT_RING_ICON,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 7, 1],
        'icon-offset': iconOffset,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: 'clusters-icon',
      type: 'symbol',
      source: SOURCE.clusters,
      ...meta({ overlay, selects: 'cluster' }),
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 7, 1],
        'icon-offset': iconOffset,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}
