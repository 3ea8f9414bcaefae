// What a cross-border influence zone (§5.4) holds: listed settlements, their population, nodes.
import type { GeosKit, PreparedPtr, XY } from './geos';
import type { NeighbourIso } from './types';

/** What zone statistics read of a settlement (see `PlanarSettlement`). */
export interface ZoneSettlement {
  region: string;
  population: number;
  /** Distance (km) to each neighbour's border line. */
  neighbourDistanceKm: Partial<Record<NeighbourIso, number>>;
}

/**
 * Listed settlements of a zone, by definition: in one of the zone's regions and within `depthKm`
 * of that neighbour's border (the zone polygon is that set of points, so the two agree).
 * @example
 * zoneSettlements(wc.settlements, { neighbour: 'TJ', regions: ['batken'] }, 30);
 * // { settlements: 19, population: 137317 }: Batken Region's towns within 30 km of Tajikistan
 */
export function zoneSettlements(
  settlements: readonly ZoneSettlement[],
  zone: { neighbour: NeighbourIso; regions: readonly string[] },
  depthKm: number,
): { settlements: number; population: number } {
  let count = 0;
  let population = 0;
  for (const s of settlements) {
    if (settlementInZone(s, zone, depthKm)) {
      count++;
      population += s.population;
    }
  }
  return { settlements: count, population };
}

/** Whether a settlement is in a zone (see {@link zoneSettlements}). */
export function settlementInZone(
  s: Pick<ZoneSettlement, 'region' | 'neighbourDistanceKm'>,
  zone: { neighbour: NeighbourIso; regions: readonly string[] },
  depthKm: number,
): boolean {
  return (
    zone.regions.includes(s.region) &&
    (s.neighbourDistanceKm[zone.neighbour] ?? Number.POSITIVE_INFINITY) <= depthKm
  );
}

/**
 * Ids of the nodes whose point lies in the zone (boundary included), in node order.
 * @example
 * growthNodesInZone(kit, tjZone.prepared, nodes); // ['isfana', 'batken'] at 30 km
 */
export function growthNodesInZone(
  kit: GeosKit,
  zone: PreparedPtr,
  nodes: readonly { id: string; xy: XY }[],
): string[] {
  return nodes.filter((n) => kit.intersectsXY(zone, n.xy[0], n.xy[1])).map((n) => n.id);
}
