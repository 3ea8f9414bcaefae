// GeoPackage in and out, in Node: the writer read back by the reader and by SQLite itself, files
// made here with raw SQL in other coordinate systems, and files that are not GeoPackages.
import area from '@turf/area';
import type { MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  decodeGeometryBlob,
  encodeGeometryBlob,
} from '../../../src/user-data/geopackage/geometry-blob';
import { readGeoPackage } from '../../../src/user-data/geopackage/read-geopackage';
import { loadSqlite } from '../../../src/user-data/geopackage/sqlite';
import {
  type GpkgLayer,
  writeGeoPackage,
} from '../../../src/user-data/geopackage/write-geopackage';
import { parseFile } from '../../../src/user-data/parse-file';
import type { ParsedLayer, UserFeature } from '../../../src/user-data/types';

// A test square and a test point near Bishkek (made up for the test, not atlas data).
const square: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [74.5, 42.8],
        [74.7, 42.8],
        [74.7, 42.95],
        [74.5, 42.95],
        [74.5, 42.8],
      ],
      [
        [74.55, 42.85],
        [74.55, 42.9],
        [74.6, 42.9],
        [74.6, 42.85],
        [74.55, 42.85],
      ],
    ],
  ],
};
const point: Point = { type: 'Point', coordinates: [74.5698123456789, 42.8746987654321] };

const layers: GpkgLayer[] = [
  {
    name: 'areas',
    title: 'Areas',
    description: 'A square with a hole',
    geometryType: 'MULTIPOLYGON',
    fields: [
      { name: 'label', type: 'TEXT' },
      { name: 'area_km2', type: 'REAL' },
    ],
    features: [{ geometry: square, properties: { label: '<b>not html</b>', area_km2: 1.5 } }],
  },
  {
    name: 'points',
    title: 'Points',
    description: '',
    geometryType: 'POINT',
    fields: [
      { name: 'name', type: 'TEXT' },
      { name: 'count', type: 'INTEGER' },
      { name: 'share', type: 'REAL' },
      { name: 'priority', type: 'BOOLEAN' },
    ],
    features: [
      { geometry: point, properties: { name: 'Бишкек', count: 7, share: 0.25, priority: true } },
      { geometry: point, properties: { name: null, count: null, share: null, priority: false } },
    ],
  },
];

async function withDatabase<T>(bytes: Uint8Array, read: (db: import('sql.js').Database) => T) {
  const SQL = await loadSqlite();
  const db = new SQL.Database(bytes);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const layerOf = (parts: readonly unknown[], index: number) => parts[index] as ParsedLayer;
const pointOf = (parts: readonly unknown[]) =>
  ((layerOf(parts, 0).features[0] as UserFeature).geometry as Point).coordinates;

describe('writeGeoPackage → readGeoPackage', () => {
  it('is the import’s reader of .gpkg files, under the import’s feature limit', async () => {
    const bytes = await writeGeoPackage(layers);
    const outcome = await parseFile('test.gpkg', bytes);
    if (!outcome.ok) throw new Error(outcome.problem.key);
    expect(outcome.format).toBe('geopackage');
    expect(outcome.parts.map((p) => p.name)).toEqual(['test.gpkg · areas', 'test.gpkg · points']);
    const limited = await parseFile('test.gpkg', bytes, { maxBytes: 1e6, maxFeatures: 2 });
    expect(limited.ok ? undefined : limited.problem.key).toBe('tooManyFeatures');
  });

  it('reads back the layers, their features, an exact point and the polygon’s area', async () => {
    const read = await readGeoPackage(await writeGeoPackage(layers), 'test.gpkg');
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.refused).toEqual([]);
    expect(read.parts.map((p) => p.name)).toEqual(['test.gpkg · areas', 'test.gpkg · points']);
    const [areas, points] = [layerOf(read.parts, 0), layerOf(read.parts, 1)];
    expect(areas.features).toHaveLength(1);
    expect(points.features).toHaveLength(2);
    const readSquare = areas.features[0]?.geometry as MultiPolygon;
    expect(Math.abs(area(readSquare) / area(square) - 1)).toBeLessThan(1e-9);
    expect(points.features[0]?.geometry).toEqual(point);
    expect(areas.features[0]?.properties.label).toBe('<b>not html</b>');
    expect(points.features[0]?.properties).toEqual({
      fid: 1,
      name: 'Бишкек',
      count: 7,
      share: 0.25,
      priority: 1,
    });
    expect(points.features[1]?.properties).toMatchObject({ name: null, count: null, priority: 0 });
    expect(points.fields.find((f) => f.name === 'count')).toEqual({
      name: 'count',
      kind: 'number',
      distinct: 1,
    });
    expect(points.fields.find((f) => f.name === 'name')?.kind).toBe('text');
  });

  it('writes a GeoPackage 1.3 with typed columns and EPSG:4326', async () => {
    const bytes = await writeGeoPackage(layers);
    // "SQLite format 3\0", then application_id "GPKG" at byte 68 and user_version 10300 at 60.
    expect(new TextDecoder().decode(bytes.subarray(0, 15))).toBe('SQLite format 3');
    expect(new TextDecoder().decode(bytes.subarray(68, 72))).toBe('GPKG');
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(60)).toBe(10300);
    await withDatabase(bytes, (db) => {
      const types = (table: string) =>
        Object.fromEntries(
          (db.exec(`PRAGMA table_info(${table})`)[0]?.values ?? []).map((c) => [c[1], c[2]]),
        );
      expect(types('points')).toEqual({
        fid: 'INTEGER',
        geom: 'POINT',
        name: 'TEXT',
        count: 'INTEGER',
        share: 'REAL',
        priority: 'BOOLEAN',
      });
      expect(types('areas')).toMatchObject({ geom: 'MULTIPOLYGON', area_km2: 'REAL' });
      const srs = db.exec('SELECT srs_id, organization FROM gpkg_spatial_ref_sys ORDER BY srs_id');
      expect(srs[0]?.values).toEqual([
        [-1, 'NONE'],
        [0, 'NONE'],
        [4326, 'EPSG'],
      ]);
      const contents = db.exec(
        "SELECT data_type, identifier, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = 'areas'",
      );
      expect(contents[0]?.values[0]).toEqual(['features', 'Areas', 74.5, 42.8, 74.7, 42.95, 4326]);
      expect(
        db.exec(
          "SELECT geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns WHERE table_name = 'points'",
        )[0]?.values[0],
      ).toEqual(['POINT', 4326, 0, 0]);
    });
  });
});

