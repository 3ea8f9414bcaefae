import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/user-data/parse-file';
import { bytesOf, layerOf, problemOf } from './helpers';

describe('parseFile: GeoJSON', () => {
  it('reads a FeatureCollection with a BOM, mixed types, 3D and 4D positions cut to 2D', async () => {
    const text = `\uFEFF${JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [74.6, 42.87, 800] },
          properties: { name: 'Бишкек' },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [72.8, 40.5, 1, 2],
              [73, 40.9, 3, 4],
            ],
          },
          properties: { name: 'road', meta: { lanes: 2 }, tags: ['a', 'b'], ok: true, nan: null },
        },
        { type: 'Feature', geometry: null, properties: { name: 'no geometry' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [200, 42] }, properties: {} },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [74, -91] }, properties: {} },
      ],
    })}`;
    const layer = layerOf(await parseFile('mix.geojson', bytesOf(text)));
    expect(layer.name).toBe('mix.geojson');
    expect(layer.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [74.6, 42.87] },
      {
        type: 'LineString',
        coordinates: [
          [72.8, 40.5],
          [73, 40.9],
        ],
      },
    ]);
    expect(layer.features[1]?.properties).toEqual({
      name: 'road',
      meta: '{"lanes":2}',
      tags: '["a","b"]',
      ok: 'true',
      nan: null,
    });
    expect(layer.skipped).toEqual({ nullGeometry: 1, invalidCoordinates: 2 });
    expect(layer.fields.find((f) => f.name === 'name')).toEqual({
      name: 'name',
      kind: 'text',
      distinct: 2,
    });
  });

  it('reads a single Feature and a bare geometry; duplicate keys keep the last value', async () => {
    const feature =
      '{"type":"Feature","properties":{"n":1,"n":2},"geometry":{"type":"Point","coordinates":[75,41]}}';
    expect(layerOf(await parseFile('one.json', bytesOf(feature))).features[0]?.properties).toEqual({
      n: 2,
    });
    const bare = '{"type":"Polygon","coordinates":[[[74,42],[75,42],[75,43],[74,42]]]}';
    const layer = layerOf(await parseFile('bare.geojson', bytesOf(bare)));
    expect(layer.features).toHaveLength(1);
    expect(layer.features[0]?.geometry.type).toBe('Polygon');
  });

  it('names the line and column of invalid JSON where the engine gives them', async () => {
    const problem = problemOf(
      await parseFile(
        'bad.geojson',
        bytesOf('{\n  "type": "FeatureCollection",\n  "features" []\n}'),
      ),
    );
    expect(problem).toEqual({
      key: 'invalidJsonAt',
      values: { file: 'bad.geojson', line: 3, column: 14 },
    });
    const cut = problemOf(await parseFile('cut.geojson', bytesOf('{"type":')));
    expect(cut).toEqual({ key: 'invalidJson', values: { file: 'cut.geojson' } });
  });

  it('refuses JSON that is not GeoJSON, an empty collection and one of only null geometries', async () => {
    expect(problemOf(await parseFile('a.json', bytesOf('{"hello":1}'))).key).toBe('notGeoJson');
    expect(problemOf(await parseFile('a.json', bytesOf('[1,2]'))).key).toBe('notGeoJson');
    expect(
      problemOf(await parseFile('e.geojson', bytesOf('{"type":"FeatureCollection","features":[]}')))
        .key,
    ).toBe('noFeatures');
    const nulls =
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}},{"type":"Feature","geometry":null,"properties":{}}]}';
    expect(problemOf(await parseFile('n.geojson', bytesOf(nulls)))).toEqual({
      key: 'onlyNullGeometries',
      values: { file: 'n.geojson', count: 2 },
    });
  });

  it('refuses more features than the limit', async () => {
    const features = Array.from({ length: 4 }, () => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [74, 42] },
      properties: {},
    }));
    const outcome = await parseFile(
      'many.geojson',
      bytesOf(JSON.stringify({ type: 'FeatureCollection', features })),
      {
        maxBytes: 1e6,
        maxFeatures: 3,
      },
    );
    expect(problemOf(outcome)).toEqual({
      key: 'tooManyFeatures',
      values: { file: 'many.geojson', count: 4, limit: 3 },
    });
  });
});

describe('parseFile: any file', () => {
  it('refuses an empty file, an unknown format and a file over the size limit before reading it', async () => {
    expect(problemOf(await parseFile('x.geojson', new Uint8Array()))).toEqual({
      key: 'emptyFile',
      values: { file: 'x.geojson' },
    });
    expect(problemOf(await parseFile('x.pdf', bytesOf('%PDF-1.4'))).key).toBe('unknownFormat');
    const big = await parseFile('big.csv', new Uint8Array(2 * 1024 * 1024 + 1), {
      maxBytes: 2 * 1024 * 1024,
      maxFeatures: 10,
    });
    expect(problemOf(big)).toEqual({
      key: 'tooBig',
      values: { file: 'big.csv', size: 2.1, limit: 2 },
    });
  });

  it('refuses a GeoPackage until its reader is added', async () => {
    const sqlite = new Uint8Array(100);
    sqlite.set(bytesOf('SQLite format 3\0'));
    expect(problemOf(await parseFile('data.gpkg', sqlite))).toEqual({
      key: 'formatNotYet',
      values: { file: 'data.gpkg', format: 'GeoPackage' },
    });
  });
});
