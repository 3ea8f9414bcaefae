// A zipped Shapefile through shpjs: one layer per .shp, its .prj reprojected to WGS84 by proj4,
// its .dbf decoded by the .cpg or the code page byte of the .dbf (Windows-1251 when neither is
// there and the text is not UTF-8). Zips inside the zip are opened one level deep.
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import { featureLayer } from '../feature-layer';
import { isLonLat } from '../geometry';
import type { ReaderInput } from '../reader';
import { checkFeatureCount, Refusal } from '../refusal';
import type { ParsedPart } from '../types';
import { splitName, unzipEntries } from '../zip';

const PARTS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg']);

interface ShapefileParts {
  shp: Uint8Array;
  shx?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

export async function readShapefile({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  const layers = shapefilesIn(entriesWithInnerZips(bytes));
  if (layers.size === 0) throw new Refusal('zipWithoutShp');
  const expected = [...layers.values()].reduce((sum, parts) => sum + recordCount(parts), 0);
  checkFeatureCount(expected, maxFeatures);
  return [...layers].map(([base, parts]) =>
    featureLayer(
      layers.size === 1 ? fileName : `${fileName} · ${base}`,
      features(base, parts),
      maxFeatures,
    ),
  );
}

/** The zip's shapefile parts, with those of zips inside it (as QGIS users zip a folder of zips). */
function entriesWithInnerZips(bytes: Uint8Array): Record<string, Uint8Array> {
  const wanted = (name: string) => {
    const { extension } = splitName(name);
    return PARTS.has(extension) || extension === 'zip';
  };
  const entries = unzipEntries(bytes, wanted);
  for (const [name, inner] of Object.entries(entries)) {
    if (splitName(name).extension !== 'zip') continue;
    delete entries[name];
    for (const [innerName, innerBytes] of Object.entries(unzipEntries(inner, wanted))) {
      if (splitName(innerName).extension === 'zip') throw new Refusal('zipTooDeep');
      entries[`${splitName(name).base}/${innerName}`] = innerBytes;
    }
  }
  return entries;
}

/** The parts of each shapefile, by its path without extension. */
function shapefilesIn(entries: Record<string, Uint8Array>): Map<string, ShapefileParts> {
  const byBase = new Map<string, Partial<ShapefileParts>>();
  for (const [name, content] of Object.entries(entries)) {
    const { base, extension } = splitName(name);
    if (!PARTS.has(extension)) continue;
    const parts = byBase.get(base) ?? {};
    parts[extension as keyof ShapefileParts] = content;
    byBase.set(base, parts);
  }
  const layers = new Map<string, ShapefileParts>();
  for (const [base, parts] of byBase) if (parts.shp) layers.set(base, parts as ShapefileParts);
  return layers;
}

/** The number of records, from the .shx (8 bytes a record after its 100-byte header). */
function recordCount({ shx }: ShapefileParts): number {
  return shx ? Math.max(0, Math.floor((shx.length - 100) / 8)) : 0;
}

function features(base: string, parts: ShapefileParts) {
  const layer = base.split('/').at(-1) ?? base;
  const prj = parts.prj && new TextDecoder().decode(parts.prj).trim();
  if (prj) {
    try {
      proj4(prj);
    } catch {
      throw new Refusal('unreadablePrj', { layer });
    }
  }
  let geometries: unknown[];
  try {
    geometries = parseShp(parts.shp, prj || undefined);
  } catch {
    throw new Refusal('unreadableShp', { layer });
  }
  if (!prj && !geometries.every(inDegrees)) throw new Refusal('noPrjNotDegrees', { layer });
  if (parts.dbf && !dbfFits(parts.dbf)) throw new Refusal('unreadableDbf', { layer });
  const rows = parts.dbf ? parseDbf(parts.dbf, dbfEncoding(parts)) : [];
  return geometries.map((geometry, index) => ({ geometry, properties: rows[index] }));
}

/**
 * Whether the .dbf's header agrees with its size: shpjs reads as many records as the header
 * claims, so a damaged count (up to 4 billion) would loop for hours past the file's end.
 */
function dbfFits(dbf: Uint8Array): boolean {
  if (dbf.length < 32) return false;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  return (
    headerLength >= 33 && recordLength >= 1 && headerLength + records * recordLength <= dbf.length
  );
}

/** Whether every position of a geometry (as shpjs gives it) is a longitude and latitude. */
function inDegrees(geometry: unknown): boolean {
  if (geometry === null || typeof geometry !== 'object') return true;
  const check = (value: unknown): boolean =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? isLonLat(value[0], value[1] as number)
      : Array.isArray(value) && value.every(check);
  const { coordinates, geometries } = geometry as { coordinates?: unknown; geometries?: unknown };
  return Array.isArray(geometries) ? geometries.every(inDegrees) : check(coordinates);
}

/** The .dbf's code page byte (offset 29) as a TextDecoder label, for the code pages seen here. */
const CODE_PAGE_BYTES: Record<number, string> = {
  1: 'ibm437',
  2: 'ibm850',
  3: 'windows-1252',
  38: 'ibm866',
  101: 'ibm866',
  87: 'windows-1252',
  100: 'ibm852',
  200: 'windows-1250',
  201: 'windows-1251',
};

function dbfEncoding({ dbf, cpg }: ShapefileParts): string | undefined {
  if (cpg) return new TextDecoder().decode(cpg).trim();
  if (!dbf) return undefined;
  const fromByte = CODE_PAGE_BYTES[dbf[29] ?? 0];
  if (fromByte) return fromByte;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(32));
    return undefined;
  } catch {
    return 'windows-1251';
  }
}
