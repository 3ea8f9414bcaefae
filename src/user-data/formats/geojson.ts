// GeoJSON: a FeatureCollection, one Feature or a bare geometry. JSON.parse keeps the last of
// duplicate keys; mixed geometry types stay in one layer.
import { featureLayer, type RawFeature } from '../feature-layer';
import type { ReaderInput } from '../reader';
import { Refusal } from '../refusal';
import { decodeText } from '../text';
import type { ParsedPart } from '../types';

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

export async function readGeoJson({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  const text = decodeText(bytes);
  const json = parseJson(text);
  return [featureLayer(fileName, rawFeatures(json), maxFeatures)];
}

function rawFeatures(json: unknown): RawFeature[] {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new Refusal('notGeoJson');
  }
  const { type, features } = json as { type?: unknown; features?: unknown };
  if (type === 'FeatureCollection') {
    if (!Array.isArray(features)) throw new Refusal('notGeoJson');
    return features.map((feature) =>
      feature !== null && typeof feature === 'object' ? (feature as RawFeature) : {},
    );
  }
  if (type === 'Feature') return [json as RawFeature];
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return [{ geometry: json }];
  throw new Refusal('notGeoJson');
}

/** Parses JSON, refusing with the line and column of the error where the engine gives them. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = errorPosition(text, error instanceof Error ? error.message : '');
    throw where ? new Refusal('invalidJsonAt', where) : new Refusal('invalidJson');
  }
}

function errorPosition(
  text: string,
  message: string,
): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /position (\d+)/.exec(message);
  if (!offset) return undefined;
  const before = text.slice(0, Number(offset[1])).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
