// GeoJSON-like features of any reader (GeoJSON, KML, GPX, a shapefile) become one ParsedLayer:
// geometries cleaned, properties normalised, what was left out counted by reason.
import { cleanGeometry } from './geometry';
import { fieldInfo, userProperties } from './normalise';
import { checkFeatureCount } from './refusal';
import type { ParsedLayer, UserFeature, UserProperties } from './types';

export interface RawFeature {
  geometry?: unknown;
  properties?: unknown;
}

/** A table's rows are normalised as they are read (tablePart): no need to do it twice. */
export interface TableFeature {
  geometry: unknown;
  properties: UserProperties;
}

export function featureLayer(
  name: string,
  raw: readonly RawFeature[] | readonly TableFeature[],
  maxFeatures: number,
  propertiesOf: (raw: unknown) => UserProperties = userProperties,
): ParsedLayer {
  checkFeatureCount(raw.length, maxFeatures);
  const features: UserFeature[] = [];
  const skipped = { nullGeometry: 0, invalidCoordinates: 0 };
  for (const item of raw) {
    if (item.geometry === null || item.geometry === undefined) {
      skipped.nullGeometry++;
      continue;
    }
    const geometry = cleanGeometry(item.geometry);
    if (!geometry) {
      skipped.invalidCoordinates++;
      continue;
    }
    features.push({ type: 'Feature', geometry, properties: propertiesOf(item.properties) });
  }
  return {
    kind: 'features',
    name,
    features,
    fields: fieldInfo(features.map((feature) => feature.properties)),
    skipped,
  };
}
