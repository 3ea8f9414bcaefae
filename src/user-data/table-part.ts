// A table (a CSV, a sheet) becomes a layer when it has coordinate columns — latitude/longitude
// under their usual names in English, Russian, Kyrgyz and GIS tools, or a WKT column — and a
// table of rows otherwise. The first row is the header.
import { wktToGeoJSON } from 'betterknown';
import { featureLayer, type RawFeature } from './feature-layer';
import { isLonLat } from './geometry';
import { fieldInfo, uniqueFieldNames, userValue } from './normalise';
import { checkFeatureCount, Refusal } from './refusal';
import type { ParsedPart, UserProperties, UserValue } from './types';

const LATITUDE_NAMES = [
  'lat',
  'latitude',
  'y',
  'lat_dd',
  'latitude_dd',
  'point_y',
  'y_coord',
  'ycoord',
  'широта',
  'шир',
  'кеңдик',
  'ендик',
];
const LONGITUDE_NAMES = [
  'lon',
  'lng',
  'long',
  'longitude',
  'x',
  'lon_dd',
  'longitude_dd',
  'point_x',
  'x_coord',
  'xcoord',
  'долгота',
  'долг',
  'узундук',
];
const WKT_NAMES = ['wkt', 'geometry', 'geom', 'the_geom', 'wkt_geom', 'геометрия'];

export interface TableOptions {
  /** `42,87` reads as 42.87 (a table whose delimiter is not a comma). */
  decimalComma: boolean;
}

export function tablePart(
  name: string,
  cells: readonly (readonly unknown[])[],
  maxFeatures: number,
  options: TableOptions,
): ParsedPart {
  const [header, ...body] = cells;
  if (!header || header.every((cell) => cell === null || cell === undefined || cell === '')) {
    throw new Refusal('noHeader');
  }
  checkFeatureCount(body.length, maxFeatures);
  const names = uniqueFieldNames(header);
  const value = (cell: unknown): UserValue => tableValue(cell, options.decimalComma);
  const latitude = columnOf(names, LATITUDE_NAMES);
  const longitude = columnOf(names, LONGITUDE_NAMES);
  const wkt = columnOf(names, WKT_NAMES);
  const coordinateColumns =
    latitude !== -1 && longitude !== -1 ? [latitude, longitude] : wkt !== -1 ? [wkt] : [];
  const rowProperties = (row: readonly unknown[]): UserProperties => {
    const properties: UserProperties = {};
    names.forEach((field, column) => {
      if (!coordinateColumns.includes(column)) properties[field] = value(row[column]);
    });
    return properties;
  };
  if (coordinateColumns.length === 0) {
    if (body.length === 0) throw new Refusal('noRows');
    const rows = body.map(rowProperties);
    return { kind: 'table', name, rows, fields: fieldInfo(rows) };
  }
  const features: RawFeature[] = body.map((row) => ({
    geometry:
      coordinateColumns.length === 2
        ? pointOf(value(row[longitude]), value(row[latitude]))
        : wktGeometry(row[wkt]),
    properties: rowProperties(row),
  }));
  return featureLayer(name, features, maxFeatures);
}

/** The first column whose name (case and spaces aside) is one of `candidates`, else −1. */
function columnOf(names: readonly string[], candidates: readonly string[]): number {
  const keys = names.map((name) => name.toLowerCase().replace(/\s+/g, '_'));
  for (const candidate of candidates) {
    const index = keys.indexOf(candidate);
    if (index !== -1) return index;
  }
  return -1;
}

/** Empty coordinates are a null geometry; a non-number an invalid one (a Point of NaN). */
function pointOf(lon: UserValue, lat: UserValue): unknown {
  if (lon === null && lat === null) return null;
  const point = [
    typeof lon === 'number' ? lon : Number.NaN,
    typeof lat === 'number' ? lat : Number.NaN,
  ];
  return {
    type: 'Point',
    coordinates: isLonLat(point[0] as number, point[1] as number) ? point : [],
  };
}

function wktGeometry(cell: unknown): unknown {
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  try {
    return wktToGeoJSON(cell);
  } catch {
    return { type: 'invalid' };
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** A code such as `0410` or `007` stays text: its leading zero means something. */
const LEADING_ZERO = /^[+-]?0\d/;

/** A cell as the atlas keeps it: a number where the text is one, text otherwise, empty → null. */
function tableValue(cell: unknown, decimalComma: boolean): UserValue {
  if (typeof cell !== 'string') return userValue(cell);
  const text = cell.trim();
  if (text === '') return null;
  if (LEADING_ZERO.test(text)) return cell;
  if (NUMBER.test(text)) return Number(text);
  if (decimalComma && DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return cell;
}
