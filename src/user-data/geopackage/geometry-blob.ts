// The GeoPackage geometry blob (GeoPackage 1.3 §2.1.3): a "GP" header with the srs id and an
// optional envelope, then ISO WKB. One codec for the reader and the writer.
import type { Geometry, Position } from 'geojson';

const WKB_TYPES = [
  'Point',
  'LineString',
  'Polygon',
  'MultiPoint',
  'MultiLineString',
  'MultiPolygon',
  'GeometryCollection',
] as const;

/** Envelope doubles per envelope indicator (flags bits 1–3): none, xy, xyz, xym, xyzm. */
const ENVELOPE_DOUBLES = [0, 4, 6, 6, 8] as const;
const EMPTY_FLAG = 0b1_0000;
const LITTLE_ENDIAN_FLAG = 0b1;

export class GeometryBlobError extends Error {}

/** A decoded blob: its srs id and its 2D geometry, null when the blob holds an empty geometry. */
export interface DecodedBlob {
  srsId: number;
  geometry: Geometry | null;
}

class Reader {
  at = 0;
  constructor(private readonly view: DataView) {}
  need(bytes: number) {
    if (this.at + bytes > this.view.byteLength) throw new GeometryBlobError('truncated geometry');
  }
  byte() {
    this.need(1);
    return this.view.getUint8(this.at++);
  }
  uint32(little: boolean) {
    this.need(4);
    const value = this.view.getUint32(this.at, little);
    this.at += 4;
    return value;
  }
  double(little: boolean) {
    this.need(8);
    const value = this.view.getFloat64(this.at, little);
    this.at += 8;
    return value;
  }
}

/** The type and dimension count of a WKB type code, ISO (1001, 2001, 3001) or EWKB flags alike. */
function wkbType(code: number): { type: (typeof WKB_TYPES)[number]; dims: number } {
  const z = (code & 0x8000_0000) !== 0;
  const m = (code & 0x4000_0000) !== 0;
  const iso = code & 0x0fff_ffff;
  const base = iso % 1000;
  const thousands = Math.floor(iso / 1000);
  const type = WKB_TYPES[base - 1];
  if (type === undefined || thousands > 3) throw new GeometryBlobError(`WKB type ${code}`);
  const extra = (thousands === 1 || thousands === 2 ? 1 : thousands === 3 ? 2 : 0) + +z + +m;
  return { type, dims: 2 + extra };
}

/** Reads one WKB geometry (z and m dropped); null for an empty one. */
function readWkb(r: Reader): Geometry | null {
  const little = r.byte() === 1;
  const { type, dims } = wkbType(r.uint32(little));
  const position = (): Position => {
    const x = r.double(little);
    const y = r.double(little);
    for (let i = 2; i < dims; i++) r.double(little);
    return [x, y];
  };
  const count = () => {
    const n = r.uint32(little);
    // Each item takes at least one byte: a count beyond the bytes left is a damaged blob.
    r.need(Math.min(n, 2 ** 31));
    return n;
  };
  const line = () => Array.from({ length: count() }, position);
  const rings = () => Array.from({ length: count() }, line);
  const members = <G extends Geometry>(expected: (typeof WKB_TYPES)[number]): G[] =>
    Array.from({ length: count() }, () => {
      const member = readWkb(r);
      if (member !== null && member.type !== expected) {
        throw new GeometryBlobError(`${member.type} inside a Multi${expected}`);
      }
      return member as G | null;
    }).filter((g): g is G => g !== null);
  switch (type) {
    case 'Point': {
      const p = position();
      return Number.isNaN(p[0]) && Number.isNaN(p[1]) ? null : { type, coordinates: p };
    }
    case 'LineString': {
      const coordinates = line();
      return coordinates.length === 0 ? null : { type, coordinates };
    }
    case 'Polygon': {
      const coordinates = rings();
      return coordinates.length === 0 ? null : { type, coordinates };
    }
    case 'MultiPoint': {
      const coordinates = members<GeoJSON.Point>('Point').map((g) => g.coordinates);
      return coordinates.length === 0 ? null : { type, coordinates };
    }
    case 'MultiLineString': {
      const coordinates = members<GeoJSON.LineString>('LineString').map((g) => g.coordinates);
      return coordinates.length === 0 ? null : { type, coordinates };
    }
    case 'MultiPolygon': {
      const coordinates = members<GeoJSON.Polygon>('Polygon').map((g) => g.coordinates);
      return coordinates.length === 0 ? null : { type, coordinates };
    }
    case 'GeometryCollection': {
      const geometries = Array.from({ length: count() }, () => readWkb(r)).filter(
        (g): g is Geometry => g !== null,
      );
      return geometries.length === 0 ? null : { type, geometries };
    }
  }
}

