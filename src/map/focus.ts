/** Where the camera goes for a place chosen in a list or the search: its surroundings or its extent. */
import bbox from '@turf/bbox';
import type { AtlasData } from '../data/atlas';
import { atlasIndex, regionAnchors, scenarioNodePositions } from '../data/atlas-index';
import type { ScenarioNodes } from '../vocabulary/scenario';
import type { Selection } from '../vocabulary/selection';
import type { MapFocus } from './map-controller';

const POINT_ZOOM = 8.5;

/**
 * Where to look for a chosen place in the scenario on screen: a growth node (a candidate too)
 * where the planner put it, a logistics centre at its node, a region or cluster by its extent.
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
  const positions = scenarioNodePositions(atlas, nodes);
  const handlers: Record<Selection['kind'], () => MapFocus | null> = {
    node: () => {
      const position = positions.get(selection.id);
      return position ? { center: [position[0], position[1]], zoom: POINT_ZOOM } : null;
    },
    logistics: () => {
      const centre = atlasIndex(atlas).logisticsCentres.get(selection.id);
      const position = centre ? positions.get(centre.node) : undefined;
      return position ? { center: [position[0], position[1]], zoom: POINT_ZOOM } : null;
    },
    region: () => {
      const oblast = atlas.oblasts.features.find((f) => f.properties.region === selection.id);
      if (oblast) {
        const [west, south, east, north] = bbox(oblast);
        return { bounds: [west, south, east, north] };
      }
      const anchor = regionAnchors(atlas).get(selection.id);
      return anchor ? { center: [anchor[0] ?? 0, anchor[1] ?? 0], zoom: POINT_ZOOM + 1 } : null;
    },
    settlement: () => {
      const settlement = atlas.settlements.features.find((f) => f.properties.id === selection.id);
      return settlement ? { center: settlement.geometry.coordinates, zoom: POINT_ZOOM } : null;
    },
    cluster: () => {
      const cluster = atlas.clusters.clusters.find((c) => c.id === selection.id);
      const regions = new Set<string>(cluster?.regions ?? []);
      const features = atlas.oblasts.features.filter((f) => regions.has(f.properties.region));
      const anchors = regionAnchors(atlas);
      const points = [...regions].flatMap((id) => {
        const anchor = anchors.get(id);
        return anchor ? [anchor] : [];
      });
      if (features.length === 0 && points.length === 0) return null;
      const [west, south, east, north] = bbox({
        type: 'FeatureCollection',
        features: [
          ...features,
          ...points.map((coordinates) => ({
            type: 'Feature' as const,
            properties: {},
            geometry: { type: 'Point' as const, coordinates },
          })),
        ],
      });
      return { bounds: [west, south, east, north] };
    },
  };
  return handlers[selection.kind]();
}
