/**
 * The priority-territory finder: which growth nodes and regions meet every filter an investor set,
 * why each one matches, ranked. Pure: geodata, scenario nodes and the analysis result in, rows out.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import type { Position } from 'geojson';
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { atlasIndex, scenarioNodePositions } from '../data/atlas-index';
import type { ClusterId, RegionId } from '../data/schema';
import type { DriverSector } from '../vocabulary/ids';
import type { ScenarioNodes, Stage, ZoneNeighbour } from '../vocabulary/scenario';
import {
  type CentreDistance,
  distancesToCentres,
  logisticsCentrePositions,
  regionDistancesToCentres,
} from './logistics-distance';

export const DRIVER_LEVELS = ['any', 'first', 'second'] as const;
export type DriverLevel = (typeof DRIVER_LEVELS)[number];
export const STAGE_FILTERS = ['1', '2', '3', 'none'] as const;
export type StageFilter = (typeof STAGE_FILTERS)[number];
export type ZoneFilter = ZoneNeighbour | 'band';

/** Every filter is optional; a place is listed when it meets all the filters that are set. */
export type FinderFilters = {
  clusters: ClusterId[];
  sectors: DriverSector[];
  level: DriverLevel;
  stages: StageFilter[];
  zones: ZoneFilter[];
  maxLogisticsKm: number | null;
  minPopulation: number | null;
};

export const NO_FILTERS: FinderFilters = {
  clusters: [],
  sectors: [],
  level: 'any',
  stages: [],
  zones: [],
  maxLogisticsKm: null,
  minPopulation: null,
};

/** Why a place matches: a fact the UI words in the user's language. */
export type MatchReason =
  | { type: 'cluster'; cluster: ClusterId }
  | { type: 'driver'; level: 'first' | 'second'; sector: DriverSector }
  | { type: 'stage'; stage: Stage | null }
  | { type: 'zone'; neighbour: ZoneNeighbour }
  | { type: 'band'; depthKm: number }
  | { type: 'priority-region' }
  | { type: 'logistics'; nearest: CentreDistance }
  | { type: 'population'; population: number }
  | { type: 'has-nodes'; nodes: string[] };

export type FinderMatch = {
  kind: 'node' | 'region';
  id: string;
  region: RegionId;
  reasons: MatchReason[];
  /** Nearest logistics centre, always known. */
  nearestCentre: CentreDistance | null;
  /** Population of listed settlements in the node's catchment; null for regions or before analysis. */
  population: number | null;
  /** The node's or the region anchor's position, for export and the camera. */
  position: Position | null;
};

export type FinderOutcome = {
  matches: FinderMatch[];
  /** True when a filter needs the analysis result (zones, band, catchments) and it is not there yet. */
  waitingForAnalysis: boolean;
};

export type FinderInput = {
  atlas: AtlasData;
  /** Positions of the Concept's nodes in this scenario (moved ones where the planner put them). */
  nodePositions: ReadonlyMap<string, Position>;
  removedNodes: readonly string[];
  stages: Readonly<Record<string, Stage>>;
  result: AnalysisResult | null;
};

/**
 * The finder's input for a scenario's nodes and the analysis result on screen.
 *
 * @example
 *   findTerritories(finderInputOf(atlas, scenario.nodes, result), filters);
 */
export function finderInputOf(
  atlas: AtlasData,
  nodes: Pick<ScenarioNodes, 'moved' | 'removed' | 'stages' | 'candidates'>,
  result: AnalysisResult | null,
): FinderInput {
  return {
    atlas,
    nodePositions: scenarioNodePositions(atlas, nodes),
    removedNodes: nodes.removed,
    stages: nodes.stages,
    result,
  };
}

/** True when at least one filter is set. */
export function hasFilters(filters: FinderFilters): boolean {
  return (
    filters.clusters.length > 0 ||
    filters.sectors.length > 0 ||
    filters.stages.length > 0 ||
    filters.zones.length > 0 ||
    filters.maxLogisticsKm !== null ||
    filters.minPopulation !== null
  );
}

