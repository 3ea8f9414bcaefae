// Layers as a GeoPackage 1.3 file (OGC 12-128r18): the required metadata tables, EPSG:4326, and
// one feature table per layer with an integer `fid`, a typed geometry column and typed fields.
import type { Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { encodeGeometryBlob, envelopeOf, positionsOf } from './geometry-blob';
import { loadSqlite } from './sqlite';

export type GpkgFieldType = 'INTEGER' | 'REAL' | 'TEXT' | 'BOOLEAN';
export type GpkgGeometryType =
  | 'POINT'
  | 'LINESTRING'
  | 'POLYGON'
  | 'MULTIPOINT'
  | 'MULTILINESTRING'
  | 'MULTIPOLYGON'
  | 'GEOMETRY';

export type GpkgValue = string | number | boolean | null;

/** One feature table: its name (a table name: letters, digits, `_`), fields and features. */
export interface GpkgLayer {
  name: string;
  /** What a GIS shows as the layer's title and description. */
  title: string;
  description: string;
  geometryType: GpkgGeometryType;
  fields: readonly { name: string; type: GpkgFieldType }[];
  features: readonly { geometry: Geometry; properties: Readonly<Record<string, GpkgValue>> }[];
}

const WGS84 = 4326;
/** "GPKG" as the SQLite application id. */
const APPLICATION_ID = 0x47504b47;
const USER_VERSION = 10300;
const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

// The table definitions of the standard's Annex C (gpkg_spatial_ref_sys, gpkg_contents,
// gpkg_geometry_columns), with the three spatial reference systems it requires.
const METADATA_SQL = `
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', ${WGS84}, 'EPSG', ${WGS84}, '${WGS84_WKT}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
`;

function cell(value: GpkgValue | undefined, type: GpkgFieldType): string | number | null {
  if (value === null || value === undefined) return null;
  if (type === 'BOOLEAN') return value ? 1 : 0;
  if (type === 'TEXT') return String(value);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function writeLayer(db: Database, layer: GpkgLayer) {
  const table = quoted(layer.name);
  const columns = layer.fields.map((f) => `${quoted(f.name)} ${f.type}`);
  db.run(
    `CREATE TABLE ${table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${layer.geometryType}${columns.map((c) => `, ${c}`).join('')})`,
  );
  const envelope = envelopeOf(layer.features.flatMap((f) => positionsOf(f.geometry)));
  db.run(
    'INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      layer.name,
      'features',
      layer.title,
      layer.description,
      ...(envelope ?? [null, null, null, null]),
      WGS84,
    ],
  );
  db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [
    layer.name,
    'geom',
    layer.geometryType,
    WGS84,
  ]);
  const insert = db.prepare(
    `INSERT INTO ${table} (geom${layer.fields.map((f) => `, ${quoted(f.name)}`).join('')}) VALUES (?${', ?'.repeat(layer.fields.length)})`,
  );
  try {
    for (const feature of layer.features) {
      insert.run([
        encodeGeometryBlob(feature.geometry, WGS84),
        ...layer.fields.map((f) => cell(feature.properties[f.name], f.type)),
      ]);
    }
  } finally {
    insert.free();
  }
}

/**
 * A GeoPackage file of `layers`, all in EPSG:4326.
 * @example
 * const bytes = await writeGeoPackage([{ name: 'nodes', title: 'Growth nodes', description: '',
 *   geometryType: 'POINT', fields: [{ name: 'name', type: 'TEXT' }],
 *   features: [{ geometry: { type: 'Point', coordinates: [74.6, 42.87] }, properties: { name: 'Bishkek' } }] }]);
 */
export async function writeGeoPackage(layers: readonly GpkgLayer[]): Promise<Uint8Array> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  try {
    db.run(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${USER_VERSION};`);
    db.run('BEGIN');
    db.run(METADATA_SQL);
    for (const layer of layers) writeLayer(db, layer);
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}
