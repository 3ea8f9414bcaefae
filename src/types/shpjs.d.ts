// shpjs 6 reads any typed array or DataView; its @types describe version 3, so the two functions
// the shapefile reader calls are declared here as version 6 has them.
declare module 'shpjs' {
  import type { Geometry } from 'geojson';

  /** The geometries of a .shp, reprojected to WGS84 when `prj` (the .prj's WKT) is given. */
  export function parseShp(shp: ArrayBufferView, prj?: string): (Geometry | null)[];
  /** The rows of a .dbf, decoded by `encoding` (a .cpg's text or a TextDecoder label). */
  export function parseDbf(dbf: ArrayBufferView, encoding?: string): Record<string, unknown>[];
}