/** A GeoPackage made here with raw SQL: one srs, one point table of the given blobs. */
async function handMadeGeoPackage(
  srs: { id: number; organization: string; code: number; definition: string },
  blobs: Uint8Array[],
): Promise<Uint8Array> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  db.run(`
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
      organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT,
      description TEXT, last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
    CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT,
      srs_id INTEGER, z TINYINT, m TINYINT);
    CREATE TABLE places (id INTEGER PRIMARY KEY, shape POINT, title TEXT);
    CREATE TABLE census (region TEXT, people INTEGER);
    INSERT INTO census VALUES ('Chuy', 1000), ('Talas', NULL);
    INSERT INTO gpkg_contents (table_name, data_type) VALUES ('places', 'features'), ('census', 'attributes');
  `);
  db.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, NULL)', [
    'test srs',
    srs.id,
    srs.organization,
    srs.code,
    srs.definition,
  ]);
  db.run("INSERT INTO gpkg_geometry_columns VALUES ('places', 'shape', 'POINT', ?, 0, 0)", [
    srs.id,
  ]);
  for (const blob of blobs) db.run('INSERT INTO places (shape, title) VALUES (?, ?)', [blob, 'p']);
  const bytes = db.export();
  db.close();
  return bytes;
}

/**
 * A point blob written byte by byte: header and WKB in the byte order asked for, an xy envelope,
 * and a z coordinate when given (ISO type 1001), so the reader must skip it.
 */
function pointBlob(srsId: number, [x, y]: [number, number], little: boolean, z?: number) {
  const bytes = new DataView(new ArrayBuffer(8 + 32 + 5 + 8 * (z === undefined ? 2 : 3)));
  bytes.setUint8(0, 0x47);
  bytes.setUint8(1, 0x50);
  bytes.setUint8(3, (1 << 1) | (little ? 1 : 0));
  bytes.setInt32(4, srsId, little);
  for (const [i, v] of [x, x, y, y].entries()) bytes.setFloat64(8 + 8 * i, v, little);
  bytes.setUint8(40, little ? 1 : 0);
  bytes.setUint32(41, z === undefined ? 1 : 1001, little);
  for (const [i, v] of [x, y, ...(z === undefined ? [] : [z])].entries()) {
    bytes.setFloat64(45 + 8 * i, v, little);
  }
  return new Uint8Array(bytes.buffer);
}

// Reference values from PROJ, independent of proj4js:
// echo "74.5698 42.8746" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:3857 (and EPSG:32643)
const BISHKEK: [number, number] = [74.5698, 42.8746];
const BISHKEK_3857: [number, number] = [8301072.16455625, 5292904.12451253];
const BISHKEK_UTM43N: [number, number] = [464863.858275065, 4746979.24319931];
const UTM43N_WKT =
  'PROJCS["WGS 84 / UTM zone 43N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],' +
  'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",75],PARAMETER["scale_factor",0.9996],' +
  'PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]';

async function readPoint(srs: Parameters<typeof handMadeGeoPackage>[0], xy: [number, number]) {
  const bytes = await handMadeGeoPackage(srs, [pointBlob(srs.id, xy, false, 812.5)]);
  const read = await readGeoPackage(bytes, 'hand.gpkg');
  if (!read.ok) throw new Error(read.problem.key);
  return read;
}

