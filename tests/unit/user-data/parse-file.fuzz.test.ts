// Hostile input for parseFile: arbitrary bytes, arbitrary JSON, and valid files of each format
// mutated byte by byte. Whatever comes in, parseFile resolves with a refusal or with parts whose
// every value is text, a finite number or null and every position finite and in WGS84's range.
import fc from 'fast-check';
import { zipSync } from 'fflate';
import type { Geometry } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/user-data/parse-file';
import type { ImportOutcome } from '../../../src/user-data/types';
import { dbf, pointShp } from '../../helpers/shapefile-writer';
import { bytesOf } from './helpers';
import { workbook } from './xlsx-writer';

let cases = 0;
afterAll(() => {
  console.log(`parseFile fuzz: ${cases} cases`);
});

const LIMITS = { maxBytes: 1024 * 1024, maxFeatures: 1000 };

function positionsOf(geometry: Geometry): number[][] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positionsOf);
  const flat = (value: unknown): number[][] =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? [value as number[]]
      : (value as unknown[]).flatMap(flat);
  return flat(geometry.coordinates);
}

function isSafe(outcome: ImportOutcome): boolean {
  if (!outcome.ok) return typeof outcome.problem.key === 'string' && outcome.problem.key.length > 0;
  const value = (v: unknown) =>
    v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  return outcome.parts.every((part) => {
    const records = part.kind === 'table' ? part.rows : part.features.map((f) => f.properties);
    const valuesOk = records.every((r) =>
      Object.entries(r).every(([k, v]) => k.trim() !== '' && value(v)),
    );
    if (part.kind === 'table') return valuesOk;
    return (
      valuesOk &&
      part.features.every((f) =>
        positionsOf(f.geometry).every(
          (p) =>
            p.length === 2 &&
            p.every(Number.isFinite) &&
            Math.abs(p[0] as number) <= 180 &&
            Math.abs(p[1] as number) <= 90,
        ),
      )
    );
  });
}

async function check(fileName: string, bytes: Uint8Array): Promise<boolean> {
  cases++;
  const outcome = await parseFile(fileName, bytes, LIMITS);
  return isSafe(outcome);
}

/** Bytes with a few of them replaced, inserted or cut. */
const mutated = (base: Uint8Array) =>
  fc
    .array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'cut')),
      {
        minLength: 1,
        maxLength: 8,
      },
    )
    .map((edits) => {
      let bytes = Array.from(base);
      for (const [at, byte, kind] of edits) {
        const i = at % (bytes.length + 1);
        if (kind === 'set') bytes[i] = byte;
        else if (kind === 'insert') bytes.splice(i, 0, byte);
        else bytes = bytes.slice(0, i).concat(bytes.slice(i + 1 + (byte % 16)));
      }
      return Uint8Array.from(bytes);
    });

const CSV = bytesOf('name;lat;lon;pop\nБишкек;42,87;74,59;1074075\nОш;40,53;72,8;322000\n');
const GEOJSON = bytesOf(
  JSON.stringify({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [74.6, 42.9, 800] },
        properties: { name: 'a', n: 1 },
      },
      {
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [74, 42],
              [75, 42],
              [75, 43],
              [74, 42],
            ],
          ],
        },
        properties: { o: { x: 1 } },
      },
    ],
  }),
);
const KML = bytesOf(
  '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Нарын</name><Point><coordinates>75.99,41.43,2040</coordinates></Point></Placemark><Placemark><LineString><coordinates>74.5,42.8 74.6,42.9</coordinates></LineString></Placemark></Document></kml>',
);
const GPX = bytesOf(
  '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><wpt lat="42.49" lon="78.39"><name>Каракол</name></wpt><trk><trkseg><trkpt lat="42" lon="75"/><trkpt lat="42.1" lon="75.2"/></trkseg></trk></gpx>',
);
const points = pointShp([[74.59, 42.87], undefined, [72.8, 40.53]]);
const SHAPEFILE = zipSync(
  {
    'a.shp': points.shp,
    'a.shx': points.shx,
    'a.dbf': dbf(
      [
        { name: 'name', type: 'C', length: 10 },
        { name: 'n', type: 'N', length: 6 },
      ],
      [
        ['x', 1],
        ['y', 2],
        ['z', 3],
      ],
      bytesOf,
    ),
  },
  { level: 0 },
);
const KMZ = zipSync({ 'doc.kml': KML }, { level: 0 });
const XLSX = workbook({
  towns: [
    ['name', 'lat', 'lon'],
    ['Талас', 42.52, 72.24],
    ['Ош', '40,53', 72.8],
  ],
});

