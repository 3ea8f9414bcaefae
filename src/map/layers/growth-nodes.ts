/**
 * Growth-node overlay (§5.1): red dots; Bishkek and Osh, with programmes of their own, ringed in
 * gold; the planner's candidates in purple; removed Concept nodes as hollow rings (restorable);
 * a node's stage (1–3) written on its dot.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../vocabulary/languages';
import { fonts } from '../fonts';
import { palette } from '../palette';
import { labelText, meta, NOTHING_SELECTED, SOURCE } from './common';

const removed: ExpressionSpecification = ['==', ['get', 'removed'], true];
const candidate: ExpressionSpecification = ['==', ['get', 'candidate'], true];
const staged: ExpressionSpecification = ['>', ['coalesce', ['get', 'stage'], 0], 0];

const overlay = 'growthNodes' as const;

export function growthNodeLayers(lang: Language): LayerSpecification[] {
  return [
    {
      id: 'growth-nodes-highlight',
      type: 'circle',
      source: SOURCE.growthNodes,
      ...meta({ overlay, highlights: 'node' }),
      filter: NOTHING_SELECTED,
      paint: { 'circle-radius': 16, 'circle-color': palette.highlight, 'circle-opacity': 0.45 },
    },
    {
      id: 'growth-nodes-ring',
      type: 'circle',
      source: SOURCE.growthNodes,
      ...meta({ overlay }),
      filter: ['all', ['get', 'ownProgramme'], ['!', removed]],
      paint: {
        'circle-radius': 12,
        'circle-color': palette.halo,
        'circle-stroke-color': palette.capitalRing,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'growth-nodes',
      type: 'circle',
      source: SOURCE.growthNodes,
      ...meta({ overlay, selects: 'node' }),
      paint: {
        'circle-radius': ['case', ['get', 'ownProgramme'], 8, staged, 7.5, 5.5],
        'circle-color': [
          'case',
          removed,
          'rgba(0,0,0,0)',
          candidate,
          palette.candidate,
          palette.growthNode,
        ],
        'circle-stroke-color': ['case', removed, palette.removedNode, palette.halo],
        'circle-stroke-width': ['case', removed, 2, 1.8],
      },
    },
    {
      id: 'growth-nodes-label',
      type: 'symbol',
      source: SOURCE.growthNodes,
      ...meta({ overlay, selects: 'node', label: true }),
      layout: {
        'text-field': labelText(lang),
        'text-font': [
          'case',
          ['get', 'ownProgramme'],
          ['literal', [...fonts.bold]],
          ['literal', [...fonts.regular]],
        ],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5,
          ['case', ['get', 'ownProgramme'], 12, 10],
          7,
          ['case', ['get', 'ownProgramme'], 15, 12.5],
        ],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['case', ['get', 'ownProgramme'], 1.2, 0.8],
        'text-justify': 'auto',
        'symbol-sort-key': ['case', ['get', 'ownProgramme'], 0, 1],
      },
      paint: {
        'text-color': ['case', removed, palette.removedNode, palette.label],
        'text-halo-color': palette.halo,
        'text-halo-width': 1.6,
      },
    },
    {
      id: 'growth-nodes-stage',
      type: 'symbol',
      source: SOURCE.growthNodes,
      ...meta({ overlay }),
      filter: ['all', staged, ['!', removed]],
      layout: {
        'text-field': ['to-string', ['get', 'stage']],
        'text-font': [...fonts.bold],
        'text-size': 10,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': palette.halo },
    },
  ];
}
