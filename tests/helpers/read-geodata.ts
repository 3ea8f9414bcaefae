// Reads the committed geodata files from disk into the record parseAtlasData takes (Node only).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  ATLAS_FILE_KEYS,
  ATLAS_FILES,
  ATLAS_SCHEMAS,
  type AtlasFileKey,
} from '../../src/data/atlas';

/**
 * Absolute path of the repository's geodata/ directory, with a trailing slash. Tests run from the
 * repository root; import.meta.url is not a file URL under the jsdom environment.
 */
const GEODATA_DIR = `${join(process.cwd(), 'geodata')}/`;

function geodataPath(key: AtlasFileKey): string {
  return `${GEODATA_DIR}${ATLAS_FILES[key]}`;
}

export function geodataFileExists(key: AtlasFileKey): boolean {
  return existsSync(geodataPath(key));
}

/** The raw JSON of one file; throws naming the file if it is missing or not JSON. */
export function readGeodataFile(key: AtlasFileKey): unknown {
  const path = geodataPath(key);
  if (!existsSync(path)) throw new Error(`geodata/${ATLAS_FILES[key]} does not exist yet`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/**
 * All files as raw JSON. With `substituteMissing`, a file that does not exist yet becomes an
 * empty FeatureCollection, so tests of the other files' references can run without it.
 */
export function readGeodata(
  options: { substituteMissing?: boolean } = {},
): Record<AtlasFileKey, unknown> {
  const entries = ATLAS_FILE_KEYS.map((key) => {
    if (options.substituteMissing && !geodataFileExists(key)) {
      return [key, { type: 'FeatureCollection', features: [] }] as const;
    }
    return [key, readGeodataFile(key)] as const;
  });
  return Object.fromEntries(entries) as Record<AtlasFileKey, unknown>;
}

/** One file validated by its own schema only (no cross-references). */
export function loadGeodataFile<K extends AtlasFileKey>(
  key: K,
): z.infer<(typeof ATLAS_SCHEMAS)[K]> {
  return ATLAS_SCHEMAS[key].parse(readGeodataFile(key)) as z.infer<(typeof ATLAS_SCHEMAS)[K]>;
}

/**
 * A stand-in for `fetch` that serves geodata files from disk, for code that fetches asset URLs
 * such as `/geodata/boundaries/oblasts.geojson` (the query string is ignored).
 */
export const fetchGeodataFromDisk: typeof fetch = async (input) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const pathname = new URL(url, 'http://localhost/').pathname;
  const marker = '/geodata/';
  const at = pathname.indexOf(marker);
  const relative = at >= 0 ? pathname.slice(at + marker.length) : undefined;
  const path = relative === undefined ? undefined : `${GEODATA_DIR}${decodeURIComponent(relative)}`;
  if (path === undefined || !existsSync(path)) {
    return new Response('not found', { status: 404 });
  }
  return new Response(readFileSync(path, 'utf8'), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
};