describe('parseFile under hostile input (fast-check)', () => {
  it('arbitrary bytes under any name', async () => {
    const name = fc.constantFrom(
      'a.geojson',
      'a.json',
      'a.csv',
      'a.tsv',
      'a.kml',
      'a.kmz',
      'a.gpx',
      'a.zip',
      'a.xlsx',
      'a.bin',
      'a',
    );
    await fc.assert(fc.asyncProperty(name, fc.uint8Array({ maxLength: 2048 }), check), {
      numRuns: 2000,
    });
  });

  it('bytes that start like a zip, SQLite, JSON or XML', async () => {
    const head = fc.constantFrom(
      [0x50, 0x4b, 0x03, 0x04],
      [...bytesOf('SQLite format 3\0')],
      [0x7b],
      [0x3c, 0x6b, 0x6d, 0x6c, 0x3e],
    );
    const file = fc
      .tuple(head, fc.uint8Array({ maxLength: 512 }))
      .map(([h, rest]) => Uint8Array.from([...h, ...rest]));
    await fc.assert(
      fc.asyncProperty(file, (bytes) => check('file', bytes)),
      { numRuns: 500 },
    );
  });

  it('arbitrary JSON as GeoJSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), (json) => check('a.geojson', bytesOf(JSON.stringify(json)))),
      {
        numRuns: 1000,
      },
    );
  });

  it('GeoJSON-shaped JSON with arbitrary coordinates and properties', async () => {
    const coordinate = fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.string());
    const position = fc.array(coordinate, { maxLength: 5 });
    const coordinates = fc.oneof(
      position,
      fc.array(position, { maxLength: 5 }),
      fc.array(fc.array(position, { maxLength: 5 }), { maxLength: 3 }),
    );
    const geometry = fc.oneof(
      fc.constant(null),
      fc.record({
        type: fc.constantFrom(
          'Point',
          'MultiPoint',
          'LineString',
          'MultiLineString',
          'Polygon',
          'MultiPolygon',
          'Nope',
        ),
        coordinates,
      }),
    );
    const feature = fc.record({
      type: fc.constant('Feature'),
      geometry,
      properties: fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.jsonValue())),
    });
    const collection = fc
      .array(feature, { maxLength: 10 })
      .map((features) => ({ type: 'FeatureCollection', features }));
    await fc.assert(
      fc.asyncProperty(collection, (fcn) => check('a.geojson', bytesOf(JSON.stringify(fcn)))),
      { numRuns: 1000 },
    );
  });

  const formats: [string, Uint8Array, number][] = [
    ['a.csv', CSV, 800],
    ['a.geojson', GEOJSON, 800],
    ['a.kml', KML, 500],
    ['a.gpx', GPX, 300],
    ['a.zip', SHAPEFILE, 500],
    ['a.kmz', KMZ, 300],
    ['a.xlsx', XLSX, 300],
  ];
  it.each(formats)('a valid %s mutated', async (name, base, numRuns) => {
    await fc.assert(
      fc.asyncProperty(mutated(base), (bytes) => check(name, bytes)),
      { numRuns },
    );
  });

  it('counts its cases', () => {
    expect(cases).toBeGreaterThanOrEqual(8000);
  });
});
