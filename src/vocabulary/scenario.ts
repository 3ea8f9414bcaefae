// The planner's scenario: one serialisable object that is autosaved, exported, shared by link and
// compared. Validated by src/scenario/scenario-schema.ts; this file holds the types and the fixed
// lists they are built from.
import type { CatchmentMethod, ZONE_NEIGHBOURS } from './analysis-params';
import type { IndicatorMeasure, Table1Year } from './ids';
import type { Classing, PaletteId } from './indicators';

export const SCENARIO_VERSION = 4;

export type LonLat = [number, number];
export type Stage = 1 | 2 | 3;
export type ZoneNeighbour = (typeof ZONE_NEIGHBOURS)[number];
export const OVERLAYS = ['oblasts', 'growthNodes', 'logistics', 'clusters'] as const;
export type OverlayId = (typeof OVERLAYS)[number];
export const ANALYSIS_LAYERS = ['catchments', 'overlaps', 'uncovered', 'zones', 'band'] as const;
export type AnalysisLayerId = (typeof ANALYSIS_LAYERS)[number];

/** A node the planner added; it is drawn differently from the Concept's 20. */
export type CandidateNode = {
  id: string; // "candidate-<n>", unique within the scenario
  name: string; // as typed by the planner or read from a file: always shown as text
  position: LonLat;
  region: string | null; // region id found from the oblast polygons; null outside them
};

export type ScenarioNodes = {
  /** Concept nodes moved away from their settlement: node id → position. */
  moved: Record<string, LonLat>;
  /** Concept nodes taken out of this scenario (they can be restored). */
  removed: string[];
  /** Stage of support (§5.1: three stages of 5–6 cities) per node id, Concept or candidate. */
  stages: Record<string, Stage>;
  candidates: CandidateNode[];
};

export type ScenarioAnalysis = {
  method: CatchmentMethod;
  radiusKm: number;
  zoneDepthKm: Record<ZoneNeighbour, number>;
  bandDepthKm: number;
};

/** The indicator choropleth (v3): which measure, how it is classed and coloured. */
export type IndicatorView = {
  measure: IndicatorMeasure;
  /** Applies to the Table 1 measures given per year. */
  year: Table1Year;
  classing: Classing;
  classes: number;
  palette: PaletteId;
  /** Inner class limits when `classing` is 'manual', ascending. */
  manualBreaks: number[];
};

export type ScenarioView = {
  language: 'ky' | 'ru' | 'en';
  mode: 'explore' | 'analyse' | 'invest';
  overlays: Record<OverlayId, boolean>;
  analysisLayers: Record<AnalysisLayerId, boolean>;
  camera: { center: LonLat; zoom: number } | null;
  /** The choropleth on the map, or null for none (v3). */
  indicator: IndicatorView | null;
};

/** Where the map looks: what a slide and a saved view restore. */
export type Camera = { center: LonLat; zoom: number; bearing: number; pitch: number };

/**
 * A presenter's slide: a view of this scenario with a caption per language (any may be empty;
 * the app falls back to another language's text). Text is always shown as text.
 */
export type Slide = {
  id: string; // "slide-<n>", unique within the scenario
  caption: { ky: string; ru: string; en: string };
  /** What the presenter says over the slide, per language, seen only in the presenter view (v4). */
  notes: { ky: string; ru: string; en: string };
  camera: Camera;
  mode: ScenarioView['mode'];
  overlays: Record<OverlayId, boolean>;
  analysisLayers: Record<AnalysisLayerId, boolean>;
  analysis: ScenarioAnalysis;
  /** The choropleth the slide shows (v3). */
  indicator: IndicatorView | null;
};

export type Scenario = {
  version: typeof SCENARIO_VERSION;
  id: string;
  name: string;
  updatedAt: string; // ISO 8601
  nodes: ScenarioNodes;
  analysis: ScenarioAnalysis;
  view: ScenarioView;
  /** The presenter's own slides, in order (v2). */
  slides: Slide[];
};
