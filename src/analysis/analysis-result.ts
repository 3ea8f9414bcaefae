// A run's pieces and statistics as the result: GeoJSON layers with their statistics in the
// properties, and the coverage summary.
import { borderBandStatistics, settlementInBand } from './border-band-statistics';
import type { PlacedNode } from './node-placement';
import type { AnalysisParams } from './params';
import { regionCoverage } from './region-statistics';
import type { SettlementMembership } from './settlement-membership';
import type {
  AnalysisResult,
  AreaFeature,
  AreaGeometry,
  BorderBandProperties,
  CatchmentProperties,
  NodeCoverage,
  OverlapProperties,
  SettlementCoverage,
  UncoveredProperties,
  ZoneProperties,
} from './types';
import type { WorkingCopy } from './working-copy';
import { settlementInZone } from './zone-statistics';

/** A piece of territory of a run: its area now, its lon/lat geometry on demand. */
export interface AreaPiece {
  areaKm2: number;
}

/** The lon/lat drawing of a piece and whether it needed repair (see `toLonLatGeometry`). */
export type LonLatOf<P> = (piece: P) => { geometry: AreaGeometry; repaired: boolean };

/** Everything one run computed, in node order where per node. */
export interface RunPieces<P extends AreaPiece> {
  params: AnalysisParams;
  nodes: readonly PlacedNode[];
  /** One catchment per node. */
  catchments: readonly P[];
  /**
   * Uncovered territory, one piece per node's cell (`nearestNode`), or the whole country
   * (`nearestNode: null`) when no node takes part; empty under `nearest` with nodes.
   */
  uncovered: readonly { nearestNode: string | null; piece: P }[];
  /** Pairwise overlaps of radius catchments. */
  overlaps: readonly { nodes: [string, string]; piece: P }[];
  zones: readonly {
    zone: WorkingCopy['zones'][number];
    depthKm: number;
    piece: P;
    settlements: number;
    population: number;
    growthNodes: string[];
  }[];
  /** The border band per region (in region order) at `params.bandDepthKm`. */
  band: ReadonlyMap<string, P>;
  membership: SettlementMembership;
  /** Covered km² per region. */
  coveredKm2ByRegion: ReadonlyMap<string, number>;
}

/** What the result reads of the dataset. */
export type ResultStatics = Pick<
  WorkingCopy,
  'country' | 'regions' | 'settlements' | 'priorityRegions' | 'relocatedSettlements'
>;

const NOTES = [
  'Population counts only listed settlements (GeoNames/SimpleMaps towns); villages are missing.',
  'Areas are spherical (R = 6371.0088 km) from an equal-area projection; distances are great-circle.',
];

/**
 * Builds the result of a run (all but `timing`). Only pieces that become features are drawn in
 * lon/lat (`lonLatOf`): uncovered, overlap and band pieces of 0 km² are left out.
 * Covered = country − uncovered; overlap (radius) = Σ catchments − covered.
 * @example
 * const result = analysisResult(wc, pieces, (p) => toLonLatGeometry(kit, kit.polygons(p.ptr), wc.projection));
 * result.coverage.coveredShare; // e.g. 0.41
 */
