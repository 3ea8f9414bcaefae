/** Shared pieces of the typed style builders: source ids, overlay tags, label expressions. */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../../vocabulary/languages';
import type { AnalysisLayerId, OverlayId } from '../../vocabulary/scenario';
import type { FeatureKind, StatsTable } from '../../vocabulary/selection';
import { analysisColours } from '../palette';

export const SOURCE = {
  neighbours: 'neighbours',
  neighbourLabels: 'neighbour-labels',
  neighbourOutlines: 'neighbour-outlines',
  country: 'country',
  oblasts: 'oblasts',
  regionLabels: 'region-labels',
  cityRegions: 'city-regions',
  lakes: 'lakes',
  rivers: 'rivers',
  settlements: 'settlements',
  neighbourCities: 'neighbour-cities',
  growthNodes: 'growth-nodes',
  logistics: 'logistics',
  clusters: 'clusters',
  catchments: 'analysis-catchments',
  catchmentLabels: 'analysis-catchment-labels',
  overlaps: 'analysis-overlaps',
  uncovered: 'analysis-uncovered',
  zones: 'analysis-zones',
  band: 'analysis-band',
  comparedCatchments: 'analysis-compared-catchments',
  gained: 'analysis-gained',
  lost: 'analysis-lost',
  indicatorRegions: 'indicator-regions',
  indicatorPoints: 'indicator-points',
  finderNodes: 'finder-nodes',
  finderRegions: 'finder-regions',
  planningSites: 'planning-sites',
  planningBest: 'planning-best',
  planningPull: 'planning-pull',
  planningPullLines: 'planning-pull-lines',
  planningAttractors: 'planning-attractors',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** Layer metadata read by the map controller: which overlay a layer belongs to, what a click selects. */
export type LayerMeta = {
  overlay?: OverlayId;
  /** A layer of the analysis result: shown only in analysis mode and when its toggle is on. */
  analysis?: AnalysisLayerId;
  /** A layer of a planning question: shown in analysis mode while that question is open. */
  planning?: 'sites' | 'gravity';
  /** Outlines the row of this statistics table that the planner points at (analysis mode). */
  highlightsRowOf?: StatsTable;
  /** Outlines the selected place of this kind (the controller sets the filter). */
  highlights?: FeatureKind;
  /** The feature property that holds the row's key or the selected place's id ('id' if unset). */
  highlightKey?: string;
  selects?: FeatureKind;
  label?: true;
};

export function meta(value: LayerMeta): { metadata: LayerMeta } {
  return { metadata: value };
}

export function layerMeta(layer: LayerSpecification): LayerMeta {
  return (layer.metadata ?? {}) as LayerMeta;
}

/** The feature's name in `lang`, falling back to English where a source has no ky/ru name. */
export function labelText(lang: Language): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

/** Filter that matches nothing until the controller sets the selected id. */
export const NOTHING_SELECTED: ExpressionSpecification = ['==', ['get', 'id'], ''];

/** The neighbour's colour (analysisColours.zones) of the feature's `key` (UZ, TJ, KZ; CN otherwise). */
export function neighbourColour(key: string): ExpressionSpecification {
  const { UZ, TJ, KZ, CN } = analysisColours.zones;
  return ['match', ['get', key], 'UZ', UZ, 'TJ', TJ, 'KZ', KZ, CN];
}