describe('readGeoPackage on files made elsewhere', () => {
  it('reprojects EPSG:3857 to lon/lat (big-endian blob, z dropped)', async () => {
    const read = await readPoint(
      { id: 3857, organization: 'EPSG', code: 3857, definition: '' },
      BISHKEK_3857,
    );
    const [lon, lat] = pointOf(read.parts);
    expect(lon).toBeCloseTo(BISHKEK[0], 7);
    expect(lat).toBeCloseTo(BISHKEK[1], 7);
  });

  it('reprojects UTM 43N, by its EPSG code and by its WKT alone', async () => {
    for (const srs of [
      { id: 32643, organization: 'EPSG', code: 32643, definition: 'undefined' },
      { id: 100001, organization: 'my office', code: 7, definition: UTM43N_WKT },
    ]) {
      const read = await readPoint(srs, BISHKEK_UTM43N);
      const [lon, lat] = pointOf(read.parts);
      expect(lon).toBeCloseTo(BISHKEK[0], 7);
      expect(lat).toBeCloseTo(BISHKEK[1], 7);
    }
  });

  it('reads the attribute table as rows', async () => {
    const read = await readPoint(
      { id: 4326, organization: 'EPSG', code: 4326, definition: '' },
      BISHKEK,
    );
    expect(read.parts[1]).toEqual({
      kind: 'table',
      name: 'hand.gpkg · census',
      rows: [
        { region: 'Chuy', people: 1000 },
        { region: 'Talas', people: null },
      ],
      fields: [
        { name: 'region', kind: 'text', distinct: 2 },
        { name: 'people', kind: 'number', distinct: 1 },
      ],
    });
  });

  it('counts null and empty geometries and coordinates outside WGS84 as skipped', async () => {
    const empty = pointBlob(4326, [Number.NaN, Number.NaN], true);
    const bytes = await handMadeGeoPackage(
      { id: 4326, organization: 'EPSG', code: 4326, definition: '' },
      [pointBlob(4326, BISHKEK, true), empty, pointBlob(4326, [200, 95], true)],
    );
    const read = await readGeoPackage(bytes, 'hand.gpkg');
    if (!read.ok) throw new Error(read.problem.key);
    expect(layerOf(read.parts, 0).features).toHaveLength(1);
    expect(layerOf(read.parts, 0).skipped).toEqual({ nullGeometry: 1, invalidCoordinates: 1 });
  });

  it('refuses a table whose coordinate system it cannot read, keeping the others', async () => {
    const bytes = await handMadeGeoPackage(
      { id: 99, organization: 'NONE', code: 99, definition: 'no such projection' },
      [pointBlob(99, BISHKEK, true)],
    );
    const read = await readGeoPackage(bytes, 'hand.gpkg');
    expect(read).toMatchObject({
      ok: true,
      refused: [{ key: 'unknownCrs', values: { file: 'hand.gpkg', table: 'places', srs: 99 } }],
    });
    if (read.ok) expect(read.parts.map((p) => p.kind)).toEqual(['table']);
  });
});

describe('readGeoPackage on files that are not GeoPackages', () => {
  it('refuses an SQLite file without the GeoPackage tables', async () => {
    const SQL = await loadSqlite();
    const db = new SQL.Database();
    db.run('CREATE TABLE t (a TEXT); INSERT INTO t VALUES (1)');
    const bytes = db.export();
    db.close();
    expect(await readGeoPackage(bytes, 'plain.sqlite')).toEqual({
      ok: false,
      problem: { key: 'notGeoPackage', values: { file: 'plain.sqlite' } },
    });
  });

  it('refuses a truncated file and bytes that are not SQLite, without throwing', async () => {
    const whole = await writeGeoPackage(layers);
    for (const bytes of [whole.slice(0, whole.length / 2), new TextEncoder().encode('{"type":')]) {
      expect(await readGeoPackage(bytes, 'bad.gpkg')).toEqual({
        ok: false,
        problem: { key: 'damaged', values: { file: 'bad.gpkg' } },
      });
    }
  });
});

describe('geometry blob', () => {
  it('marks an empty geometry empty in the header and reads it back as none', () => {
    const blob = encodeGeometryBlob({ type: 'MultiPolygon', coordinates: [] }, 4326);
    expect((blob[3] ?? 0) & 0b1_0000).toBe(0b1_0000);
    // The flag alone says empty, whatever follows it.
    expect(decodeGeometryBlob(blob.subarray(0, 8))).toEqual({ srsId: 4326, geometry: null });
  });

  it('reads a big-endian polygon with z and m, dropping them', () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const view = new DataView(new ArrayBuffer(8 + 9 + 4 + ring.length * 32));
    view.setUint8(0, 0x47);
    view.setUint8(1, 0x50);
    view.setUint8(3, 0); // big endian, no envelope
    view.setInt32(4, 4326);
    view.setUint8(8, 0);
    view.setUint32(9, 3003); // Polygon ZM
    view.setUint32(13, 1);
    view.setUint32(17, ring.length);
    ring.forEach(([x = 0, y = 0], i) => {
      for (const [j, v] of [x, y, 5, 6].entries()) view.setFloat64(21 + 32 * i + 8 * j, v);
    });
    expect(decodeGeometryBlob(new Uint8Array(view.buffer))).toEqual({
      srsId: 4326,
      geometry: { type: 'Polygon', coordinates: [ring] } satisfies Polygon,
    });
  });
});
