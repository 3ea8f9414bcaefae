/**
 * One memoised index over the validated atlas: lookups by id, names in a language, where each
 * growth node is in a scenario, and the label anchor of every region. The atlas is immutable once
 * loaded, so every derived value is computed once per atlas (and once per scenario's nodes).
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { pick } from '../i18n/languages';
import type { Language } from '../vocabulary/languages';
import type { LonLat, ScenarioNodes } from '../vocabulary/scenario';
import type { Selection } from '../vocabulary/selection';
import type { AtlasData } from './atlas';

type Region = AtlasData['regions']['regions'][number];
type GrowthNode = AtlasData['growthNodes']['nodes'][number];
type Settlement = AtlasData['settlements']['features'][number];
type LogisticsCentre = AtlasData['logisticsCentres']['centres'][number];
type Cluster = AtlasData['clusters']['clusters'][number];
type Oblast = AtlasData['oblasts']['features'][number];
type ForeignCity = AtlasData['foreignCities']['features'][number];

/** Caches a derived value per atlas object. */
export function memoisedPerAtlas<T>(derive: (atlas: AtlasData) => T): (atlas: AtlasData) => T {
  const cache = new WeakMap<AtlasData, T>();
  return (atlas) => {
    const cached = cache.get(atlas);
    if (cached !== undefined) return cached;
    const value = derive(atlas);
    cache.set(atlas, value);
    return value;
  };
}

/** Every record of the atlas by its id. */
export const atlasIndex = memoisedPerAtlas((atlas) => ({
  regions: new Map<string, Region>(atlas.regions.regions.map((r) => [r.id, r])),
  growthNodes: new Map<string, GrowthNode>(atlas.growthNodes.nodes.map((n) => [n.id, n])),
  settlements: new Map<string, Settlement>(
    atlas.settlements.features.map((f) => [f.properties.id, f]),
  ),
  logisticsCentres: new Map<string, LogisticsCentre>(
    atlas.logisticsCentres.centres.map((c) => [c.id, c]),
  ),
  clusters: new Map<string, Cluster>(atlas.clusters.clusters.map((c) => [c.id, c])),
  foreignCities: new Map<string, ForeignCity>(
    atlas.foreignCities.features.map((f) => [f.properties.id, f]),
  ),
  /** The oblast polygon of a region; Osh city has none. */
  oblasts: new Map<string, Oblast>(atlas.oblasts.features.map((f) => [f.properties.region, f])),
}));

/**
 * A region's name in `lang` ('' for an unknown id).
 * @example regionName(atlas, 'issyk-kul', 'ru'); // 'Иссык-Кульская область'
 */
export function regionName(
  atlas: AtlasData,
  id: string | null | undefined,
  lang: Language,
): string {
  return id ? pick(atlasIndex(atlas).regions.get(id)?.name, lang) : '';
}

/**
 * The population of all listed settlements (GeoNames, SimpleMaps): what coverage figures count.
 * @example listedPopulation(atlas); // 3060071
 */
export const listedPopulation = memoisedPerAtlas((atlas) =>
  atlas.settlements.features.reduce((sum, f) => sum + (f.properties.population ?? 0), 0),
);

/**
 * A settlement's name in `lang`, or the Latin name of its source when that is all there is.
 * @example settlementName(atlas, 'toktogul', 'ky'); // 'Toktogul' (GeoNames gives no Kyrgyz name)
 */
function settlementName(atlas: AtlasData, id: string, lang: Language): string {
  const name = atlasIndex(atlas).settlements.get(id)?.properties.name;
  return name ? (name[lang] ?? name.en) : '';
}

/**
 * The name of any place the user can select, in `lang` ('' when the atlas has no such place).
 * @example placeName(atlas, { kind: 'logistics', id: 'balykchy-logistics' }, 'en');
 */
export function placeName(atlas: AtlasData, selection: Selection, lang: Language): string {
  const index = atlasIndex(atlas);
  switch (selection.kind) {
    case 'settlement':
      return settlementName(atlas, selection.id, lang);
    case 'region':
      return regionName(atlas, selection.id, lang);
    case 'node':
      return pick(index.growthNodes.get(selection.id)?.name, lang);
    case 'logistics':
      return pick(index.logisticsCentres.get(selection.id)?.name, lang);
    case 'cluster':
      return pick(index.clusters.get(selection.id)?.name, lang);
    case 'foreignCity': {
      const name = index.foreignCities.get(selection.id)?.properties.name;
      return name ? (name[lang] ?? name.en) : '';
    }
  }
}

/**
 * The name (CLDR, neighbour-names.json) of the country a foreign city lies in ('' if unknown).
 * @example foreignCityCountry(atlas, 'uz-tashkent', 'ru'); // 'Узбекистан'
 */
export function foreignCityCountry(atlas: AtlasData, id: string, lang: Language): string {
  const iso = atlasIndex(atlas).foreignCities.get(id)?.properties.country;
  return iso ? pick(atlas.neighbourNames.names[iso], lang) : '';
}

/** Coordinates of each of the Concept's growth nodes, taken from its settlement (same id). */
export const growthNodePositions = memoisedPerAtlas((atlas): ReadonlyMap<string, LonLat> => {
  const { settlements } = atlasIndex(atlas);
  const positions = new Map<string, LonLat>();
  for (const node of atlas.growthNodes.nodes) {
    const settlement = settlements.get(node.id);
    const [lon, lat] = settlement?.geometry.coordinates ?? [];
    if (lon !== undefined && lat !== undefined) positions.set(node.id, [lon, lat]);
  }
  return positions;
});

