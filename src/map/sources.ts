/**
 * Turns the validated atlas into the GeoJSON each map source draws: names flattened into
 * `name_ky/ru/en` for label expressions, growth nodes placed at their settlements, cluster badges
 * anchored in the regions the Concept names.
 */

import turfBbox from '@turf/bbox';
import bboxClip from '@turf/bbox-clip';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';

import type { ScenarioComparison } from '../analysis/coverage-change';
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import {
  areaLabelPoint,
  atlasIndex,
  growthNodePositions,
  regionAnchors,
  scenarioNodePositions,
} from '../data/atlas-index';
import type { LocalizedText, RegionId } from '../data/schema';
import { formatArea } from '../i18n/format';
import { translator } from '../i18n/i18n';
import type { Choropleth } from '../investor/choropleth';
import type { FinderMatch } from '../investor/finder';
import { formatMeasure } from '../investor/indicator-measures';
import { REGION_IDS } from '../vocabulary/ids';
import type { Language } from '../vocabulary/languages';
import type { ScenarioNodes } from '../vocabulary/scenario';
import { clusterIconId } from './icons';
import type { SourceId } from './layers/common';
import { regionTints } from './palette';
import { planningSources } from './planning-sources';
import type { MapSources, SourceAttributions } from './style';

const EMPTY_NODES: ScenarioNodes = { moved: {}, removed: [], stages: {}, candidates: [] };

type NameProps = { name_en: string; name_ru: string | null; name_ky: string | null };

function names(
  text: LocalizedText | { en: string; ru: string | null; ky: string | null },
): NameProps {
  return { name_en: text.en, name_ru: text.ru, name_ky: text.ky };
}

/** A neighbour's CLDR names as label fields (none for a country the names file lacks). */
function neighbourNameProps(atlas: AtlasData, iso: string): Partial<NameProps> {
  const text = atlas.neighbourNames.names[iso];
  return text ? names(text) : {};
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

function pointFeature(coordinates: Position, properties: Record<string, unknown>): Feature<Point> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates }, properties };
}

/** Settlement size class for symbol size: unknown population draws as the smallest. */
export function sizeRank(population: number | null): number {
  if (population === null) return 0;
  if (population >= 200_000) return 3;
  if (population >= 50_000) return 2;
  if (population >= 20_000) return 1;
  return 0;
}

/** Neighbours are named where they meet Kyrgyzstan: each is clipped to the country's surroundings. */
function neighbourLabelPoints(atlas: AtlasData): Feature[] {
  const [west, south, east, north] = turfBbox(atlas.country);
  const margin = 0.6;
  const surroundings: [number, number, number, number] = [
    west - margin,
    south - margin,
    east + margin,
    north + margin,
  ];
  return atlas.neighbours.features.flatMap((f) => {
    const clipped = bboxClip(f, surroundings).geometry;
    const parts =
      clipped.type === 'MultiPolygon' ? clipped.coordinates : [clipped.coordinates as Position[][]];
    const nonEmpty = parts.filter((polygon) => (polygon[0]?.length ?? 0) >= 4);
    if (nonEmpty.length === 0) return [];
    return [
      pointFeature(areaLabelPoint({ type: 'MultiPolygon', coordinates: nonEmpty }), {
        iso: f.properties.iso,
        ...neighbourNameProps(atlas, f.properties.iso),
      }),
    ];
  });
}

/**
 * The neighbours' outlines without the straight edges where the data was clipped to the view
 * box, so the end of the data never shows as a line across the map.
 */
export function neighbourOutlines(neighbours: AtlasData['neighbours']): Feature[] {
  const [west, south, east, north] = turfBbox(neighbours);
  const onBoxEdge = (a: Position, b: Position) =>
    (a[0] === b[0] && (a[0] === west || a[0] === east)) ||
    (a[1] === b[1] && (a[1] === south || a[1] === north));
  const lines: Position[][] = [];
  for (const feature of neighbours.features) {
    const geometry = feature.geometry;
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const ring of polygons.flat()) {
      let current: Position[] = [];
      ring.forEach((point, index) => {
        const previous = ring[index - 1];
        if (previous && onBoxEdge(previous, point)) {
          if (current.length > 1) lines.push(current);
          current = [];
        }
        current.push(point);
      });
      if (current.length > 1) lines.push(current);
    }
  }
  return [
    { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: lines } },
  ];
}

