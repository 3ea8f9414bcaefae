import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/user-data/parse-file';
import { cp1251, dbf, pointShp } from '../../helpers/shapefile-writer';
import { bytesOf, layerOf, problemOf } from './helpers';

const UTM_43N =
  'PROJCS["WGS_1984_UTM_Zone_43N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",75.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

/**
 * UTM zone 43N (central meridian 75°E, k0 0.9996) forward, by Krüger's series to n⁴ (Karney
 * 2011, eq. 9–11): millimetre-exact in the zone, written here independently of proj4.
 */
function utm43n(lon: number, lat: number): [number, number] {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440,
    (61 * n ** 3) / 240 - (103 * n ** 4) / 140,
    (49561 * n ** 4) / 161280,
  ];
  const phi = (lat * Math.PI) / 180;
  const dLambda = ((lon - 75) * Math.PI) / 180;
  const c = (2 * Math.sqrt(n)) / (1 + n);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - c * Math.atanh(c * Math.sin(phi)));
  const xi = Math.atan(t / Math.cos(dLambda));
  const eta = Math.atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
  let e = eta;
  let nn = xi;
  alpha.forEach((al, i) => {
    const j = 2 * (i + 1);
    e += al * Math.cos(j * xi) * Math.sinh(j * eta);
    nn += al * Math.sin(j * xi) * Math.cosh(j * eta);
  });
  return [500000 + 0.9996 * A * e, 0.9996 * A * nn];
}

const ascii = (text: string) => bytesOf(text);

