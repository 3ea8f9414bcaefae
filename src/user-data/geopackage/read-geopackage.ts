// A GeoPackage as the import's parts: every feature table of gpkg_contents as a layer in WGS84,
// every attribute table as a table. A file that is not a GeoPackage, or is damaged, is a problem.
import type { Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import { fieldInfo, userValue } from '../normalise';
import type { ReaderInput } from '../reader';
import { checkFeatureCount, Refusal } from '../refusal';
import type { ImportProblem, ParsedLayer, ParsedPart, ParsedTable, UserProperties } from '../types';
import { decodeGeometryBlob, GeometryBlobError, positionsOf } from './geometry-blob';
import { type SpatialRef, type ToLonLat, toLonLatOf } from './spatial-reference';
import { loadSqlite } from './sqlite';

export type GeoPackageRead =
  | { ok: true; parts: ParsedPart[]; refused: ImportProblem[] }
  | { ok: false; problem: ImportProblem };

/** A table refused on its own: the other tables of the file are still read. */
class TableRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.key);
  }
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

function rowsOf(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const statement = db.prepare(sql, params);
  try {
    const rows: Record<string, SqlValue>[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    return rows;
  } finally {
    statement.free();
  }
}

function hasTable(db: Database, name: string): boolean {
  return (
    rowsOf(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).length > 0
  );
}

function columnsOf(db: Database, table: string): string[] {
  return rowsOf(db, `PRAGMA table_info(${quoted(table)})`).map((column) => String(column.name));
}

function spatialRef(db: Database, srsId: number): SpatialRef | null {
  const [row] = rowsOf(
    db,
    'SELECT srs_id, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    [srsId],
  );
  if (!row) return null;
  return {
    srsId: Number(row.srs_id),
    organization: String(row.organization ?? ''),
    organizationId: Number(row.organization_coordsys_id),
    definition: String(row.definition ?? ''),
  };
}

const inRange = ([lon = Number.NaN, lat = Number.NaN]: number[]) =>
  Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/** Applies `toLonLat` to every position of `geometry`, keeping its shape. */
function reprojected(geometry: Geometry, toLonLat: ToLonLat): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: toLonLat(geometry.coordinates) };
    case 'LineString':
    case 'MultiPoint':
      return { ...geometry, coordinates: geometry.coordinates.map(toLonLat) };
    case 'Polygon':
    case 'MultiLineString':
      return { ...geometry, coordinates: geometry.coordinates.map((l) => l.map(toLonLat)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((p) => p.map((l) => l.map(toLonLat))),
      };
    case 'GeometryCollection':
      return {
        type: 'GeometryCollection',
        geometries: geometry.geometries.map((g) => reprojected(g, toLonLat)),
      };
  }
}

function featureLayer(db: Database, table: string, name: string, file: string): ParsedLayer {
  const [column] = rowsOf(
    db,
    'SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?',
    [table],
  );
  if (!column) throw new TableRefused({ key: 'noGeometryColumn', values: { file, table } });
  const geometryColumn = String(column.column_name);
  const srsId = Number(column.srs_id);
  const srs = spatialRef(db, srsId);
  const toLonLat = srs ? toLonLatOf(srs) : null;
  if (!toLonLat) throw new TableRefused({ key: 'unknownCrs', values: { file, table, srs: srsId } });
  const columns = columnsOf(db, table).filter((c) => c !== geometryColumn);
  const layer: ParsedLayer = {
    kind: 'features',
    name,
    features: [],
    fields: [],
    skipped: { nullGeometry: 0, invalidCoordinates: 0 },
  };
  rowsOf(db, `SELECT * FROM ${quoted(table)}`).forEach((row, index) => {
    const blob = row[geometryColumn];
    let geometry: Geometry | null = null;
    if (blob instanceof Uint8Array) {
      try {
        geometry = decodeGeometryBlob(blob).geometry;
      } catch (error) {
        if (!(error instanceof GeometryBlobError)) throw error;
        throw new TableRefused({ key: 'badGeometry', values: { file, table, row: index + 1 } });
      }
    }
    if (geometry === null) {
      layer.skipped.nullGeometry++;
      return;
    }
    const lonLat = reprojected(geometry, toLonLat);
    if (!positionsOf(lonLat).every(inRange)) {
      layer.skipped.invalidCoordinates++;
      return;
    }
    layer.features.push({
      type: 'Feature',
      geometry: lonLat,
      properties: propertiesOf(row, columns),
    });
  });
  layer.fields = fieldInfo(layer.features.map((f) => f.properties));
  return layer;
}

