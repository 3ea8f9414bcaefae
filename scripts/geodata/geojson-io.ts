// Deterministic GeoJSON output: 5-decimal coordinates, RFC 7946 winding, one feature per line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';

/** Decimal places kept in committed coordinates (≈1.1 m at the equator). */
const COORDINATE_DECIMALS = 5;
const SCALE = 10 ** COORDINATE_DECIMALS;

/** Rounds one coordinate to the committed precision, e.g. roundCoordinate(74.599999) → 74.6. */
export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function roundPosition(position: Position): Position {
  return [roundCoordinate(position[0] ?? 0), roundCoordinate(position[1] ?? 0)];
}

/** Rounds a line and drops consecutive duplicate positions created by the rounding. */
export function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of line) {
    const rounded = roundPosition(position);
    const last = out[out.length - 1];
    if (last && last[0] === rounded[0] && last[1] === rounded[1]) continue;
    out.push(rounded);
  }
  return out;
}

/** Signed planar ring area in degree² (positive = counter-clockwise). */
function ringSignedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

function orientRing(ring: Position[], counterClockwise: boolean): Position[] {
  const isCcw = ringSignedArea(ring) > 0;
  return isCcw === counterClockwise ? ring : [...ring].reverse();
}

/** Rounds a polygon, drops rings that collapsed, and winds it per RFC 7946 (outer CCW). */
export function roundPolygon(polygon: Position[][]): Position[][] | null {
  const rings: Position[][] = [];
  polygon.forEach((ring, index) => {
    const rounded = roundLine(ring);
    if (rounded.length < 4) return;
    rings.push(orientRing(rounded, index === 0));
  });
  if (rings.length === 0 || polygon.length === 0 || roundLine(polygon[0] ?? []).length < 4) {
    return null;
  }
  return rings;
}

/** Rounds any polygonal geometry; a one-part MultiPolygon becomes a Polygon. */
export function roundPolygonal(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const rounded = parts
    .map((part) => roundPolygon(part))
    .filter((part): part is Position[][] => part !== null);
  if (rounded.length === 1) return { type: 'Polygon', coordinates: rounded[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: rounded };
}

/** Rounds any linear geometry; always returns a MultiLineString. */
export function roundLinear(geometry: LineString | MultiLineString): MultiLineString {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiLineString',
    coordinates: lines.map((line) => roundLine(line)).filter((line) => line.length >= 2),
  };
}

/** A feature with `type`, `properties`, `geometry` in that order (stable key order). */
export function makeFeature<G extends Geometry, P>(properties: P, geometry: G): Feature<G, P & {}> {
  return { type: 'Feature', properties: properties as P & {}, geometry };
}

/** Writes a FeatureCollection with one feature per line (small, diffable, deterministic). */
export function writeFeatureCollection(path: string, collection: FeatureCollection): void {
  mkdirSync(dirname(path), { recursive: true });
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  const body = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(path, body);
}
