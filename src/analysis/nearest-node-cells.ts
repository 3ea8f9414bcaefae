// Voronoi cells of the growth nodes in the equal-area plane, built as intersections of
// half-planes, each labelled with the neighbours whose bisectors bound it: a cell's geometry is a
// function of its site and those neighbours only, so that set (not the float vertices, which
// depend on clipping order) is its cache key across drags.
import { clipByHalfPlane } from './convex-polygon';
import type { XY } from './geos';

export interface NearestNodeCell {
  /** Open counter-clockwise convex ring (empty for a duplicate site). */
  ring: XY[];
  /** Indices of the sites whose bisector with this site bounds the cell, ascending. */
  neighbours: number[];
}

/** A vertex lies on a bisector when within this distance (km) of it. */
const ON_LINE_KM = 1e-6;

/**
 * One cell per site: the points of `frame` nearer to that site than to any other (ties between
 * coincident sites go to the first of them).
 * @example
 * nearestNodeCells([[0, 0], [10, 0]], [-50, -50, 50, 50])[0];
 * // { ring: [[-50,-50],[5,-50],[5,50],[-50,50]], neighbours: [1] }
 */
export function nearestNodeCells(
  sites: readonly XY[],
  frame: readonly [number, number, number, number],
): NearestNodeCell[] {
  const [x0, y0, x1, y1] = frame;
  const box: XY[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  return sites.map((s, i) => {
    let ring = box;
    const lines: { j: number; a: number; b: number; c: number }[] = [];
    for (let j = 0; j < sites.length && ring.length > 0; j++) {
      if (j === i) continue;
      const t = sites[j] as XY;
      const dx = t[0] - s[0];
      const dy = t[1] - s[1];
      if (dx === 0 && dy === 0) {
        if (j < i) ring = [];
        continue;
      }
      // |p − s|² ≤ |p − t|²  ⇔  2(t − s)·p ≤ |t|² − |s|²
      const a = 2 * dx;
      const b = 2 * dy;
      const c = t[0] * t[0] + t[1] * t[1] - s[0] * s[0] - s[1] * s[1];
      ring = clipByHalfPlane(ring, a, b, c);
      lines.push({ j, a, b, c });
    }
    const neighbours: number[] = [];
    const n = ring.length;
    for (const { j, a, b, c } of lines) {
      const norm = Math.hypot(a, b);
      for (let k = 0; k < n; k++) {
        const p = ring[k] as XY;
        const q = ring[(k + 1) % n] as XY;
        if (
          Math.abs(a * p[0] + b * p[1] - c) / norm < ON_LINE_KM &&
          Math.abs(a * q[0] + b * q[1] - c) / norm < ON_LINE_KM
        ) {
          neighbours.push(j);
          break;
        }
      }
    }
    return { ring, neighbours };
  });
}
