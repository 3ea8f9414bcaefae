// GeoJSON-like features of any reader (GeoJSON, KML, GPX, a shapefile) become one ParsedLayer:
// geometries cleaned, properties normalised, what was left out counted by reason.
import { cleanGeometry } from './geometry';
import { fieldInfo, userProperties } from './normalise';
import { checkFeatureCount } from './refusal';
import type { ParsedLayer, UserFeature } from './types';

export interface RawFeature {
  geometry?: unknown;
  properties?: unknown;
}

export function featureLayer(
  name: string,
  raw: readonly RawFeature[],
  maxFeatures: number,
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
    features.push({ type: 'Feature', geometry, properties: userProperties(item.properties) });
  }
  return {
    kind: 'features',
    name,
    features,
    fields: fieldInfo(features.map((feature) => feature.properties)),
    skipped,
  };
}
