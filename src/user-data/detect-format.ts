// Which reader a file needs: its magic bytes first (a .csv that is really a zip is a zip), then
// its extension; a zip is a KMZ, a workbook or a zipped shapefile by what it holds.
import type { ImportFormat } from './types';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const SQLITE_MAGIC = 'SQLite format 3\0';

const BY_EXTENSION: Record<string, ImportFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  kml: 'kml',
  kmz: 'kmz',
  gpx: 'gpx',
  zip: 'shapefile',
  shz: 'shapefile',
  gpkg: 'geopackage',
  xlsx: 'xlsx',
};

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The file's format, or `undefined` when the atlas cannot read it. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | undefined {
  const extension = extensionOf(fileName);
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (extension === 'kmz' || extension === 'xlsx') return extension;
    return zipHolds(bytes, 'xl/workbook.xml')
      ? 'xlsx'
      : zipHolds(bytes, '.kml')
        ? 'kmz'
        : 'shapefile';
  }
  if (
    startsWith(
      bytes,
      [...SQLITE_MAGIC].map((c) => c.charCodeAt(0)),
    )
  )
    return 'geopackage';
  const byExtension = BY_EXTENSION[extension];
  if (byExtension && !['kmz', 'xlsx', 'shapefile', 'geopackage'].includes(byExtension)) {
    return byExtension;
  }
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (head.startsWith('<'))
    return /<gpx[\s>]/.test(head) ? 'gpx' : /<kml[\s>]/.test(head) ? 'kml' : undefined;
  return undefined;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Whether a zip's central directory names an entry ending in `suffix` (names are ASCII here). */
function zipHolds(bytes: Uint8Array, suffix: string): boolean {
  const names = new TextDecoder('latin1').decode(
    bytes.subarray(Math.max(0, bytes.length - 65_536)),
  );
  return names.toLowerCase().includes(suffix);
}
