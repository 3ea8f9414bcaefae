// Planar working-copy polygons → WGS84 GeoJSON with 6 decimals, checked for validity in lon/lat
// (GEOS isValid catches ring self-intersection, which turf.booleanValid misses) and repaired.
import type { EqualAreaProjection } from './equal-area-projection';
import type { GeosKit, PolygonRings, Ring, XY } from './geos';
import type { AreaGeometry } from './types';

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * Longest edge (km) drawn as a straight lon/lat segment. A straight edge of the working plane
 * (a Voronoi bisector, a circle chord) is a curve in lon/lat; splitting long edges keeps the
 * lon/lat drawing within centimetres of it, so neighbouring pieces still fit together.
 */
const MAX_EDGE_KM = 5;

function unprojectRing(ring: Ring, projection: EqualAreaProjection): Ring | null {
  const out: XY[] = [];
  let prev: XY | undefined;
  const push = (p: XY) => {
    const [lon, lat] = projection.inverse(p);
    const q: XY = [round6(lon), round6(lat)];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
    prev = q;
  };
  ring.forEach((p, i) => {
    const before = i > 0 ? ring[i - 1] : undefined;
    if (before) {
      const steps = Math.ceil(Math.hypot(p[0] - before[0], p[1] - before[1]) / MAX_EDGE_KM);
      for (let k = 1; k < steps; k++) {
        const t = k / steps;
        push([before[0] + t * (p[0] - before[0]), before[1] + t * (p[1] - before[1])]);
      }
    }
    push(p);
  });
  return out.length >= 4 ? out : null;
}

function asGeometry(polygons: PolygonRings[]): AreaGeometry {
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0] as PolygonRings };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * Converts planar polygons to a lon/lat Polygon or MultiPolygon (6 decimals) and guarantees
 * GEOS validity of the result; `repaired` tells whether GEOS MakeValid had to step in.
 * @example
 * const { geometry } = toLonLatGeometry(kit, kit.polygons(ptr), projection);
 */
export function toLonLatGeometry(
  kit: GeosKit,
  polygons: PolygonRings[],
  projection: EqualAreaProjection,
): { geometry: AreaGeometry; repaired: boolean } {
  const lonLat: PolygonRings[] = [];
  for (const poly of polygons) {
    const [shell, ...holes] = poly;
    const outer = shell ? unprojectRing(shell, projection) : null;
    if (!outer) continue;
    const rings: Ring[] = [outer];
    for (const h of holes) {
      const r = unprojectRing(h, projection);
      if (r) rings.push(r);
    }
    lonLat.push(rings);
  }
  if (lonLat.length === 0) return { geometry: asGeometry([]), repaired: false };
  const ptr = kit.multiPolygon(lonLat);
  try {
    if (kit.invalidReason(ptr) === null) return { geometry: asGeometry(lonLat), repaired: false };
    const fixed = kit.makeValid(ptr);
    const polys = kit
      .polygons(fixed)
      .map((p) => p.map((r) => r.map(([x, y]): XY => [round6(x), round6(y)])));
    kit.destroy(fixed);
    return { geometry: asGeometry(polys), repaired: true };
  } finally {
    kit.destroy(ptr);
  }
}
