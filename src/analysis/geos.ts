// GEOS (geos-wasm) behind a small typed kit: geometry in and out as flat planar rings, overlays that
// recover from robustness failures, and explicit memory ownership. Loaded lazily (2.5 MB, wasm
// inlined as base64, so it works offline in the worker and in Node).
import type initGeosJs from 'geos-wasm';

export type GeosModule = Awaited<ReturnType<typeof initGeosJs>>;
/** A pointer to a GEOS geometry in the wasm heap; the owner must `destroy` it. */
export type GeomPtr = number;
/** A pointer to a prepared GEOS geometry. */
export type PreparedPtr = number;
/** Planar point in the working projection (km). */
export type XY = [number, number];
/** Closed ring: first point equals last point. */
export type Ring = XY[];
/** Polygon: exterior ring first, then holes. */
export type PolygonRings = Ring[];

const GEOS_LINESTRING = 1;
const GEOS_POLYGON = 3;
const GEOS_MULTILINESTRING = 5;
const GEOS_MULTIPOLYGON = 6;
const GEOS_GEOMETRYCOLLECTION = 7;

let loading: Promise<GeosKit> | undefined;

/**
 * Loads GEOS once per thread and wraps it in a {@link GeosKit}.
 * @example
 * const kit = await loadGeos();
 * const square = kit.polygon([[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]);
 * kit.area(square); // 1
 * kit.destroy(square);
 */
export function loadGeos(): Promise<GeosKit> {
  loading ??= import('geos-wasm').then(async ({ default: init }) => new GeosKit(await init()));
  return loading;
}

/** Thin, allocation-aware wrapper over the GEOS C API. */
export class GeosKit {
  private readonly scratch: number;

  constructor(readonly geos: GeosModule) {
    this.scratch = geos.Module._malloc(16);
  }

  private get heap(): Float64Array {
    return this.geos.Module.HEAPF64;
  }

  private sequence(points: readonly XY[]): number {
    const n = points.length;
    const buf = this.geos.Module._malloc(n * 16);
    const heap = this.heap;
    let at = buf >> 3;
    for (const [x, y] of points) {
      heap[at++] = x;
      heap[at++] = y;
    }
    const seq = this.geos.GEOSCoordSeq_copyFromBuffer(buf, n, 0, 0);
    this.geos.Module._free(buf);
    return seq;
  }

  private pointerArray(ptrs: readonly number[]): number {
    const arr = this.geos.Module._malloc(Math.max(4, ptrs.length * 4));
    const heap = this.geos.Module.HEAP32;
    ptrs.forEach((p, i) => {
      heap[(arr >> 2) + i] = p;
    });
    return arr;
  }

  polygon(rings: readonly Ring[]): GeomPtr {
    const [shell, ...holes] = rings;
    if (!shell) return this.geos.GEOSGeom_createEmptyPolygon();
    const shellPtr = this.geos.GEOSGeom_createLinearRing(this.sequence(shell));
    const holePtrs = holes.map((h) => this.geos.GEOSGeom_createLinearRing(this.sequence(h)));
    const arr = this.pointerArray(holePtrs);
    const poly = this.geos.GEOSGeom_createPolygon(shellPtr, arr, holePtrs.length);
    this.geos.Module._free(arr);
    return poly;
  }

  multiPolygon(polygons: readonly PolygonRings[]): GeomPtr {
    const parts = polygons.map((p) => this.polygon(p));
    return this.collection(GEOS_MULTIPOLYGON, parts);
  }

  lineString(points: readonly XY[]): GeomPtr {
    return this.geos.GEOSGeom_createLineString(this.sequence(points));
  }

  multiLineString(lines: readonly (readonly XY[])[]): GeomPtr {
    return this.collection(
      GEOS_MULTILINESTRING,
      lines.map((l) => this.lineString(l)),
    );
  }