/** Badges in a region form a centred row below its name; in a city, above the node's dot. */
function clusterFeatures(atlas: AtlasData, anchors: ReadonlyMap<string, Position>): Feature[] {
  const perRegion = new Map<RegionId, string[]>();
  for (const cluster of atlas.clusters.clusters) {
    for (const region of cluster.regions) {
      perRegion.set(region, [...(perRegion.get(region) ?? []), cluster.id]);
    }
  }
  const kindOf = new Map(atlas.regions.regions.map((region) => [region.id, region.kind]));
  const features: Feature[] = [];
  for (const [region, clusterIds] of perRegion) {
    const anchor = anchors.get(region);
    if (!anchor) continue;
    const rowY = kindOf.get(region) === 'city' ? -26 : 24;
    clusterIds.forEach((cluster, slot) => {
      const dx = (slot - (clusterIds.length - 1) / 2) * 29;
      const name = atlasIndex(atlas).clusters.get(cluster)?.name;
      features.push(
        pointFeature(anchor, {
          id: `${cluster}:${region}`,
          cluster,
          region,
          icon: clusterIconId(cluster),
          iconOffset: [dx, rowY],
          ...(name ? names(name) : {}),
        }),
      );
    });
  }
  return features;
}

/**
 * Every map source for the Concept as it stands (no scenario edits, no result, no choropleth).
 *
 * @example
 *   buildMapSources(atlas)['growth-nodes'].features.length; // 20
 */
export function buildMapSources(atlas: AtlasData): MapSources {
  const anchors = regionAnchors(atlas);
  const nodeIds = new Set<string>(atlas.growthNodes.nodes.map((node) => node.id));
  const sources: Record<SourceId, FeatureCollection> = {
    neighbours: collection(
      atlas.neighbours.features.map((f) => ({
        ...f,
        properties: { iso: f.properties.iso, ...neighbourNameProps(atlas, f.properties.iso) },
      })),
    ),
    'neighbour-labels': collection(neighbourLabelPoints(atlas)),
    'neighbour-outlines': collection(neighbourOutlines(atlas.neighbours)),
    country: collection(atlas.country.features),
    oblasts: collection(
      atlas.oblasts.features.map((f) => {
        const region = f.properties.region;
        const name = atlasIndex(atlas).regions.get(region)?.name;
        return {
          ...f,
          properties: {
            id: region,
            tint: regionTints[REGION_IDS.indexOf(region)] ?? '#ddd',
            ...(name ? names(name) : {}),
          },
        };
      }),
    ),
    'region-labels': collection(
      atlas.regions.regions
        .filter((region) => region.kind === 'oblast')
        .flatMap((region) => {
          const anchor = anchors.get(region.id);
          return anchor ? [pointFeature(anchor, { id: region.id, ...names(region.name) })] : [];
        }),
    ),
    'city-regions': collection(
      atlas.regions.regions
        .filter((region) => !region.hasPolygon)
        .flatMap((region) => {
          const anchor = anchors.get(region.id);
          return anchor ? [pointFeature(anchor, { id: region.id, ...names(region.name) })] : [];
        }),
    ),
    lakes: collection(
      atlas.lakes.features.map((f) => ({
        ...f,
        properties: { id: f.properties.id, ...(f.properties.name ? names(f.properties.name) : {}) },
      })),
    ),
    rivers: collection(
      atlas.rivers.features.map((f) => ({
        ...f,
        properties: { id: f.properties.id, ...(f.properties.name ? names(f.properties.name) : {}) },
      })),
    ),
    settlements: collection(
      atlas.settlements.features.map((f) => ({
        ...f,
        properties: {
          id: f.properties.id,
          ...names(f.properties.name),
          population: f.properties.population,
          sizeRank: sizeRank(f.properties.population),
          isGrowthNode: nodeIds.has(f.properties.id),
        },
      })),
    ),
    'neighbour-cities': collection(
      atlas.foreignCities.features.map((f) => ({
        ...f,
        properties: {
          id: f.properties.id,
          ...names(f.properties.name),
          population: f.properties.population,
        },
      })),
    ),
    'growth-nodes': growthNodeSource(atlas, EMPTY_NODES, null),
    logistics: logisticsSource(atlas, growthNodePositions(atlas)),
    clusters: collection(clusterFeatures(atlas, anchors)),
    ...analysisSources(null, 'en'),
    ...indicatorSources(atlas, null, 'en'),
    ...finderSources(atlas, null),
    ...planningSources(atlas, null),
  };
  return sources;
}

/**
 * The logistics centres, each at its growth node's position in `nodePositions` (so a centre
 * follows a node the planner moved).
 *
 * @example
 *   logisticsSource(atlas, scenarioNodePositions(atlas, nodes)).features.length; // 3
 */
export function logisticsSource(
  atlas: AtlasData,
  nodePositions: ReadonlyMap<string, Position>,
): FeatureCollection {
  return collection(
    atlas.logisticsCentres.centres.flatMap((centre) => {
      const position = nodePositions.get(centre.node);
      return position
        ? [
            pointFeature(position, {
              id: centre.id,
              multimodal: centre.kind === 'multimodal',
              ...names(centre.name),
            }),
          ]
        : [];
    }),
  );
}

