/** Logistics-centre overlay (§5.1, §5.2): a warehouse badge; Balykchy's gold-ringed as multimodal. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LOGISTICS_ICON, LOGISTICS_MULTIMODAL_ICON } from '../icons';
import { palette } from '../palette';
import { meta, NOTHING_SELECTED, SOURCE } from './common';

const overlay = 'logistics' as const;

export function logisticsLayers(): LayerSpecification[] {
  return [
    {
      id: 'logistics-highlight',
      type: 'circle',
      source: SOURCE.logistics,
      ...meta({ overlay, highlights: 'logistics' }),
      filter: NOTHING_SELECTED,
      paint: {
        'circle-radius': 20,
        'circle-color': palette.highlight,
        'circle-opacity': 0.45,
        'circle-translate': [-24, 0],
      },
    },
    {
      id: 'logistics-icon',
      type: 'symbol',
      source: SOURCE.logistics,
      ...meta({ overlay, selects: 'logistics' }),
      layout: {
        'icon-image': ['case', ['get', 'multimodal'], LOGISTICS_MULTIMODAL_ICON, LOGISTICS_ICON],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 0.7, 7, 1],
        // Left of the node's dot: the node's own label takes the right, cluster badges the row above.
        'icon-anchor': 'right',
        'icon-offset': [-11, 0],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}
