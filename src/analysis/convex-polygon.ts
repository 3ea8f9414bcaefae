// Planar clipping of convex polygons (circles, Voronoi cells) in plain JS: exact for convex
// inputs and much cheaper than a general overlay.
import type { Ring, XY } from './geos';

/**
 * Keeps the part of an open convex ring (no closing point) where a·x + b·y ≤ c.
 * Returns the input array itself when nothing is cut, so unchanged cells keep identical vertices.
 * @example
 * clipByHalfPlane([[0, 0], [2, 0], [2, 2], [0, 2]], 1, 0, 1); // [[0,0],[1,0],[1,2],[0,2]]
 */
export function clipByHalfPlane(ring: XY[], a: number, b: number, c: number): XY[] {
  const n = ring.length;
  if (n === 0) return ring;
  let inside = 0;
  const side = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const p = ring[i] as XY;
    const s = a * p[0] + b * p[1] - c;
    side[i] = s;
    if (s <= 0) inside++;
  }
  if (inside === n) return ring;
  if (inside === 0) return [];
  const out: XY[] = [];
  for (let i = 0; i < n; i++) {
    const p = ring[i] as XY;
    const q = ring[(i + 1) % n] as XY;
    const sp = side[i] as number;
    const sq = side[(i + 1) % n] as number;
    if (sp <= 0) out.push(p);
    if ((sp < 0 && sq > 0) || (sp > 0 && sq < 0)) {
      const t = sp / (sp - sq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/**
 * Intersection of two open counter-clockwise convex rings (Sutherland–Hodgman).
 * @example
 * clipConvex(square, triangle); // the part of `square` inside `triangle`
 */
export function clipConvex(subject: XY[], clip: XY[]): XY[] {
  let out = subject;
  const n = clip.length;
  for (let i = 0; i < n && out.length > 0; i++) {
    const p = clip[i] as XY;
    const q = clip[(i + 1) % n] as XY;
    // For a counter-clockwise clip ring the inside is to the left of p→q.
    const a = q[1] - p[1];
    const b = p[0] - q[0];
    out = clipByHalfPlane(out, a, b, a * p[0] + b * p[1]);
  }
  return out;
}

/** Closes an open ring (appends the first point). */
export function closeRing(open: XY[]): Ring {
  const first = open[0];
  return first ? [...open, [first[0], first[1]]] : [];
}

/** Shoelace area of an open ring (positive when counter-clockwise). */
export function ringArea(open: readonly XY[]): number {
  let s = 0;
  const n = open.length;
  for (let i = 0; i < n; i++) {
    const p = open[i] as XY;
    const q = open[(i + 1) % n] as XY;
    s += p[0] * q[1] - q[0] * p[1];
  }
  return s / 2;
}
