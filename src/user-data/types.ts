// What an imported file becomes: layers of features or tables of rows, every value plain text or
// a number. The parsers (src/user-data/formats/) produce it in the import worker; the layer panel,
// the population base and the regional table read it. Nothing here is ever HTML.
import type { Geometry } from 'geojson';

/** A property value after import: text, a finite number or nothing. */
export type UserValue = string | number | null;

export type UserProperties = Record<string, UserValue>;

/** A field of a layer or table: numeric when every non-empty value is a finite number. */
export interface FieldInfo {
  name: string;
  kind: 'number' | 'text';
  /** How many different non-empty values it holds. */
  distinct: number;
}

/** A 2D WGS84 feature: z and m dropped, coordinates reprojected, never a null geometry. */
export interface UserFeature {
  type: 'Feature';
  geometry: Geometry;
  properties: UserProperties;
}

/** Features of one layer of a file (a KML folder, a GeoPackage table, a whole GeoJSON…). */
export interface ParsedLayer {
  kind: 'features';
  /** The file's name, with the layer's own name after " · " when the file holds several. */
  name: string;
  features: UserFeature[];
  fields: FieldInfo[];
  /** Features left out, by reason (null geometry, outside WGS84 range…), so the UI can say so. */
  skipped: { nullGeometry: number; invalidCoordinates: number };
}

/** Rows without coordinates (a CSV or a sheet with no latitude/longitude or WKT column). */
export interface ParsedTable {
  kind: 'table';
  name: string;
  rows: UserProperties[];
  fields: FieldInfo[];
}

export type ParsedPart = ParsedLayer | ParsedTable;

export type ImportFormat =
  | 'geojson'
  | 'csv'
  | 'kml'
  | 'kmz'
  | 'gpx'
  | 'shapefile'
  | 'geopackage'
  | 'xlsx';

/** Why a file was refused: a key of the `importing` namespace and its values (worded when shown). */
export interface ImportProblem {
  key: string;
  values?: Record<string, string | number>;
}

export type ImportOutcome =
  | { ok: true; fileName: string; format: ImportFormat; parts: ParsedPart[] }
  | { ok: false; fileName: string; problem: ImportProblem };
