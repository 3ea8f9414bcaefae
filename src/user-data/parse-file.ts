// The one entry point of importing (the import worker and the CLI call it): the format detected,
// the file refused up front when it is too big, each format's reader loaded only when needed,
// and every failure a problem worded by the `importing` namespace. It never throws.
import { detectFormat } from './detect-format';
import { MAX_FEATURES, MAX_FILE_BYTES, tooBig } from './limits';
import type { FormatReader } from './reader';
import { Refusal } from './refusal';
import type { ImportFormat, ImportOutcome, ImportProblem, ParsedPart } from './types';

/** Each format's reader, loaded on first use so the first paint carries none of them. */
const READERS: Partial<Record<ImportFormat, () => Promise<FormatReader>>> = {
  geojson: async () => (await import('./formats/geojson')).readGeoJson,
  csv: async () => (await import('./formats/csv')).readCsv,
};

export interface ParseLimits {
  maxBytes: number;
  maxFeatures: number;
}

const DEFAULT_LIMITS: ParseLimits = { maxBytes: MAX_FILE_BYTES, maxFeatures: MAX_FEATURES };

/**
 * @example
 *   const outcome = await parseFile('wells.csv', bytes);
 *   if (!outcome.ok) notify(outcome.problem); // { key: 'noCoordinates', values: { file: … } }
 */
export async function parseFile(
  fileName: string,
  bytes: Uint8Array,
  limits: ParseLimits = DEFAULT_LIMITS,
): Promise<ImportOutcome> {
  const refuse = (problem: ImportProblem): ImportOutcome => ({
    ok: false,
    fileName,
    problem: { key: problem.key, values: { ...problem.values, file: fileName } },
  });
  if (bytes.length > limits.maxBytes) {
    return refuse(tooBig(bytes.length, limits.maxBytes));
  }
  if (bytes.length === 0) return refuse({ key: 'emptyFile' });
  const format = detectFormat(fileName, bytes);
  if (!format) return refuse({ key: 'unknownFormat' });
  const load = READERS[format];
  if (!load) return refuse({ key: 'formatNotYet', values: { format: FORMAT_NAMES[format] } });
  try {
    const read = await load();
    const parts = await read({ fileName, bytes, maxFeatures: limits.maxFeatures });
    const empty = nothingToAdd(parts);
    if (empty) return refuse(empty);
    return { ok: true, fileName, format, parts };
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.problem);
    return refuse({ key: 'unreadable', values: { format: FORMAT_NAMES[format] } });
  }
}

/** Names of the formats as their users know them (the same in every language). */
const FORMAT_NAMES: Record<ImportFormat, string> = {
  geojson: 'GeoJSON',
  csv: 'CSV',
  kml: 'KML',
  kmz: 'KMZ',
  gpx: 'GPX',
  shapefile: 'Shapefile',
  geopackage: 'GeoPackage',
  xlsx: 'XLSX',
};

/** A file whose every part is empty is refused, with what was left out. */
function nothingToAdd(parts: readonly ParsedPart[]): ImportProblem | undefined {
  if (parts.some((part) => (part.kind === 'table' ? part.rows : part.features).length > 0)) {
    return undefined;
  }
  let nullGeometry = 0;
  let invalidCoordinates = 0;
  for (const part of parts) {
    if (part.kind !== 'features') continue;
    nullGeometry += part.skipped.nullGeometry;
    invalidCoordinates += part.skipped.invalidCoordinates;
  }
  if (invalidCoordinates > 0)
    return { key: 'noValidCoordinates', values: { count: invalidCoordinates } };
  if (nullGeometry > 0) return { key: 'onlyNullGeometries', values: { count: nullGeometry } };
  return { key: 'noFeatures' };
}