export function analysisResult<P extends AreaPiece>(
  statics: ResultStatics,
  run: RunPieces<P>,
  lonLatOf: LonLatOf<P>,
): Omit<AnalysisResult, 'timing'> {
  const { params, nodes, membership } = run;
  const { method, radiusKm } = params;
  const countryArea = statics.country.areaKm2;
  let repairedFeatures = 0;
  const feature = <T>(properties: T, piece: P): AreaFeature<T> => {
    const { geometry, repaired } = lonLatOf(piece);
    if (repaired) repairedFeatures++;
    return { type: 'Feature', properties, geometry };
  };

  const nodeCoverage: NodeCoverage[] = nodes.map((n, i) => {
    const a = (run.catchments[i] as P).areaKm2;
    const held = membership.byNode[i] as SettlementMembership['byNode'][number];
    return {
      node: n.id,
      position: n.lonLat,
      snapped: n.snapped,
      areaKm2: a,
      shareOfCountry: a / countryArea,
      settlements: held.settlements.length,
      population: held.population,
    };
  });
  const catchmentFeatures = nodes.map((n, i): AreaFeature<CatchmentProperties> => {
    const c = nodeCoverage[i] as NodeCoverage;
    const properties: CatchmentProperties = {
      node: n.id,
      method,
      areaKm2: c.areaKm2,
      shareOfCountry: c.shareOfCountry,
      settlements: c.settlements,
      population: c.population,
    };
    return feature(properties, run.catchments[i] as P);
  });

  const uncoveredFeatures: AreaFeature<UncoveredProperties>[] = [];
  let uncoveredArea = 0;
  for (const { nearestNode, piece } of run.uncovered) {
    if (piece.areaKm2 <= 0) continue;
    uncoveredArea += piece.areaKm2;
    uncoveredFeatures.push(feature({ nearestNode, areaKm2: piece.areaKm2 }, piece));
  }
  const coveredArea = countryArea - uncoveredArea;
  const overlapArea =
    method === 'radius'
      ? Math.max(0, run.catchments.reduce((sum, c) => sum + c.areaKm2, 0) - coveredArea)
      : 0;
  const overlapFeatures = run.overlaps
    .filter(({ piece }) => piece.areaKm2 > 0)
    .map(({ nodes: pair, piece }) =>
      feature<OverlapProperties>({ nodes: pair, areaKm2: piece.areaKm2 }, piece),
    );

  const zoneStats: ZoneProperties[] = [];
  const zoneFeatures = run.zones.map((z) => {
    const properties: ZoneProperties = {
      zone: z.zone.id,
      neighbour: z.zone.neighbour,
      depthKm: z.depthKm,
      regions: z.zone.regions,
      areaKm2: z.piece.areaKm2,
      settlements: z.settlements,
      population: z.population,
      growthNodes: z.growthNodes,
    };
    zoneStats.push(properties);
    return feature(properties, z.piece);
  });

  const bandAreas = new Map([...run.band].map(([id, piece]) => [id, piece.areaKm2]));
  const band = borderBandStatistics(bandAreas, params.bandDepthKm, {
    regions: statics.regions,
    priorityRegions: statics.priorityRegions,
    settlements: statics.settlements,
    countryAreaKm2: countryArea,
  });
  const bandFeatures: AreaFeature<BorderBandProperties>[] = [];
  band.regions.forEach((properties) => {
    const piece = run.band.get(properties.region) as P;
    if (piece.areaKm2 > 0) bandFeatures.push(feature(properties, piece));
  });

  const catchmentsOf = new Map<string, string[]>();
  membership.byNode.forEach((held, i) => {
    const node = (nodes[i] as PlacedNode).id;
    for (const id of held.settlements)
      catchmentsOf.set(id, [...(catchmentsOf.get(id) ?? []), node]);
  });
  const settlements = statics.settlements.map(
    (s): SettlementCoverage => ({
      id: s.id,
      region: s.region,
      coordinates: s.lonLat,
      population: s.population,
      catchments: catchmentsOf.get(s.id) ?? [],
      zones: run.zones.filter((z) => settlementInZone(s, z.zone, z.depthKm)).map((z) => z.zone.id),
      // Counted per region of the band, as its statistics are (Osh city has no polygon, no band).
      borderBand: run.band.has(s.region) && settlementInBand(s, params.bandDepthKm),
    }),
  );

  const { covered } = membership;
  const population = statics.settlements.reduce((sum, s) => sum + s.population, 0);
  const populationCovered = statics.settlements
    .filter((s) => covered.has(s.id))
    .reduce((sum, s) => sum + s.population, 0);

  return {
    params,
    catchments: { type: 'FeatureCollection', features: catchmentFeatures },
    uncovered: { type: 'FeatureCollection', features: uncoveredFeatures },
    overlaps: { type: 'FeatureCollection', features: overlapFeatures },
    zones: { type: 'FeatureCollection', features: zoneFeatures },
    borderBand: { type: 'FeatureCollection', features: bandFeatures },
    coverage: {
      method,
      radiusKm,
      countryAreaKm2: countryArea,
      coveredAreaKm2: coveredArea,
      coveredShare: coveredArea / countryArea,
      uncoveredAreaKm2: uncoveredArea,
      overlapAreaKm2: overlapArea,
      settlements: statics.settlements.length,
      settlementsCovered: covered.size,
      population,
      populationCovered,
      nodes: nodeCoverage,
      regions: regionCoverage(
        statics.regions,
        statics.settlements,
        covered,
        run.coveredKm2ByRegion,
      ),
      zones: zoneStats,
      borderBand: band,
      relocatedSettlements: statics.relocatedSettlements,
      notes: [...NOTES],
    },
    settlements,
    repairedFeatures,
  };
}
