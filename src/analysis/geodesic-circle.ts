// Geodesic (great-circle) circle around a point on the sphere, as a closed lon/lat ring.
import circle from '@turf/circle';

/**
 * Vertices at exactly `radiusKm` great-circle distance from `centre` (turf's destination on a
 * sphere of 6371.0088 km, the radius of our equal-area projection), counter-clockwise, `steps`
 * segments (≥ 64 for catchments), closed (first = last).
 * @example
 * const ring = geodesicCircle([74.59, 42.87], 50); // 65 positions, Bishkek ± 50 km
 */
export function geodesicCircle(
  centre: readonly [number, number],
  radiusKm: number,
  steps = 64,
): [number, number][] {
  const ring = circle([centre[0], centre[1]], radiusKm, { steps, units: 'kilometers' }).geometry
    .coordinates[0];
  return (ring ?? []).map(([lon, lat]) => [lon ?? 0, lat ?? 0]);
}
