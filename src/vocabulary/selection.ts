/** What the user points at: a feature of the map, a row of a statistics table, a node being dragged. */
import type { LonLat } from './scenario';

/**
 * 'settlement' is a town or village outside the Concept's lists, found through search;
 * 'foreignCity' a city of a neighbouring country near the border (geodata/settlements/foreign-cities).
 */
export type FeatureKind =
  | 'region'
  | 'node'
  | 'logistics'
  | 'cluster'
  | 'settlement'
  | 'foreignCity';
export type Selection = { kind: FeatureKind; id: string };

/** The statistics tables; a row pointed at in one outlines its polygon on the map. */
export type StatsTable = 'nodes' | 'zones' | 'regions' | 'band';
export type AnalysisHighlight = { table: StatsTable; key: string };

/** A growth node under the pointer: shown and analysed live, saved to the scenario on release. */
export type DragPreview = { id: string; position: LonLat };