/**
 * Decodes a GeoPackage geometry blob; throws {@link GeometryBlobError} when it is not one.
 * @example decodeGeometryBlob(encodeGeometryBlob({ type: 'Point', coordinates: [74.6, 42.9] }, 4326))
 * // { srsId: 4326, geometry: { type: 'Point', coordinates: [74.6, 42.9] } }
 */
export function decodeGeometryBlob(blob: Uint8Array): DecodedBlob {
  const r = new Reader(new DataView(blob.buffer, blob.byteOffset, blob.byteLength));
  if (r.byte() !== 0x47 || r.byte() !== 0x50) throw new GeometryBlobError('no GP magic');
  r.byte(); // version 0 (1.x); later versions keep this layout
  const flags = r.byte();
  const little = (flags & LITTLE_ENDIAN_FLAG) !== 0;
  const srsId = r.uint32(little) | 0;
  const doubles = ENVELOPE_DOUBLES[(flags >> 1) & 0b111];
  if (doubles === undefined) throw new GeometryBlobError('bad envelope indicator');
  r.need(doubles * 8);
  r.at += doubles * 8;
  if (flags & EMPTY_FLAG) return { srsId, geometry: null };
  return { srsId, geometry: readWkb(r) };
}

/** Every position of a geometry, collections included. */
export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** [minX, minY, maxX, maxY] of positions; null when there are none. */
export function envelopeOf(
  positions: readonly Position[],
): [number, number, number, number] | null {
  if (positions.length === 0) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of positions) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [minX, minY, maxX, maxY];
}

class Writer {
  private bytes: number[] = [];
  private readonly scratch = new DataView(new ArrayBuffer(8));
  byte(value: number) {
    this.bytes.push(value);
  }
  uint32(value: number) {
    this.scratch.setUint32(0, value, true);
    for (let i = 0; i < 4; i++) this.bytes.push(this.scratch.getUint8(i));
  }
  double(value: number) {
    this.scratch.setFloat64(0, value, true);
    for (let i = 0; i < 8; i++) this.bytes.push(this.scratch.getUint8(i));
  }
  result() {
    return Uint8Array.from(this.bytes);
  }
}

function writeWkb(w: Writer, geometry: Geometry) {
  w.byte(1);
  w.uint32(WKB_TYPES.indexOf(geometry.type) + 1);
  const position = ([x = Number.NaN, y = Number.NaN]: Position) => {
    w.double(x);
    w.double(y);
  };
  const line = (positions: readonly Position[]) => {
    w.uint32(positions.length);
    positions.forEach(position);
  };
  const rings = (lines: readonly Position[][]) => {
    w.uint32(lines.length);
    lines.forEach(line);
  };
  switch (geometry.type) {
    case 'Point':
      return position(geometry.coordinates);
    case 'LineString':
      return line(geometry.coordinates);
    case 'Polygon':
      return rings(geometry.coordinates);
    case 'MultiPoint':
      w.uint32(geometry.coordinates.length);
      for (const coordinates of geometry.coordinates) writeWkb(w, { type: 'Point', coordinates });
      return;
    case 'MultiLineString':
      w.uint32(geometry.coordinates.length);
      for (const coordinates of geometry.coordinates)
        writeWkb(w, { type: 'LineString', coordinates });
      return;
    case 'MultiPolygon':
      w.uint32(geometry.coordinates.length);
      for (const coordinates of geometry.coordinates) writeWkb(w, { type: 'Polygon', coordinates });
      return;
    case 'GeometryCollection':
      w.uint32(geometry.geometries.length);
      for (const member of geometry.geometries) writeWkb(w, member);
  }
}

/**
 * A GeoPackage geometry blob of a 2D geometry: little endian, xy envelope (none for an empty
 * geometry or a point, as the standard allows), then ISO WKB.
 */
export function encodeGeometryBlob(geometry: Geometry, srsId: number): Uint8Array {
  const w = new Writer();
  const envelope = geometry.type === 'Point' ? null : envelopeOf(positionsOf(geometry));
  const empty = positionsOf(geometry).length === 0;
  w.byte(0x47);
  w.byte(0x50);
  w.byte(0);
  w.byte((empty ? EMPTY_FLAG : 0) | ((envelope ? 1 : 0) << 1) | LITTLE_ENDIAN_FLAG);
  w.uint32(srsId >>> 0);
  if (envelope) {
    const [minX, minY, maxX, maxY] = envelope;
    for (const value of [minX, maxX, minY, maxY]) w.double(value);
  }
  writeWkb(w, geometry);
  return w.result();
}
