/** Geodesic distances from growth nodes and regions to the logistics centres (§5.1, §5.2). */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { AtlasData } from '../data/atlas';

export type CentreDistance = { centre: string; km: number };

/**
 * Where each logistics centre is in a scenario: at its growth node's position there.
 *
 * @example
 *   logisticsCentrePositions(atlas, nodePositions).get('balykchy'); // [76.19, 42.46]
 */
export function logisticsCentrePositions(
  atlas: AtlasData,
  nodePositions: ReadonlyMap<string, Position>,
): Map<string, Position> {
  const centres = new Map<string, Position>();
  for (const centre of atlas.logisticsCentres.centres) {
    const position = nodePositions.get(centre.node);
    if (position) centres.set(centre.id, position);
  }
  return centres;
}

/**
 * Geodesic distance in km from `from` to each centre, nearest first.
 *
 * @example
 *   distancesToCentres([74.59, 42.87], new Map([['bishkek', [74.59, 42.87]]]));
 *   // [{ centre: 'bishkek', km: 0 }]
 */
export function distancesToCentres(
  from: Position,
  centres: ReadonlyMap<string, Position>,
): CentreDistance[] {
  return [...centres]
    .map(([centre, position]) => ({ centre, km: distance(point(from), point(position)) }))
    .sort((a, b) => a.km - b.km);
}

/**
 * Geodesic distance in km from `centre` to the nearest point of `area`; 0 when the centre is inside.
 *
 * @example
 *   distanceToArea([74.6, 42.9], chuiOblast.geometry); // 0 (Bishkek lies inside Chui's outline)
 */
export function distanceToArea(centre: Position, area: Polygon | MultiPolygon): number {
  const here = point(centre);
  if (booleanPointInPolygon(here, area)) return 0;
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
  return Math.min(
    ...rings.map((ring) => pointToLineDistance(here, lineString(ring), { method: 'geodesic' })),
  );
}

/**
 * Geodesic km from each logistics centre to a region, nearest first: to its polygon (0 inside),
 * or, for a city that has none in open data (Osh city: none is invented), to its growth node.
 *
 * @example
 *   regionDistancesToCentres(atlas, 'issyk-kul', nodePositions, centres)[0];
 *   // { centre: 'balykchy', km: 0 }
 */
export function regionDistancesToCentres(
  atlas: AtlasData,
  region: string,
  nodePositions: ReadonlyMap<string, Position>,
  centres: ReadonlyMap<string, Position>,
): CentreDistance[] {
  const oblast = atlas.oblasts.features.find((f) => f.properties.region === region);
  if (oblast) {
    return [...centres]
      .map(([centre, position]) => ({ centre, km: distanceToArea(position, oblast.geometry) }))
      .sort((a, b) => a.km - b.km);
  }
  const node = atlas.growthNodes.nodes.find((candidate) => candidate.region === region);
  const position = node ? nodePositions.get(node.id) : undefined;
  return position ? distancesToCentres(position, centres) : [];
}