/**
 * The analysis's cross-border zones with each zone's `status` in the Concept (§5.4, from
 * zones.json): 'zone' for the three it names, 'take-into-account' for China's neighbourhood.
 *
 * @example
 *   zoneSource(atlas, result.zones).features.find((f) => f.properties?.neighbour === 'CN')
 *     ?.properties?.status; // 'take-into-account'
 */
export function zoneSource(atlas: AtlasData, zones: FeatureCollection): FeatureCollection {
  const status = new Map(
    atlas.zones.influence.zones.map((zone) => [zone.neighbour as string, zone.status]),
  );
  return collection(
    zones.features.map((feature) => ({
      ...feature,
      properties: {
        ...feature.properties,
        status: status.get(String(feature.properties?.neighbour)) ?? 'zone',
      },
    })),
  );
}

/**
 * The indicator choropleth as map sources (empty when none is shown): oblast polygons with their
 * class colour, and one point per region with its value as a label; a region without a polygon
 * (Osh city) gets a circle whose area is proportional to its value.
 */
export function indicatorSources(
  atlas: AtlasData,
  choropleth: Choropleth | null,
  lang: Language,
): Record<'indicator-regions' | 'indicator-points', FeatureCollection> {
  if (!choropleth) {
    return { 'indicator-regions': collection([]), 'indicator-points': collection([]) };
  }
  const byRegion = new Map(choropleth.regions.map((entry) => [entry.region, entry]));
  const largest = Math.max(...choropleth.regions.map((entry) => Math.abs(entry.value)), 0);
  const anchors = regionAnchors(atlas);
  const withPolygon = new Set(atlas.oblasts.features.map((f) => f.properties.region));
  return {
    'indicator-regions': collection(
      atlas.oblasts.features.flatMap((f) => {
        const entry = byRegion.get(f.properties.region);
        return entry ? [{ ...f, properties: { id: entry.region, colour: entry.colour } }] : [];
      }),
    ),
    'indicator-points': collection(
      choropleth.regions.flatMap((entry) => {
        const anchor = anchors.get(entry.region);
        if (!anchor) return [];
        const radius = withPolygon.has(entry.region)
          ? 0
          : Math.max(
              PROPORTIONAL_MIN_RADIUS,
              PROPORTIONAL_MAX_RADIUS * Math.sqrt(Math.abs(entry.value) / (largest || 1)),
            );
        return [
          pointFeature(anchor, {
            id: entry.region,
            colour: entry.colour,
            radius,
            label: formatMeasure(choropleth.view.measure, entry.value, lang),
          }),
        ];
      }),
    ),
  };
}

/**
 * The finder's matches as map sources (empty when no filter is set): matching nodes at their
 * scenario position, matching regions as their polygon (Osh city, which has none, as a point).
 */
export function finderSources(
  atlas: AtlasData,
  matches: readonly FinderMatch[] | null,
): Record<'finder-nodes' | 'finder-regions', FeatureCollection> {
  const points: Feature[] = [];
  const areas: Feature[] = [];
  for (const match of matches ?? []) {
    const oblast =
      match.kind === 'region'
        ? atlas.oblasts.features.find((f) => f.properties.region === match.id)
        : undefined;
    if (oblast) areas.push({ ...oblast, properties: { id: match.id } });
    else if (match.position) points.push(pointFeature(match.position, { id: match.id }));
  }
  return { 'finder-nodes': collection(points), 'finder-regions': collection(areas) };
}

/** Pixels of the proportional circle for the largest value of the measure. */
const PROPORTIONAL_MAX_RADIUS = 34;
/** Smaller circles would hide under the growth node's own marker; the legend says so. */
const PROPORTIONAL_MIN_RADIUS = 16;

type AnalysisSourceId =
  | 'analysis-compared-catchments'
  | 'analysis-gained'
  | 'analysis-lost'
  | 'analysis-catchments'
  | 'analysis-catchment-labels'
  | 'analysis-overlaps'
  | 'analysis-uncovered'
  | 'analysis-zones'
  | 'analysis-band';

/**
 * The analysis result as map sources (empty before the first run). Catchment labels sit at each
 * node's position with its catchment area, formatted for `lang`.
 */
