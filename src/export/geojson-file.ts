/** GeoJSON files of results: one FeatureCollection (WGS84 lon/lat, RFC 7946), names as plain properties. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Six decimals of a degree are about 0.1 m: finer digits only make the file bigger. */
const PRECISION = 1e6;

/**
 * The features as the text of one FeatureCollection, coordinates rounded to 6 decimals.
 * @example featureCollectionText([{ type: 'Feature', geometry: null, properties: { name: 'Osh' } }])
 */
export function featureCollectionText(features: readonly Feature<Geometry | null>[]): string {
  const collection: FeatureCollection<Geometry | null> = {
    type: 'FeatureCollection',
    features: [...features],
  };
  // Numbers inside arrays are coordinates (or positions in properties): round those only.
  return JSON.stringify(collection, function round(this: unknown, _key, value: unknown) {
    return Array.isArray(this) && typeof value === 'number'
      ? Math.round(value * PRECISION) / PRECISION
      : value;
  });
}