describe('parseFile: zipped Shapefile', () => {
  it('reprojects a point from UTM 43N (.prj) to WGS84 within 1e-6°', async () => {
    const [lon, lat] = [74.6, 42.87];
    const { shp, shx } = pointShp([utm43n(lon, lat), undefined]);
    const zip = zipSync({
      'wells.shp': shp,
      'wells.shx': shx,
      'wells.prj': ascii(UTM_43N),
      'wells.dbf': dbf([{ name: 'id', type: 'N', length: 5 }], [[7], [8]], ascii),
    });
    const layer = layerOf(await parseFile('wells.zip', zip));
    expect(layer.name).toBe('wells.zip');
    expect(layer.features).toHaveLength(1);
    const [x, y] = (layer.features[0]?.geometry as { coordinates: [number, number] } | undefined)
      ?.coordinates ?? [Number.NaN, Number.NaN];
    expect(Math.abs(x - lon)).toBeLessThan(1e-6);
    expect(Math.abs(y - lat)).toBeLessThan(1e-6);
    expect(layer.features[0]?.properties).toEqual({ id: 7 });
    expect(layer.skipped).toEqual({ nullGeometry: 1, invalidCoordinates: 0 });
  });

  it('reads Cyrillic names of a .dbf in Windows-1251: by its .cpg, its code page byte, or as text that is not UTF-8', async () => {
    const { shp, shx } = pointShp([
      [74.59, 42.87],
      [72.8, 40.53],
    ]);
    const table = dbf([{ name: 'НАЗВАНИЕ', type: 'C', length: 20 }], [['Бишкек'], ['Ош']], cp1251);
    const withCpg = zipSync({
      'a.shp': shp,
      'a.shx': shx,
      'a.dbf': table,
      'a.cpg': ascii('1251'),
      'a.prj': ascii(WGS84),
    });
    const expected = [{ НАЗВАНИЕ: 'Бишкек' }, { НАЗВАНИЕ: 'Ош' }];
    expect(layerOf(await parseFile('a.zip', withCpg)).features.map((f) => f.properties)).toEqual(
      expected,
    );
    const byByte = dbf(
      [{ name: 'НАЗВАНИЕ', type: 'C', length: 20 }],
      [['Бишкек'], ['Ош']],
      cp1251,
      0xc9,
    );
    const noCpg = zipSync({ 'a.shp': shp, 'a.shx': shx, 'a.dbf': byByte });
    expect(layerOf(await parseFile('a.zip', noCpg)).features.map((f) => f.properties)).toEqual(
      expected,
    );
    const unmarked = zipSync({ 'a.shp': shp, 'a.shx': shx, 'a.dbf': table });
    expect(layerOf(await parseFile('a.zip', unmarked)).features.map((f) => f.properties)).toEqual(
      expected,
    );
  });

  it('reads UTF-8 (Kyrgyz letters) by a UTF-8 .cpg; one layer per .shp, from zips inside the zip', async () => {
    const { shp, shx } = pointShp([[73.25, 40.88]]);
    const table = dbf([{ name: 'aty', type: 'C', length: 20 }], [['Өзгөн']], bytesOf);
    const inner = zipSync({
      'towns.shp': shp,
      'towns.shx': shx,
      'towns.dbf': table,
      'towns.cpg': ascii('UTF-8'),
    });
    const other = pointShp([
      [75, 41],
      [76, 42],
    ]);
    const outer = zipSync({
      'towns.zip': inner,
      'data/roads.shp': other.shp,
      'data/roads.shx': other.shx,
    });
    const outcome = await parseFile('bundle.zip', outer);
    const names = outcome.ok ? outcome.parts.map((p) => p.name).sort() : [];
    expect(names).toEqual(['bundle.zip · data/roads', 'bundle.zip · towns/towns']);
    const towns = layerOf(
      outcome,
      outcome.ok ? outcome.parts.findIndex((p) => p.name.endsWith('towns')) : 0,
    );
    expect(towns.features[0]?.properties).toEqual({ aty: 'Өзгөн' });
  });

  it('refuses a zip without a .shp, a .prj it cannot read, no .prj with coordinates not in degrees, zips three deep', async () => {
    expect(problemOf(await parseFile('x.zip', zipSync({ 'a.txt': ascii('x') })))).toEqual({
      key: 'zipWithoutShp',
      values: { file: 'x.zip' },
    });
    const { shp, shx } = pointShp([utm43n(74.6, 42.87)]);
    const badPrj = zipSync({
      'w.shp': shp,
      'w.shx': shx,
      'w.prj': ascii('PROJCS["nonsense",FOO[1]]'),
    });
    expect(problemOf(await parseFile('w.zip', badPrj))).toEqual({
      key: 'unreadablePrj',
      values: { file: 'w.zip', layer: 'w' },
    });
    const noPrj = zipSync({ 'w.shp': shp, 'w.shx': shx });
    expect(problemOf(await parseFile('w.zip', noPrj))).toEqual({
      key: 'noPrjNotDegrees',
      values: { file: 'w.zip', layer: 'w' },
    });
    const deep = zipSync({ 'a.zip': zipSync({ 'b.zip': zipSync({ 'w.shp': shp }) }) });
    expect(problemOf(await parseFile('deep.zip', deep)).key).toBe('zipTooDeep');
  });

  it('refuses more records than the limit from the .shx, before reading the .shp', async () => {
    const { shp, shx } = pointShp([
      [74, 42],
      [75, 42],
      [76, 42],
    ]);
    const outcome = await parseFile('w.zip', zipSync({ 'w.shp': shp, 'w.shx': shx }), {
      maxBytes: 1e6,
      maxFeatures: 2,
    });
    expect(problemOf(outcome)).toEqual({
      key: 'tooManyFeatures',
      values: { file: 'w.zip', count: 3, limit: 2 },
    });
  });
});

describe('parseFile: a damaged .dbf', () => {
  it('refuses a record count its size cannot hold, rather than reading past its end', async () => {
    const { shp, shx } = pointShp([[74, 42]]);
    const table = dbf([{ name: 'n', type: 'N', length: 4 }], [[1]], bytesOf);
    new DataView(table.buffer).setUint32(4, 4_000_000_000, true);
    const outcome = await parseFile(
      'w.zip',
      zipSync({ 'w.shp': shp, 'w.shx': shx, 'w.dbf': table }),
    );
    expect(problemOf(outcome)).toEqual({
      key: 'unreadableDbf',
      values: { file: 'w.zip', layer: 'w' },
    });
  });
});