/** Region-level reasons (clusters, drivers) or null when the region fails those filters. */
function regionReasons(
  input: FinderInput,
  filters: FinderFilters,
  region: RegionId,
): MatchReason[] | null {
  const reasons: MatchReason[] = [];
  if (filters.clusters.length > 0) {
    const here = input.atlas.clusters.clusters.filter(
      (cluster) =>
        filters.clusters.includes(cluster.id) && (cluster.regions as string[]).includes(region),
    );
    if (here.length === 0) return null;
    reasons.push(...here.map((cluster) => ({ type: 'cluster' as const, cluster: cluster.id })));
  }
  if (filters.sectors.length > 0) {
    const specialisation = atlasIndex(input.atlas).regions.get(region)?.specialisation;
    if (!specialisation) return null;
    const levels = [
      ['first', specialisation.firstLevelSectors],
      ['second', specialisation.secondLevelSectors],
    ] as const;
    const drivers = levels.flatMap(([level, sectors]) =>
      filters.level === 'any' || filters.level === level
        ? sectors
            .filter((sector) => filters.sectors.includes(sector))
            .map((sector) => ({ type: 'driver' as const, level, sector }))
        : [],
    );
    if (drivers.length === 0) return null;
    reasons.push(...drivers);
  }
  return reasons;
}

function nodeZoneReasons(
  input: FinderInput,
  filters: FinderFilters,
  node: string,
  position: Position,
): MatchReason[] | null {
  if (filters.zones.length === 0) return [];
  const result = input.result;
  if (!result) return null;
  const reasons: MatchReason[] = [];
  for (const zone of result.coverage.zones) {
    if (filters.zones.includes(zone.neighbour) && zone.growthNodes.includes(node)) {
      reasons.push({ type: 'zone', neighbour: zone.neighbour });
    }
  }
  if (filters.zones.includes('band')) {
    const here = point(position);
    if (result.borderBand.features.some((piece) => booleanPointInPolygon(here, piece))) {
      reasons.push({ type: 'band', depthKm: result.coverage.borderBand.depthKm });
    }
  }
  return reasons.length > 0 ? reasons : null;
}

function regionZoneReasons(
  input: FinderInput,
  filters: FinderFilters,
  region: RegionId,
): MatchReason[] | null {
  if (filters.zones.length === 0) return [];
  const reasons: MatchReason[] = input.atlas.zones.influence.zones
    .filter((zone) => filters.zones.includes(zone.neighbour) && zone.regions.includes(region))
    .map((zone) => ({ type: 'zone', neighbour: zone.neighbour }));
  // A region "in the border band" is one the Concept names a border priority (§6.2): every
  // oblast touches the border somewhere.
  if (
    filters.zones.includes('band') &&
    (input.atlas.zones.borderTerritories.priorityRegions as string[]).includes(region)
  ) {
    reasons.push({ type: 'priority-region' });
  }
  return reasons.length > 0 ? reasons : null;
}

/** Where a region without a polygon (Osh city: none is invented) is drawn: at its growth node. */
function cityNodePosition(input: FinderInput, region: RegionId): Position | null {
  const node = input.atlas.growthNodes.nodes.find((candidate) => candidate.region === region);
  return (node && input.nodePositions.get(node.id)) ?? null;
}

type Ranked = FinderMatch & { rank: number[] };

function rankOf(match: FinderMatch): number[] {
  const driverLevel = match.reasons.some((r) => r.type === 'driver' && r.level === 'first')
    ? 0
    : match.reasons.some((r) => r.type === 'driver')
      ? 1
      : 2;
  const clusters = match.reasons.filter((r) => r.type === 'cluster').length;
  const zones = match.reasons.filter((r) => r.type === 'zone' || r.type === 'band').length;
  return [
    driverLevel,
    -clusters,
    -zones,
    match.nearestCentre?.km ?? Number.POSITIVE_INFINITY,
    -(match.population ?? 0),
  ];
}

