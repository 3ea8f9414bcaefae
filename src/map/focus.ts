/** Where the camera goes for a place chosen in a list or the search: its surroundings or its extent. */
import turfBbox from '@turf/bbox';
import type { AtlasData } from '../data/atlas';
import { placeExtent } from '../data/atlas-index';
import type { UserFeature } from '../user-data/types';
import type { ScenarioNodes } from '../vocabulary/scenario';
import type { Selection } from '../vocabulary/selection';
import type { MapFocus } from './map-controller';

/** A town's surroundings: the nearest towns and the roads between them. */
const POINT_ZOOM = 8.5;
/** A city that is a region of its own (Bishkek, Osh) fills more of the screen than a town. */
const CITY_REGION_ZOOM = POINT_ZOOM + 1;

/**
 * Where to look for a chosen place in the scenario on screen (src/data/atlas-index.ts
 * placeExtent): a point's surroundings, an area's extent.
 *
 * @example
 *   focusFor(atlas, { kind: 'node', id: 'naryn' }, { ...nodes, moved: { naryn: [75.2, 41.1] } });
 *   // { center: [75.2, 41.1], zoom: 8.5 }
 */
export function focusFor(
  atlas: AtlasData,
  selection: Selection,
  nodes: Pick<ScenarioNodes, 'moved' | 'candidates'>,
): MapFocus | null {
  const extent = placeExtent(atlas, nodes, selection);
  if (!extent) return null;
  if ('bounds' in extent) return { bounds: extent.bounds };
  const areaAsPoint = selection.kind === 'region' || selection.kind === 'cluster';
  return { center: extent.point, zoom: areaAsPoint ? CITY_REGION_ZOOM : POINT_ZOOM };
}

/** Where to look for a feature of a user layer: a point's surroundings, a line's or area's extent. */
export function userFeatureFocus(feature: UserFeature): MapFocus {
  const { geometry } = feature;
  if (geometry.type === 'Point') {
    const [lon = 0, lat = 0] = geometry.coordinates;
    return { center: [lon, lat], zoom: POINT_ZOOM };
  }
  const [west, south, east, north] = turfBbox(geometry);
  return { bounds: [west, south, east, north] };
}
