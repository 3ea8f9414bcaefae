// How finely GEOS approximates the round parts of a buffer.

/** Largest gap (km) between a buffer's chord and the true arc. */
const ARC_TOLERANCE_KM = 0.2;

/**
 * Segments per quarter circle so that the chords stay within 0.2 km of the arc at `depthKm`
 * (never below 8, where GEOS is also fastest).
 * @example
 * quadrantSegmentsFor(30); // 8
 * quadrantSegmentsFor(100); // 13
 */
export function quadrantSegmentsFor(depthKm: number): number {
  const half = Math.acos(Math.max(-1, 1 - ARC_TOLERANCE_KM / depthKm));
  return Math.max(8, Math.ceil(Math.PI / (4 * half)));
}