function compareRanks(a: Ranked, b: Ranked): number {
  for (let i = 0; i < a.rank.length; i += 1) {
    const difference = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.id.localeCompare(b.id);
}

/**
 * Growth nodes, then regions, that meet every filter set in `filters`, each with the reasons it
 * matches, ranked: first-level drivers before second-level, more matching clusters and zones,
 * nearer a logistics centre, larger catchment population. Nodes inherit their region's clusters
 * and drivers; zone, band and catchment filters use the analysis result for nodes (so they follow
 * the planner's parameters) and the Concept's named regions (§5.4, §6.2) for regions. A filter on
 * stage or catchment population lists a region only when one of its nodes matches.
 *
 * @example
 *   findTerritories(input, { ...NO_FILTERS, clusters: ['tourism'] }).matches.map((m) => m.id);
 *   // ['balykchy', 'karakol', 'issyk-kul']
 */
export function findTerritories(input: FinderInput, filters: FinderFilters): FinderOutcome {
  const { atlas, result } = input;
  // Nodes' zone, band and catchment figures come from the analysis run.
  const waitingForAnalysis =
    (filters.minPopulation !== null || filters.zones.length > 0) && result === null;
  const centres = logisticsCentrePositions(atlas, input.nodePositions);
  const removed = new Set(input.removedNodes);
  const populationOf = new Map(result?.coverage.nodes.map((n) => [n.node, n.population]) ?? []);

  const nodes: Ranked[] = [];
  for (const node of atlas.growthNodes.nodes) {
    const position = input.nodePositions.get(node.id);
    if (removed.has(node.id) || !position) continue;
    const reasons = regionReasons(input, filters, node.region);
    if (!reasons) continue;
    const stage = input.stages[node.id] ?? null;
    if (filters.stages.length > 0) {
      if (!filters.stages.includes(stage === null ? 'none' : `${stage}`)) continue;
      reasons.push({ type: 'stage', stage });
    }
    const zoneReasons = nodeZoneReasons(input, filters, node.id, position);
    if (!zoneReasons) continue;
    reasons.push(...zoneReasons);
    const nearestCentre = distancesToCentres(position, centres)[0] ?? null;
    if (filters.maxLogisticsKm !== null) {
      if (!nearestCentre || nearestCentre.km > filters.maxLogisticsKm) continue;
      reasons.push({ type: 'logistics', nearest: nearestCentre });
    }
    const population = populationOf.get(node.id) ?? null;
    if (filters.minPopulation !== null) {
      if (population === null || population < filters.minPopulation) continue;
      reasons.push({ type: 'population', population });
    }
    const match = {
      kind: 'node' as const,
      id: node.id,
      region: node.region,
      reasons,
      nearestCentre,
      population,
      position,
    };
    nodes.push({ ...match, rank: rankOf(match) });
  }

  const nodeOnlyFilter = filters.stages.length > 0 || filters.minPopulation !== null;
  const regions: Ranked[] = [];
  for (const region of atlas.regions.regions) {
    const reasons = regionReasons(input, filters, region.id);
    if (!reasons) continue;
    const zoneReasons = regionZoneReasons(input, filters, region.id);
    if (!zoneReasons) continue;
    reasons.push(...zoneReasons);
    const nearestCentre =
      regionDistancesToCentres(atlas, region.id, input.nodePositions, centres)[0] ?? null;
    if (filters.maxLogisticsKm !== null) {
      if (!nearestCentre || nearestCentre.km > filters.maxLogisticsKm) continue;
      reasons.push({ type: 'logistics', nearest: nearestCentre });
    }
    if (nodeOnlyFilter) {
      const matching = nodes.filter((node) => node.region === region.id).map((node) => node.id);
      if (matching.length === 0) continue;
      reasons.push({ type: 'has-nodes', nodes: matching });
    }
    const match = {
      kind: 'region' as const,
      id: region.id,
      region: region.id,
      reasons,
      nearestCentre,
      population: null,
      position: region.hasPolygon ? null : cityNodePosition(input, region.id),
    };
    regions.push({ ...match, rank: rankOf(match) });
  }

  const matches = [...nodes.sort(compareRanks), ...regions.sort(compareRanks)].map(
    ({ rank: _rank, ...match }) => match,
  );
  return { matches, waitingForAnalysis };
}