  /** Takes ownership of `parts`. */
  collection(type: number, parts: readonly GeomPtr[]): GeomPtr {
    const arr = this.pointerArray(parts);
    const col = this.geos.GEOSGeom_createCollection(type, arr, parts.length);
    this.geos.Module._free(arr);
    return col;
  }

  private readSequence(seq: number): XY[] {
    const g = this.geos;
    g.GEOSCoordSeq_getSize(seq, this.scratch);
    const n = g.Module.getValue(this.scratch, 'i32');
    if (n === 0) return [];
    const buf = g.Module._malloc(n * 16);
    g.GEOSCoordSeq_copyToBuffer(seq, buf, 0, 0);
    const heap = this.heap;
    const out: XY[] = new Array(n);
    let at = buf >> 3;
    for (let i = 0; i < n; i++) {
      out[i] = [heap[at] as number, heap[at + 1] as number];
      at += 2;
    }
    g.Module._free(buf);
    return out;
  }

  private readPolygon(ptr: GeomPtr): PolygonRings {
    const g = this.geos;
    if (g.GEOSisEmpty(ptr)) return [];
    const rings: Ring[] = [this.readSequence(g.GEOSGeom_getCoordSeq(g.GEOSGetExteriorRing(ptr)))];
    const nHoles = g.GEOSGetNumInteriorRings(ptr);
    for (let i = 0; i < nHoles; i++) {
      rings.push(this.readSequence(g.GEOSGeom_getCoordSeq(g.GEOSGetInteriorRingN(ptr, i))));
    }
    return rings;
  }

  /** All polygons of a (multi)polygon or collection; lines and points are dropped. */
  polygons(ptr: GeomPtr): PolygonRings[] {
    const g = this.geos;
    const type = g.GEOSGeomTypeId(ptr);
    if (type === GEOS_POLYGON) {
      const p = this.readPolygon(ptr);
      return p.length ? [p] : [];
    }
    if (type === GEOS_MULTIPOLYGON || type === GEOS_GEOMETRYCOLLECTION) {
      const out: PolygonRings[] = [];
      const n = g.GEOSGetNumGeometries(ptr);
      for (let i = 0; i < n; i++) out.push(...this.polygons(g.GEOSGetGeometryN(ptr, i)));
      return out;
    }
    return [];
  }

  /** All line parts of a (multi)linestring. */
  lines(ptr: GeomPtr): XY[][] {
    const g = this.geos;
    const type = g.GEOSGeomTypeId(ptr);
    if (type === GEOS_LINESTRING) return [this.readSequence(g.GEOSGeom_getCoordSeq(ptr))];
    if (type === GEOS_MULTILINESTRING || type === GEOS_GEOMETRYCOLLECTION) {
      const out: XY[][] = [];
      const n = g.GEOSGetNumGeometries(ptr);
      for (let i = 0; i < n; i++) out.push(...this.lines(g.GEOSGetGeometryN(ptr, i)));
      return out;
    }
    return [];
  }

  area(ptr: GeomPtr): number {
    this.geos.GEOSArea(ptr, this.scratch);
    return this.geos.Module.getValue(this.scratch, 'double');
  }

  distance(a: GeomPtr, b: GeomPtr): number {
    this.geos.GEOSDistance(a, b, this.scratch);
    return this.geos.Module.getValue(this.scratch, 'double');
  }

  /** [xmin, ymin, xmax, ymax] */
  extent(ptr: GeomPtr): [number, number, number, number] {
    const g = this.geos;
    const m = g.Module;
    g.GEOSGeom_getXMin(ptr, this.scratch);
    const xmin = m.getValue(this.scratch, 'double');
    g.GEOSGeom_getYMin(ptr, this.scratch);
    const ymin = m.getValue(this.scratch, 'double');
    g.GEOSGeom_getXMax(ptr, this.scratch);
    const xmax = m.getValue(this.scratch, 'double');
    g.GEOSGeom_getYMax(ptr, this.scratch);
    const ymax = m.getValue(this.scratch, 'double');
    return [xmin, ymin, xmax, ymax];
  }