function propertiesOf(row: Record<string, SqlValue>, columns: readonly string[]): UserProperties {
  // A blob cell (a picture, a second geometry) is nothing the atlas can show as text.
  return Object.fromEntries(
    columns.map((c) => {
      const cell = row[c];
      return [c, cell instanceof Uint8Array ? null : userValue(cell)];
    }),
  );
}

function attributeTable(db: Database, table: string, name: string): ParsedTable {
  const columns = columnsOf(db, table);
  const rows = rowsOf(db, `SELECT * FROM ${quoted(table)}`).map((row) =>
    propertiesOf(row, columns),
  );
  return { kind: 'table', name, rows, fields: fieldInfo(rows) };
}

/**
 * Reads a GeoPackage: its feature tables (reprojected to WGS84, z and m dropped, null geometries
 * counted) and attribute tables, in `gpkg_contents` order, named `file · table` when there are
 * several. Never throws on a bad file: a damaged or foreign file is `{ ok: false, problem }`, a
 * table that cannot be read is listed in `refused` while the others are read.
 */
export async function readGeoPackage(
  bytes: Uint8Array,
  file = 'GeoPackage',
): Promise<GeoPackageRead> {
  const SQL = await loadSqlite();
  let db: Database | undefined;
  try {
    db = new SQL.Database(bytes);
    if (!hasTable(db, 'gpkg_contents') || !hasTable(db, 'gpkg_spatial_ref_sys')) {
      return { ok: false, problem: { key: 'notGeoPackage', values: { file } } };
    }
    const tables = rowsOf(
      db,
      "SELECT table_name, data_type FROM gpkg_contents WHERE data_type IN ('features', 'attributes')",
    ).map((row) => ({ table: String(row.table_name), features: row.data_type === 'features' }));
    const parts: ParsedPart[] = [];
    const refused: ImportProblem[] = [];
    for (const { table, features } of tables) {
      const name = tables.length > 1 ? `${file} · ${table}` : file;
      if (!hasTable(db, table)) {
        refused.push({ key: 'missingTable', values: { file, table } });
        continue;
      }
      try {
        parts.push(
          features ? featureLayer(db, table, name, file) : attributeTable(db, table, name),
        );
      } catch (error) {
        if (!(error instanceof TableRefused)) throw error;
        refused.push(error.problem);
      }
    }
    if (parts.length === 0) {
      return { ok: false, problem: refused[0] ?? { key: 'noLayers', values: { file } } };
    }
    return { ok: true, parts, refused };
  } catch (error) {
    // sql.js throws plain Errors for a file that is not SQLite or is cut short.
    if (error instanceof TableRefused) return { ok: false, problem: error.problem };
    return { ok: false, problem: { key: 'damaged', values: { file } } };
  } finally {
    db?.close();
  }
}

/**
 * The import's reader of GeoPackages (`parseFile`): the readable tables as parts, a file with
 * none refused with the first table's problem.
 */
export async function readGeoPackageFile({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  const read = await readGeoPackage(bytes, fileName);
  if (!read.ok) throw new Refusal(read.problem.key, read.problem.values);
  checkFeatureCount(
    read.parts.reduce(
      (n, part) => n + (part.kind === 'table' ? part.rows : part.features).length,
      0,
    ),
    maxFeatures,
  );
  return read.parts;
}
