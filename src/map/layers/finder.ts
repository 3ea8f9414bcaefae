/** The finder's matches on the map: a ring around each matching node, an outline around each region. */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { palette } from '../palette';
import { SOURCE } from './common';

/** With the region labels: the outline reads over every fill and choropleth class. */
export function finderRegionLayers(): LayerSpecification[] {
  return [
    {
      id: 'finder-regions-halo',
      type: 'line',
      source: SOURCE.finderRegions,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.halo, 'line-width': 6, 'line-opacity': 0.9 },
    },
    {
      id: 'finder-regions-outline',
      type: 'line',
      source: SOURCE.finderRegions,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.finderMatch, 'line-width': 2.5 },
    },
  ];
}

/** Beneath the growth nodes, so a ring frames a node without hiding it or taking its clicks. */
export function finderNodeLayers(): LayerSpecification[] {
  return [
    {
      id: 'finder-nodes-ring',
      type: 'circle',
      source: SOURCE.finderNodes,
      paint: {
        'circle-radius': 14,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': palette.finderMatch,
        'circle-stroke-width': 3,
      },
    },
  ];
}
