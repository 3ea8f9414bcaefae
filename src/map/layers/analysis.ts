/**
 * Analysis result layers (issue 3): catchments, their overlaps, uncovered territory, cross-border
 * zones (§5.4) and the border band (§6.2). Hidden until the planner opens the analysis.
 */
import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { AnalysisLayerId } from '../../vocabulary/scenario';
import type { StatsTable } from '../../vocabulary/selection';
import { fonts } from '../fonts';
import { OVERLAP_HATCH, UNCOVERED_HATCH } from '../icons';
import { analysisColours, palette, zoneLook } from '../palette';
import { meta, neighbourColour, SOURCE } from './common';

const hidden = { visibility: 'none' } as const;

/** A zone the Concept asks only to take into account (its `status`, joined from zones.json). */
const takeIntoAccount: ExpressionSpecification = ['==', ['get', 'status'], 'take-into-account'];

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

/** A result layer of one toggle, hidden until the analysis is open (the controller shows it). */
function resultFill(
  id: string,
  source: string,
  analysis: AnalysisLayerId,
  paint: FillLayerSpecification['paint'],
): LayerSpecification {
  return { id, type: 'fill', source, ...meta({ analysis }), layout: hidden, paint };
}

function resultLine(
  id: string,
  source: string,
  analysis: AnalysisLayerId,
  paint: LineLayerSpecification['paint'],
  filter?: ExpressionSpecification,
): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    ...meta({ analysis }),
    ...(filter ? { filter } : {}),
    layout: hidden,
    paint,
  };
}

export function analysisLayers(): LayerSpecification[] {
  const zoneColour = neighbourColour('neighbour');
  // Fills at the bottom, hatches above them, outlines on top, so no class hides another.
  return [
    resultFill('analysis-band-fill', SOURCE.band, 'band', {
      'fill-color': analysisColours.band,
      'fill-opacity': ['case', ['get', 'priority'], 0.4, 0.2],
    }),
    resultFill('analysis-zones-fill', SOURCE.zones, 'zones', {
      'fill-color': zoneColour,
      'fill-opacity': [
        'case',
        takeIntoAccount,
        zoneLook['take-into-account'].fillOpacity,
        zoneLook.zone.fillOpacity,
      ],
    }),
    // A light wash only: the catchments' outline carries them, the fill would pile up.
    resultFill('analysis-catchments-fill', SOURCE.catchments, 'catchments', {
      'fill-color': analysisColours.catchment,
      'fill-opacity': 0.06,
    }),
    resultFill('analysis-gained-fill', SOURCE.gained, 'catchments', {
      'fill-color': analysisColours.gained,
      'fill-opacity': 0.55,
    }),
    resultFill('analysis-lost-fill', SOURCE.lost, 'catchments', {
      'fill-color': analysisColours.lost,
      'fill-opacity': 0.55,
    }),
    resultFill('analysis-uncovered-fill', SOURCE.uncovered, 'uncovered', {
      'fill-pattern': UNCOVERED_HATCH,
    }),
    resultFill('analysis-overlaps-fill', SOURCE.overlaps, 'overlaps', {
      'fill-pattern': OVERLAP_HATCH,
    }),
    resultLine('analysis-band-line', SOURCE.band, 'band', {
      'line-color': palette.label,
      'line-width': 1,
      'line-opacity': 0.6,
      'line-dasharray': [0.5, 2],
    }),
    resultLine(
      'analysis-zones-line',
      SOURCE.zones,
      'zones',
      { 'line-color': zoneColour, 'line-width': zoneLook.zone.lineWidth },
      ['!', takeIntoAccount],
    ),
    // China's neighbourhood (§5.4 asks only to take it into account): dashed, not a fourth zone.
    resultLine(
      'analysis-zones-outlook-line',
      SOURCE.zones,
      'zones',
      {
        'line-color': zoneColour,
        'line-width': zoneLook['take-into-account'].lineWidth,
        'line-dasharray': [...(zoneLook['take-into-account'].dash ?? [])],
      },
      takeIntoAccount,
    ),
    resultLine('analysis-catchments-line', SOURCE.catchments, 'catchments', {
      'line-color': analysisColours.catchment,
      'line-width': 1.6,
      'line-opacity': 0.9,
    }),
    // The scenario being compared with: its catchments as a dashed outline over this one's.
    resultLine('analysis-compared-catchments-line', SOURCE.comparedCatchments, 'catchments', {
      'line-color': palette.label,
      'line-width': 1.6,
      'line-dasharray': [2, 1.5],
    }),
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
