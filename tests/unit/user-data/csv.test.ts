import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/user-data/parse-file';
import { bytesOf, layerOf, problemOf, tableOf } from './helpers';

describe('parseFile: CSV and TSV', () => {
  it('reads `;` with decimal commas and Russian column names, skipping bad coordinates', async () => {
    const csv =
      'Название;Широта;Долгота;Население\nБишкек;42,87;74,59;1 074 075\nОш;40,53;72,8;322000\nНигде;abc;74\nПусто;;\nДалеко;95;74\n';
    const layer = layerOf(await parseFile('города.csv', bytesOf(csv)));
    expect(layer.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [74.59, 42.87] },
      { type: 'Point', coordinates: [72.8, 40.53] },
    ]);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { Название: 'Бишкек', Население: '1 074 075' },
      { Название: 'Ош', Население: 322000 },
    ]);
    expect(layer.skipped).toEqual({ nullGeometry: 1, invalidCoordinates: 2 });
  });

  it('strips a BOM, reads tabs, names empty and repeated headers, keeps codes with a leading zero as text', async () => {
    const tsv = '\uFEFFlat\tlon\tname\t\tname\tcode\n42.5\t74.5\tA\tx\tB\t0410\n';
    const layer = layerOf(await parseFile('points.tsv', bytesOf(tsv)));
    expect(layer.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [74.5, 42.5] },
      properties: { name: 'A', field_4: 'x', name_2: 'B', code: '0410' },
    });
  });

  it('reads Kyrgyz and GIS column names (X/Y, кеңдик/узундук) and `|`', async () => {
    const ky = layerOf(await parseFile('ky.csv', bytesOf('аты|кеңдик|узундук\nНарын|41.43|76\n')));
    expect(ky.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [76, 41.43] });
    const gis = layerOf(await parseFile('qgis.csv', bytesOf('X,Y,id\n74.1,42.2,7\n')));
    expect(gis.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [74.1, 42.2] });
    expect(gis.fields).toEqual([{ name: 'id', kind: 'number', distinct: 1 }]);
  });

  it('reads a WKT column', async () => {
    const csv =
      'id,WKT\n1,"POINT (74.6 42.9)"\n2,"LINESTRING (74 42, 75 43)"\n3,"POLYGON ((74 42, 75 42, 75 43, 74 42))"\n4,not wkt\n5,\n';
    const layer = layerOf(await parseFile('wkt.csv', bytesOf(csv)));
    expect(layer.features.map((f) => f.geometry.type)).toEqual(['Point', 'LineString', 'Polygon']);
    expect(layer.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [74.6, 42.9] });
    expect(layer.skipped).toEqual({ nullGeometry: 1, invalidCoordinates: 1 });
  });

  it('keeps a table without coordinate columns as rows, numbers as numbers and empty cells as null', async () => {
    const table = tableOf(
      await parseFile('regions.csv', bytesOf('region,grp\nНарынская область,12.5\nОш,\n')),
    );
    expect(table.rows).toEqual([
      { region: 'Нарынская область', grp: 12.5 },
      { region: 'Ош', grp: null },
    ]);
    expect(table.fields).toEqual([
      { name: 'region', kind: 'text', distinct: 2 },
      { name: 'grp', kind: 'number', distinct: 1 },
    ]);
  });

  it('reads a Windows-1251 file (Excel on a Russian Windows)', async () => {
    const bytes = new Uint8Array([
      0xc8, 0xec, 0xff, 0x2c, 0x6c, 0x61, 0x74, 0x2c, 0x6c, 0x6f, 0x6e, 0x0a, 0xce, 0xf8, 0x2c,
      0x34, 0x30, 0x2c, 0x37, 0x33, 0x0a,
    ]);
    // "Имя,lat,lon\nОш,40,73\n" in cp1251
    const layer = layerOf(await parseFile('cp1251.csv', bytes));
    expect(layer.features[0]?.properties).toEqual({ Имя: 'Ош' });
  });

  it('refuses a header-only table, an empty one, all-bad coordinates and too many rows', async () => {
    expect(problemOf(await parseFile('h.csv', bytesOf('name,pop\n'))).key).toBe('noRows');
    expect(problemOf(await parseFile('blank.csv', bytesOf('\n\n  \n'))).key).toBe('emptyFile');
    expect(problemOf(await parseFile('bad.csv', bytesOf('lat,lon\n100,200\n-95,0\n')))).toEqual({
      key: 'noValidCoordinates',
      values: { file: 'bad.csv', count: 2 },
    });
    const rows = `lat,lon\n${'42,74\n'.repeat(6)}`;
    expect(
      problemOf(await parseFile('many.csv', bytesOf(rows), { maxBytes: 1e6, maxFeatures: 5 })).key,
    ).toBe('tooManyFeatures');
  });
});