export function analysisSources(
  result: AnalysisResult | null,
  lang: Language,
  compared: ScenarioComparison | null = null,
): Record<AnalysisSourceId, FeatureCollection> {
  return {
    'analysis-catchments': result?.catchments ?? collection([]),
    'analysis-compared-catchments': compared?.b.catchments ?? collection([]),
    'analysis-gained': compared?.gained ?? collection([]),
    'analysis-lost': compared?.lost ?? collection([]),
    'analysis-catchment-labels': collection(
      (result?.coverage.nodes ?? []).map((node) =>
        pointFeature(node.position, {
          id: node.node,
          areaLabel: formatArea(lang, node.areaKm2),
        }),
      ),
    ),
    'analysis-overlaps': result?.overlaps ?? collection([]),
    'analysis-uncovered': result?.uncovered ?? collection([]),
    'analysis-zones': result?.zones ?? collection([]),
    'analysis-band': result?.borderBand ?? collection([]),
  };
}

/**
 * The scenario's growth nodes: the Concept's at their settlement or moved position (removed ones
 * kept as hollow markers so they can be restored), the planner's candidates, each with its stage;
 * a node being dragged is drawn where the pointer is.
 */
export function growthNodeSource(
  atlas: AtlasData,
  nodes: ScenarioNodes,
  dragged: { id: string; position: Position } | null,
): FeatureCollection {
  const positions = scenarioNodePositions(atlas, nodes);
  const removed = new Set(nodes.removed);
  const at = (id: string) => (dragged?.id === id ? dragged.position : positions.get(id));
  const concept = atlas.growthNodes.nodes.flatMap((node) => {
    const position = at(node.id);
    return position
      ? [
          pointFeature(position, {
            id: node.id,
            ownProgramme: node.ownProgramme,
            candidate: false,
            removed: removed.has(node.id),
            stage: nodes.stages[node.id] ?? 0,
            ...names(node.name),
          }),
        ]
      : [];
  });
  const candidates = nodes.candidates.map((candidate) =>
    pointFeature(at(candidate.id) ?? candidate.position, {
      id: candidate.id,
      ownProgramme: false,
      candidate: true,
      removed: false,
      stage: nodes.stages[candidate.id] ?? 0,
      // A planner's name is the same in every language.
      name_en: candidate.name,
      name_ru: candidate.name,
      name_ky: candidate.name,
    }),
  );
  return collection([...concept, ...candidates]);
}

/**
 * The attribution each source shows in the map's attribution control, worded in `lang` (licence
 * names stay as their licensors write them). The online basemap's sources are included, so that
 * the controller can word them when they are added.
 *
 * @example
 *   sourceAttributions('ru').oblasts; // 'Границы: Natural Earth (общественное достояние)'
 */
export function sourceAttributions(lang: Language): SourceAttributions & Record<string, string> {
  // Asked for on every store change (the map binding's sync): worded once per language.
  const cached = attributionsByLanguage.get(lang);
  if (cached) return cached;
  const worded = wordAttributions(lang);
  attributionsByLanguage.set(lang, worded);
  return worded;
}

const attributionsByLanguage = new Map<Language, SourceAttributions & Record<string, string>>();

/** MapLibre's own UI strings that the atlas shows (its controls and scale), by MapLibre's ids. */
export type MapControlTexts = Readonly<
  Partial<Record<Parameters<MapLibreMap['_getUIString']>[0], string>>
>;

/**
 * The texts of the map's own controls in `lang`: the zoom buttons' names, the credits' toggle,
 * the map's accessible name and the scale's units. Worded once per language.
 *
 * @example
 *   mapControlTexts('ky')['ScaleControl.Kilometers']; // 'км'
 */
export function mapControlTexts(lang: Language): MapControlTexts {
  const cached = controlTextsByLanguage.get(lang);
  if (cached) return cached;
  const t = translator(lang);
  const worded = {
    'Map.Title': t('layers:control.map'),
    'NavigationControl.ZoomIn': t('layers:control.zoomIn'),
    'NavigationControl.ZoomOut': t('layers:control.zoomOut'),
    'AttributionControl.ToggleAttribution': t('layers:control.toggleCredits'),
    'ScaleControl.Kilometers': t('units:km'),
    'ScaleControl.Meters': t('units:m'),
  };
  controlTextsByLanguage.set(lang, worded);
  return worded;
}

const controlTextsByLanguage = new Map<Language, MapControlTexts>();

function wordAttributions(lang: Language): SourceAttributions & Record<string, string> {
  const t = translator(lang);
  const boundaries = t('layers:credit.boundaries');
  const water = t('layers:credit.water');
  return {
    country: boundaries,
    oblasts: boundaries,
    neighbours: boundaries,
    settlements: t('layers:credit.settlements'),
    'neighbour-cities': t('layers:credit.settlements'),
    'planning-attractors': t('layers:credit.settlements'),
    lakes: water,
    rivers: water,
    'growth-nodes': t('layers:credit.concept'),
    'online-osm': t('layers:credit.onlineBasemap'),
    'online-terrain': t('layers:credit.terrain'),
  };
}