const scenarioPositions = new WeakMap<AtlasData, WeakMap<object, ReadonlyMap<string, LonLat>>>();

/**
 * Where every growth node of a scenario is: the Concept's at their settlement unless the planner
 * moved them, and the planner's candidates. Removed nodes keep their position (they are drawn
 * hollow and can be restored). Memoised per atlas and per `nodes` object.
 *
 * @example
 *   scenarioNodePositions(atlas, scenario.nodes).get('naryn'); // [75.99, 41.43], or where it was moved
 */
export function scenarioNodePositions(
  atlas: AtlasData,
  nodes: Pick<ScenarioNodes, 'moved' | 'candidates'>,
): ReadonlyMap<string, LonLat> {
  let perNodes = scenarioPositions.get(atlas);
  if (!perNodes) {
    perNodes = new WeakMap();
    scenarioPositions.set(atlas, perNodes);
  }
  const cached = perNodes.get(nodes);
  if (cached) return cached;
  const positions = new Map(growthNodePositions(atlas));
  for (const [id, position] of Object.entries(nodes.moved)) {
    if (positions.has(id)) positions.set(id, position);
  }
  for (const candidate of nodes.candidates) positions.set(candidate.id, candidate.position);
  perNodes.set(nodes, positions);
  return positions;
}

function polygonOf(coordinates: Position[][]): Feature<Polygon> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
}

/**
 * The label point of an area: the pole of inaccessibility of its largest part, so a country's
 * name never lands on an enclave and a region's name sits well inside it.
 */
export function areaLabelPoint(geometry: Polygon | MultiPolygon): Position {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((best, polygon) =>
    area(polygonOf(polygon)) > area(polygonOf(best)) ? polygon : best,
  );
  const [lon, lat] = polylabel(largest, 0.01);
  return [lon ?? 0, lat ?? 0];
}

/**
 * Where a region's name and cluster badges sit: the label point of its oblast polygon, or, for a
 * city without a polygon (Osh), the position of its growth node.
 */
export const regionAnchors = memoisedPerAtlas((atlas): ReadonlyMap<string, Position> => {
  const anchors = new Map<string, Position>();
  for (const oblast of atlas.oblasts.features) {
    anchors.set(oblast.properties.region, areaLabelPoint(oblast.geometry));
  }
  const nodePositions = growthNodePositions(atlas);
  for (const region of atlas.regions.regions) {
    if (region.kind !== 'city') continue;
    const node = atlas.growthNodes.nodes.find((candidate) => candidate.region === region.id);
    const position = node ? nodePositions.get(node.id) : undefined;
    if (position) anchors.set(region.id, position);
  }
  return anchors;
});

/** Where a place is: a point, or the [west, south, east, north] extent of an area. */
/** A listed settlement's point; null when the atlas does not list it. */
export function settlementPosition(atlas: AtlasData, id: string): LonLat | null {
  const [lon, lat] = atlasIndex(atlas).settlements.get(id)?.geometry.coordinates ?? [];
  return lon === undefined || lat === undefined ? null : [lon, lat];
}

export type PlaceExtent = { point: LonLat } | { bounds: [number, number, number, number] };

/**
 * Where a selectable place is in a scenario: a growth node (a candidate too) where the planner put
 * it, a logistics centre at its node, a settlement at its point, a region by its polygon's extent
 * (a city without one at its anchor), a cluster by the extent of its regions. Null when unknown.
 *
 * @example
 *   placeExtent(atlas, scenario.nodes, { kind: 'region', id: 'talas' }); // { bounds: [70.9, 41.7, 73.6, 42.9] }
 */
export function placeExtent(
  atlas: AtlasData,
  nodes: Pick<ScenarioNodes, 'moved' | 'candidates'>,
  selection: Selection,
): PlaceExtent | null {
  const index = atlasIndex(atlas);
  const at = (position: Position | undefined): PlaceExtent | null => {
    const [lon, lat] = position ?? [];
    return lon === undefined || lat === undefined ? null : { point: [lon, lat] };
  };
  switch (selection.kind) {
    case 'node':
      return at(scenarioNodePositions(atlas, nodes).get(selection.id));
    case 'logistics': {
      const centre = index.logisticsCentres.get(selection.id);
      return centre ? at(scenarioNodePositions(atlas, nodes).get(centre.node)) : null;
    }
    case 'settlement': {
      const point = settlementPosition(atlas, selection.id);
      return point ? { point } : null;
    }
    case 'foreignCity':
      return at(index.foreignCities.get(selection.id)?.geometry.coordinates);
    case 'region':
      return regionsExtent(atlas, [selection.id]);
    case 'cluster':
      return regionsExtent(atlas, index.clusters.get(selection.id)?.regions ?? []);
  }
}

/** The extent of regions' polygons and of the anchors of those without one; one anchor is a point. */
function regionsExtent(atlas: AtlasData, regions: readonly string[]): PlaceExtent | null {
  const { oblasts } = atlasIndex(atlas);
  const anchors = regionAnchors(atlas);
  const positions = regions.flatMap((id) => {
    const oblast = oblasts.get(id);
    if (oblast) {
      const [west, south, east, north] = bbox(oblast);
      return [
        [west, south],
        [east, north],
      ];
    }
    const anchor = anchors.get(id);
    return anchor ? [anchor] : [];
  });
  if (positions.length === 0) return null;
  if (positions.length === 1) {
    const [lon = 0, lat = 0] = positions[0] ?? [];
    return { point: [lon, lat] };
  }
  const lons = positions.map((p) => p[0] ?? 0);
  const lats = positions.map((p) => p[1] ?? 0);
  return { bounds: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
}
