// Input and result types of the analysis (GeoJSON, WGS84 lon/lat, km, km²).
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
} from 'geojson';
import type { NeighbourIso } from '../data/schema';
import type { CatchmentMethod } from '../vocabulary/analysis-params';
import type { AnalysisParams, AnalysisParamsInput } from './params';

export type { NeighbourIso };
export type LonLat = [number, number];
export type AreaGeometry = Polygon | MultiPolygon;

/** What the analysis reads: static geodata (docs/data-contract.md) and the Concept's definitions. */
export interface AnalysisInput {
  /** The state territory; enclaves of neighbours are holes. */
  country: AreaGeometry;
  /** Oblast polygons (Osh city has none). */
  regions: { id: string; geometry: AreaGeometry }[];
  /** The state border split by neighbour; enclave rings belong to the neighbour that owns them. */
  borderLines: { neighbour: NeighbourIso; geometry: LineString | MultiLineString }[];
  /** Listed settlements; `region` is authoritative for membership (see docs/analysis.md). */
  settlements: { id: string; coordinates: LonLat; population: number | null; region: string }[];
  /** Default growth node positions (§5.1). */
  growthNodes: { id: string; coordinates: LonLat; region: string }[];
  /** Cross-border influence zones (§5.4): regions of the zone along one neighbour's border. */
  zones: { id: string; neighbour: NeighbourIso; regions: string[] }[];
  /** Border-adjacent priority regions (§6.2). */
  priorityRegions: string[];
}

/**
 * A node the planner adds (not one of the Concept's `growthNodes`). The analysis treats it
 * exactly like a Concept node; `region` is carried for the caller and not used by the analysis.
 */
export interface CandidateNode {
  /** Unique among the candidates and different from every Concept node id. */
  id: string;
  coordinates: LonLat;
  region: string | null;
}

/** One scenario to run: what a session's `run(params, overrides)` takes. */
export interface ScenarioRun {
  params?: AnalysisParamsInput;
  overrides?: NodeOverrides;
}

/**
 * What the scenario changes besides the parameters. The node set of a run is `nodeIds` (in that
 * order) if given, else every Concept node followed by every candidate; `nodeIds` may name
 * Concept nodes and candidates alike, and may be empty (no catchments, all territory uncovered).
 * `positions` may move any node of either kind; a node outside the country is snapped onto its
 * edge. Invalid overrides throw `AnalysisParamsError` listing every problem (`node-overrides.ts`).
 * @example
 * { candidates: [{ id: 'c1', coordinates: [75, 41.6], region: 'naryn' }],
 *   nodeIds: ['bishkek', 'osh', 'c1'], positions: { c1: [75.1, 41.6] } }
 */
export interface NodeOverrides {
  /** Moved nodes (Concept or candidate): id → [lon, lat]. */
  positions?: Record<string, LonLat>;
  /** Nodes taking part, Concept and candidate ids (e.g. one stage); default all of both. */
  nodeIds?: string[];
  /** Nodes added by the planner. */
  candidates?: CandidateNode[];
}

export interface CatchmentProperties {
  node: string;
  method: CatchmentMethod;
  areaKm2: number;
  /** Share of the country's area, 0–1. */
  shareOfCountry: number;
  settlements: number;
  /** Population of listed settlements (towns; villages are missing in the source). */
  population: number;
}

export interface UncoveredProperties {
  /**
   * The piece of uncovered territory lies in this node's nearest-node cell; null when no node
   * takes part (the piece is then the whole country).
   */
  nearestNode: string | null;
  areaKm2: number;
}

export interface OverlapProperties {
  nodes: [string, string];
  areaKm2: number;
}

export interface ZoneProperties {
  zone: string;
  neighbour: NeighbourIso;
  depthKm: number;
  regions: string[];
  areaKm2: number;
  settlements: number;
  population: number;
  growthNodes: string[];
}

export interface BorderBandProperties {
  region: string;
  priority: boolean;
  depthKm: number;
  areaKm2: number;
  /** Share of the region's area inside the band, 0–1. */
  shareOfRegion: number;
  settlements: number;
  population: number;
}

export interface NodeCoverage {
  node: string;
  position: LonLat;
  /** True when the given position lay outside the country and was moved onto its edge. */
  snapped: boolean;
  areaKm2: number;
  shareOfCountry: number;
  settlements: number;
  population: number;
}

export interface RegionCoverage {
  region: string;
  /** null for Osh city, which has no polygon in the source. */
  areaKm2: number | null;
  coveredAreaKm2: number | null;
  coveredShare: number | null;
  settlements: number;
  settlementsCovered: number;
  population: number;
  populationCovered: number;
}

export interface CoverageSummary {
  method: CatchmentMethod;
  radiusKm: number;
  countryAreaKm2: number;
  coveredAreaKm2: number;
  coveredShare: number;
  uncoveredAreaKm2: number;
  /** Area covered by two or more catchments (radius method), counted once per extra cover. */
  overlapAreaKm2: number;
  settlements: number;
  settlementsCovered: number;
  population: number;
  populationCovered: number;
  nodes: NodeCoverage[];
  regions: RegionCoverage[];
  zones: ZoneProperties[];
  borderBand: {
    depthKm: number;
    areaKm2: number;
    shareOfCountry: number;
    regions: BorderBandProperties[];
  };
  /** Settlements whose point lies outside their region's polygon at this resolution. */
  relocatedSettlements: { id: string; region: string; distanceKm: number }[];
  notes: string[];
}

/** Where one listed settlement stands in a run: the catchments, zones and border band that hold it. */
export interface SettlementCoverage {
  id: string;
  region: string;
  coordinates: LonLat;
  /** As the analysis counts it: 0 where the source gives none. */
  population: number;
  /** Ids of the nodes whose catchment holds it, in node order (several only under `radius`). */
  catchments: string[];
  /** Ids of the cross-border zones that hold it. */
  zones: string[];
  borderBand: boolean;
}

export type AreaCollection<P> = FeatureCollection<AreaGeometry, P>;
export type AreaFeature<P> = Feature<AreaGeometry, P>;

export interface AnalysisResult {
  params: AnalysisParams;
  catchments: AreaCollection<CatchmentProperties>;
  uncovered: AreaCollection<UncoveredProperties>;
  /** Empty unless method is `radius`. */
  overlaps: AreaCollection<OverlapProperties>;
  zones: AreaCollection<ZoneProperties>;
  borderBand: AreaCollection<BorderBandProperties>;
  coverage: CoverageSummary;
  /** Every listed settlement, in input order, with what covers it (the same tests as the counts). */
  settlements: SettlementCoverage[];
  /** Output features repaired after the lon/lat conversion (expected 0). */
  repairedFeatures: number;
  /** Milliseconds spent in this run, how many pieces were recomputed or reused, per step. */
  timing: {
    ms: number;
    recomputed: number;
    reused: number;
    steps: Record<string, { ms: number; computed: number; reused: number }>;
  };
}
