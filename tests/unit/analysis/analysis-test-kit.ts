// Shared test fixtures and INDEPENDENT references for the analysis tests: spherical distances,
// a self-intersection finder, one GEOS session over the committed geodata.
import turfArea from '@turf/area';
import type { Geometry, Position } from 'geojson';
import { readAnalysisInput } from '../../../scripts/analyze-input';
import {
  type AnalysisSession,
  createAnalysisSession,
} from '../../../src/analysis/analysis-session';
import { type GeomPtr, type GeosKit, loadGeos } from '../../../src/analysis/geos';
import type { AnalysisInput, AreaGeometry } from '../../../src/analysis/types';

export const R_KM = 6371.0088;
const RAD = Math.PI / 180;

let input: AnalysisInput | undefined;
export function analysisInput(): AnalysisInput {
  input ??= readAnalysisInput();
  return input;
}

let session: Promise<{ kit: GeosKit; session: AnalysisSession }> | undefined;
export function sharedSession() {
  session ??= loadGeos().then((kit) => ({
    kit,
    session: createAnalysisSession(kit, analysisInput()),
  }));
  return session;
}

/** Haversine great-circle distance (km). */
export function greatCircleKm(a: Position, b: Position): number {
  const dLat = ((b[1] as number) - (a[1] as number)) * RAD;
  const dLon = ((b[0] as number) - (a[0] as number)) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos((a[1] as number) * RAD) * Math.cos((b[1] as number) * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function bearing(a: Position, b: Position): number {
  const f1 = (a[1] as number) * RAD;
  const f2 = (b[1] as number) * RAD;
  const dl = ((b[0] as number) - (a[0] as number)) * RAD;
  return Math.atan2(
    Math.sin(dl) * Math.cos(f2),
    Math.cos(f1) * Math.sin(f2) - Math.sin(f1) * Math.cos(f2) * Math.cos(dl),
  );
}

/** Great-circle distance (km) from p to the great-circle segment a–b (cross/along-track). */
function distanceToSegmentKm(p: Position, a: Position, b: Position): number {
  const d13 = greatCircleKm(a, p) / R_KM;
  const d12 = greatCircleKm(a, b) / R_KM;
  if (d12 === 0) return d13 * R_KM;
  const dTheta = bearing(a, p) - bearing(a, b);
  if (Math.cos(dTheta) <= 0) return d13 * R_KM;
  const dxt = Math.asin(Math.max(-1, Math.min(1, Math.sin(d13) * Math.sin(dTheta))));
  const dat = Math.acos(Math.max(-1, Math.min(1, Math.cos(d13) / Math.cos(dxt))));
  if (dat >= d12) return greatCircleKm(b, p);
  return Math.abs(dxt) * R_KM;
}

/** Segments of lines, bucketed on a 0.25° grid for fast "distance below a limit" queries. */
export class SegmentIndex {
  private readonly buckets = new Map<string, [Position, Position][]>();
  private static readonly CELL = 0.25;

  constructor(lines: Position[][]) {
    for (const line of lines) {
      for (let i = 0; i + 1 < line.length; i++) {
        const a = line[i] as Position;
        const b = line[i + 1] as Position;
        const c = SegmentIndex.CELL;
        for (
          let x = Math.floor(Math.min(a[0] as number, b[0] as number) / c);
          x <= Math.floor(Math.max(a[0] as number, b[0] as number) / c);
          x++
        ) {
          for (
            let y = Math.floor(Math.min(a[1] as number, b[1] as number) / c);
            y <= Math.floor(Math.max(a[1] as number, b[1] as number) / c);
            y++
          ) {
            const k = `${x},${y}`;
            const list = this.buckets.get(k) ?? [];
            list.push([a, b]);
            this.buckets.set(k, list);
          }
        }
      }
    }
  }

  /** Distance (km) to the nearest segment if below `limitKm` (≤ 150), else Infinity. */
  distanceKm(p: Position, limitKm: number): number {
    const c = SegmentIndex.CELL;
    const lat = p[1] as number;
    const dy = Math.ceil(limitKm / 111 / c) + 1;
    const dx = Math.ceil(limitKm / (111 * Math.cos(lat * RAD)) / c) + 1;
    const cx = Math.floor((p[0] as number) / c);
    const cy = Math.floor(lat / c);
    let best = Number.POSITIVE_INFINITY;
    const seen = new Set<[Position, Position]>();
    for (let x = cx - dx; x <= cx + dx; x++) {
      for (let y = cy - dy; y <= cy + dy; y++) {
        for (const seg of this.buckets.get(`${x},${y}`) ?? []) {
          if (seen.has(seg)) continue;
          seen.add(seg);
          best = Math.min(best, distanceToSegmentKm(p, seg[0], seg[1]));
        }
      }
    }
    return best <= limitKm ? best : Number.POSITIVE_INFINITY;
  }
}

export function linesOf(g: Geometry): Position[][] {
  switch (g.type) {
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    default:
      return [];
  }
}

function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) =>
    ((q[0] as number) - (p[0] as number)) * ((r[1] as number) - (p[1] as number)) -
    ((q[1] as number) - (p[1] as number)) * ((r[0] as number) - (p[0] as number));
  const d1 = o(c, d, a);
  const d2 = o(c, d, b);
  const d3 = o(a, b, c);
  const d4 = o(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/**
 * Proper crossings between non-adjacent edges of the same ring ("kinks"), the defect that
 * turf.booleanValid misses. Sweep over edges sorted by min x.
 */
export function ringKinks(ring: Position[]): number {
  const n = ring.length - 1;
  const edges = Array.from({ length: n }, (_, i) => {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    return {
      i,
      a,
      b,
      x0: Math.min(a[0] as number, b[0] as number),
      x1: Math.max(a[0] as number, b[0] as number),
    };
  }).sort((p, q) => p.x0 - q.x0);
  let kinks = 0;
  for (let s = 0; s < edges.length; s++) {
    const e = edges[s] as (typeof edges)[number];
    for (let t = s + 1; t < edges.length; t++) {
      const f = edges[t] as (typeof edges)[number];
      if (f.x0 > e.x1) break;
      const gap = Math.abs(e.i - f.i);
      if (gap <= 1 || gap === n - 1) continue;
      if (segmentsCross(e.a, e.b, f.a, f.b)) kinks++;
    }
  }
  return kinks;
}

/** Regular lon/lat grid points inside the bbox, with cos(lat) weights (equal-area weighting). */
export function lonLatGrid(
  [x0, y0, x1, y1]: [number, number, number, number],
  step: number,
): { p: Position; w: number }[] {
  const out: { p: Position; w: number }[] = [];
  for (let y = y0 + step / 2; y < y1; y += step) {
    const w = Math.cos(y * RAD);
    for (let x = x0 + step / 2; x < x1; x += step) out.push({ p: [x, y], w });
  }
  return out;
}

/**
 * km² of an area geometry by turf: spherical, on the mean sphere R = 6371.0088 km (turf 7's
 * `earthRadius`), the sphere of the engine's projection, so no rescaling is needed.
 */
export const km2 = (g: AreaGeometry) => turfArea(g) / 1e6;

/** km² of a ∩ b: GEOS intersection straight on the lon/lat coordinates, measured by turf. */
export function overlapKm2(kit: GeosKit, a: AreaGeometry, b: AreaGeometry): number {
  const lonLatGeos = (g: AreaGeometry): GeomPtr =>
    kit.multiPolygon(
      (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map((p) =>
        p.map((r) => r.map((c) => [c[0] as number, c[1] as number] as [number, number])),
      ),
    );
  const pa = lonLatGeos(a);
  const pb = lonLatGeos(b);
  const x = kit.intersection(pa, pb);
  const polys = kit.polygons(x);
  for (const p of [pa, pb, x]) kit.destroy(p);
  return polys.length ? km2({ type: 'MultiPolygon', coordinates: polys }) : 0;
}

/** The largest overlap (km²) between any two of these areas: 0 for a true partition. */
export function largestPairwiseOverlapKm2(kit: GeosKit, areas: readonly AreaGeometry[]): number {
  let largest = 0;
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      largest = Math.max(
        largest,
        overlapKm2(kit, areas[i] as AreaGeometry, areas[j] as AreaGeometry),
      );
    }
  }
  return largest;
}
