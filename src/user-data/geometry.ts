// Imported geometry made safe to draw: 2D positions (z and m dropped), finite and inside WGS84's
// range, every part of the shape its type needs. Anything else is an invalid geometry, counted.
import type { Geometry, Position } from 'geojson';

/** The geometry in 2D, or `undefined` when a position is missing, not finite or out of range. */
export function cleanGeometry(raw: unknown): Geometry | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const { type, coordinates, geometries } = raw as {
    type?: unknown;
    coordinates?: unknown;
    geometries?: unknown;
  };
  switch (type) {
    case 'Point': {
      const point = position(coordinates);
      return point && { type, coordinates: point };
    }
    case 'MultiPoint': {
      const points = positions(coordinates, 1);
      return points && { type, coordinates: points };
    }
    case 'LineString': {
      const line = positions(coordinates, 2);
      return line && { type, coordinates: line };
    }
    case 'MultiLineString': {
      const lines = many(coordinates, (line) => positions(line, 2));
      return lines && { type, coordinates: lines };
    }
    case 'Polygon': {
      const rings = polygon(coordinates);
      return rings && { type, coordinates: rings };
    }
    case 'MultiPolygon': {
      const polygons = many(coordinates, polygon);
      return polygons && { type, coordinates: polygons };
    }
    case 'GeometryCollection': {
      const parts = many(geometries, cleanGeometry);
      return parts && { type, geometries: parts };
    }
    default:
      return undefined;
  }
}

/** A position cut to 2D, or `undefined` unless lon is in −180..180 and lat in −90..90. */
function position(raw: unknown): Position | undefined {
  if (!Array.isArray(raw) || raw.length < 2) return undefined;
  const [lon, lat] = raw;
  if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
  return isLonLat(lon, lat) ? [lon, lat] : undefined;
}

export function isLonLat(lon: number, lat: number): boolean {
  return (
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90
  );
}

function positions(raw: unknown, least: number): Position[] | undefined {
  const list = many(raw, position);
  return list && list.length >= least ? list : undefined;
}

/** A polygon's rings: each closed with at least four positions. */
function polygon(raw: unknown): Position[][] | undefined {
  return many(raw, (ring) => positions(ring, 4));
}

/** Every item cleaned, or `undefined` when the list is empty or any item is invalid. */
function many<T>(raw: unknown, clean: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const out: T[] = [];
  for (const item of raw) {
    const cleaned = clean(item);
    if (cleaned === undefined) return undefined;
    out.push(cleaned);
  }
  return out;
}