  isEmpty(ptr: GeomPtr): boolean {
    return this.geos.GEOSisEmpty(ptr) === 1;
  }

  /** Overlay with a fallback to snap-rounding (1 mm grid) if floating-point noding fails. */
  intersection(a: GeomPtr, b: GeomPtr): GeomPtr {
    try {
      return this.geos.GEOSIntersection(a, b);
    } catch {
      return this.geos.GEOSIntersectionPrec(a, b, 1e-6);
    }
  }

  difference(a: GeomPtr, b: GeomPtr): GeomPtr {
    try {
      return this.geos.GEOSDifference(a, b);
    } catch {
      return this.geos.GEOSDifferencePrec(a, b, 1e-6);
    }
  }

  unaryUnion(a: GeomPtr): GeomPtr {
    try {
      return this.geos.GEOSUnaryUnion(a);
    } catch {
      return this.geos.GEOSUnaryUnionPrec(a, 1e-6);
    }
  }

  union(a: GeomPtr, b: GeomPtr): GeomPtr {
    try {
      return this.geos.GEOSUnion(a, b);
    } catch {
      return this.geos.GEOSUnionPrec(a, b, 1e-6);
    }
  }

  buffer(ptr: GeomPtr, distance: number, quadrantSegments: number): GeomPtr {
    return this.geos.GEOSBuffer(ptr, distance, quadrantSegments);
  }

  prepare(ptr: GeomPtr): PreparedPtr {
    return this.geos.GEOSPrepare(ptr);
  }

  containsProperly(prepared: PreparedPtr, ptr: GeomPtr): boolean {
    return this.geos.GEOSPreparedContainsProperly(prepared, ptr) === 1;
  }

  intersectsXY(prepared: PreparedPtr, x: number, y: number): boolean {
    return this.geos.GEOSPreparedIntersectsXY(prepared, x, y) === 1;
  }

  containsXY(prepared: PreparedPtr, x: number, y: number): boolean {
    return this.geos.GEOSPreparedContainsXY(prepared, x, y) === 1;
  }

  /** Nearest point of `ptr` to (x, y). */
  nearestPoint(ptr: GeomPtr, x: number, y: number): XY {
    const g = this.geos;
    const pt = g.GEOSGeom_createPointFromXY(x, y);
    const seq = g.GEOSNearestPoints(ptr, pt);
    const [first] = this.readSequence(seq);
    g.GEOSCoordSeq_destroy(seq);
    g.GEOSGeom_destroy(pt);
    return first ?? [x, y];
  }

  /** Distance from (x, y) to a geometry. */
  distanceXY(ptr: GeomPtr, x: number, y: number): number {
    const pt = this.geos.GEOSGeom_createPointFromXY(x, y);
    const d = this.distance(ptr, pt);
    this.geos.GEOSGeom_destroy(pt);
    return d;
  }

  /** `null` when valid, otherwise GEOS's reason. */
  invalidReason(ptr: GeomPtr): string | null {
    const g = this.geos;
    if (g.GEOSisValid(ptr) === 1) return null;
    const reasonPtr = g.GEOSisValidReason(ptr);
    const reason = g.Module.UTF8ToString(reasonPtr);
    g.GEOSFree(reasonPtr);
    return reason;
  }

  makeValid(ptr: GeomPtr): GeomPtr {
    return this.geos.GEOSMakeValid(ptr);
  }

  clone(ptr: GeomPtr): GeomPtr {
    return this.geos.GEOSGeom_clone(ptr);
  }

  destroy(ptr: GeomPtr): void {
    this.geos.GEOSGeom_destroy(ptr);
  }

  destroyPrepared(prepared: PreparedPtr): void {
    this.geos.GEOSPreparedGeom_destroy(prepared);
  }
}
