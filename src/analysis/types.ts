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
import type { CatchmentMethod } from './param-ranges';
import type { AnalysisParams } from './params';

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

/** What the scenario changes besides the parameters. */
export interface NodeOverrides {
  /** Moved nodes: id → [lon, lat]. */
  positions?: Record<string, LonLat>;
  /** Nodes taking part (e.g. one stage); default all growth nodes. */
  nodeIds?: string[];
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
  /** The piece of uncovered territory lies in this node's nearest-node cell. */
  nearestNode: string;
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
