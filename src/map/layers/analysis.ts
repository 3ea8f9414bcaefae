/**
 * Analysis result layers (issue 3): catchments, their overlaps, uncovered territory, cross-border
 * zones (§5.4) and the border band (§6.2). Hidden until the planner opens the analysis.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { StatsTable } from '../../state/analysis-store';
import { fonts } from '../fonts';
import { UNCOVERED_HATCH } from '../icons';
import { analysisColours, palette } from '../palette';
import { meta, SOURCE } from './common';

const hidden = { visibility: 'none' } as const;

/** An outline shown only for the statistics row the planner points at. */
function rowHighlight(
  id: string,
  source: string,
  table: StatsTable,
  key: string,
): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    ...meta({ highlightsRowOf: table, highlightKey: key }),
    filter: ['==', ['get', key], ''],
    layout: hidden,
    paint: { 'line-color': palette.highlight, 'line-width': 4 },
  };
}

export function analysisLayers(): LayerSpecification[] {
  const zoneColour: ExpressionSpecification = [
    'match',
    ['get', 'neighbour'],
    'UZ',
    analysisColours.zones.UZ,
    'TJ',
    analysisColours.zones.TJ,
    'KZ',
    analysisColours.zones.KZ,
    analysisColours.zones.CN,
  ];
  return [
    {
      id: 'analysis-band-fill',
      type: 'fill',
      source: SOURCE.band,
      ...meta({ analysis: 'band' }),
      layout: hidden,
      paint: {
        'fill-color': analysisColours.band,
        'fill-opacity': ['case', ['get', 'priority'], 0.45, 0.22],
      },
    },
    {
      id: 'analysis-zones-fill',
      type: 'fill',
      source: SOURCE.zones,
      ...meta({ analysis: 'zones' }),
      layout: hidden,
      paint: { 'fill-color': zoneColour, 'fill-opacity': 0.35 },
    },
    {
      id: 'analysis-zones-line',
      type: 'line',
      source: SOURCE.zones,
      ...meta({ analysis: 'zones' }),
      layout: hidden,
      paint: { 'line-color': zoneColour, 'line-width': 1.5 },
    },
    {
      id: 'analysis-uncovered-fill',
      type: 'fill',
      source: SOURCE.uncovered,
      ...meta({ analysis: 'uncovered' }),
      layout: hidden,
      paint: { 'fill-pattern': UNCOVERED_HATCH },
    },
    {
      id: 'analysis-catchments-fill',
      type: 'fill',
      source: SOURCE.catchments,
      ...meta({ analysis: 'catchments' }),
      layout: hidden,
      paint: { 'fill-color': analysisColours.catchment, 'fill-opacity': 0.1 },
    },
    {
      id: 'analysis-catchments-line',
      type: 'line',
      source: SOURCE.catchments,
      ...meta({ analysis: 'catchments' }),
      layout: hidden,
      paint: { 'line-color': analysisColours.catchment, 'line-width': 1.4, 'line-opacity': 0.8 },
    },
    {
      id: 'analysis-overlaps-fill',
      type: 'fill',
      source: SOURCE.overlaps,
      ...meta({ analysis: 'overlaps' }),
      layout: hidden,
      paint: { 'fill-color': analysisColours.overlap, 'fill-opacity': 0.28 },
    },
    {
      // The scenario being compared with: its catchments as a dashed outline over this one's.
      id: 'analysis-compared-catchments-line',
      type: 'line',
      source: SOURCE.comparedCatchments,
      ...meta({ analysis: 'catchments' }),
      layout: hidden,
      paint: { 'line-color': palette.label, 'line-width': 1.6, 'line-dasharray': [2, 1.5] },
    },
    rowHighlight('analysis-catchments-highlight', SOURCE.catchments, 'nodes', 'node'),
    rowHighlight('analysis-zones-highlight', SOURCE.zones, 'zones', 'neighbour'),
    rowHighlight('analysis-regions-highlight', SOURCE.oblasts, 'regions', 'id'),
    rowHighlight('analysis-band-highlight', SOURCE.band, 'band', 'region'),
    {
      id: 'analysis-catchment-labels',
      type: 'symbol',
      source: SOURCE.catchmentLabels,
      ...meta({ analysis: 'catchments' }),
      layout: {
        ...hidden,
        'text-field': ['get', 'areaLabel'],
        'text-font': [...fonts.regular],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 1.1],
      },
      paint: {
        'text-color': analysisColours.catchment,
        'text-halo-color': palette.halo,
        'text-halo-width': 1.4,
      },
    },
  ];
}
