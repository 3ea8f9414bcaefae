/**
 * The analysis result as GeoPackage layers (EPSG:4326, typed fields): catchments, uncovered
 * territory, overlaps, zones, border band, the growth nodes and the settlements with what covers
 * them. The app's export and the CLI both write these; names are in `language`.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { placeName, regionName } from '../data/atlas-index';
import { formatDistance } from '../i18n/format';
import { translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
import type { GpkgFieldType, GpkgLayer, GpkgValue } from '../user-data/geopackage/write-geopackage';
import type { Language } from '../vocabulary/languages';
import type { nodeLabels } from './analysis-export';

type Label = ReturnType<typeof nodeLabels>;
type Row = Record<string, GpkgValue>;

/** A MULTIPOLYGON column takes only multipolygons: a polygon becomes a one-part multipolygon. */
const multi = (geometry: Polygon | MultiPolygon): MultiPolygon =>
  geometry.type === 'Polygon'
    ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] }
    : geometry;

function layer(
  name: string,
  title: string,
  description: string,
  geometryType: GpkgLayer['geometryType'],
  fields: Record<string, GpkgFieldType>,
  features: { geometry: Geometry; properties: Row }[],
): GpkgLayer {
  return {
    name,
    title,
    description,
    geometryType,
    fields: Object.entries(fields).map(([field, type]) => ({ name: field, type })),
    features,
  };
}

/**
 * One layer per part of the analysis, in drawing order (areas first, points last).
 * @example analysisGeoPackageLayers(result, nodeLabels(atlas.growthNodes.nodes, nodes, 'en'), atlas, 'en')
 *   .map((l) => l.name); // ['catchments', 'uncovered', 'overlaps', 'zones', 'border_band', 'growth_nodes', 'settlements']
 */
export function analysisGeoPackageLayers(
  result: AnalysisResult,
  label: Label,
  atlas: AtlasData,
  language: Language,
): GpkgLayer[] {
  const t = translator(language);
  const { method, radiusKm } = result.params;
  const methodName = t(`analysis:method.${method}`);
  const run =
    method === 'nearest' ? methodName : `${methodName}, ${formatDistance(language, radiusKm)}`;
  const zoneName = (neighbour: string) =>
    pick(atlas.zones.influence.zones.find((z) => z.neighbour === neighbour)?.name, language) ||
    neighbour;
  const list = (ids: readonly string[]) => ids.join(', ');
  return [
    layer(
      'catchments',
      t('export:gpkg.catchments'),
      t('export:gpkg.catchments.about', { run }),
      'MULTIPOLYGON',
      {
        node: 'TEXT',
        name: 'TEXT',
        candidate: 'BOOLEAN',
        stage: 'INTEGER',
        method: 'TEXT',
        area_km2: 'REAL',
        share_of_country: 'REAL',
        settlements: 'INTEGER',
        population: 'INTEGER',
      },
      result.catchments.features.map(({ geometry, properties: p }) => ({
        geometry: multi(geometry),
        properties: {
          node: p.node,
          name: label(p.node).name,
          candidate: label(p.node).candidate,
          stage: label(p.node).stage,
          method: p.method,
          area_km2: p.areaKm2,
          share_of_country: p.shareOfCountry,
          settlements: p.settlements,
          population: p.population,
        },
      })),
    ),
    layer(
      'uncovered',
      t('export:gpkg.uncovered'),
      t('export:gpkg.uncovered.about', { run }),
      'MULTIPOLYGON',
      { nearest_node: 'TEXT', nearest_node_name: 'TEXT', area_km2: 'REAL' },
      result.uncovered.features.map(({ geometry, properties: p }) => ({
        geometry: multi(geometry),
        properties: {
          nearest_node: p.nearestNode,
          nearest_node_name: p.nearestNode === null ? null : label(p.nearestNode).name,
          area_km2: p.areaKm2,
        },
      })),
    ),
    layer(
      'overlaps',
      t('export:gpkg.overlaps'),
      t('export:gpkg.overlaps.about'),
      'MULTIPOLYGON',
      { node_a: 'TEXT', node_b: 'TEXT', area_km2: 'REAL' },
      result.overlaps.features.map(({ geometry, properties: p }) => ({
        geometry: multi(geometry),
        properties: { node_a: p.nodes[0], node_b: p.nodes[1], area_km2: p.areaKm2 },
      })),
    ),
    layer(
      'zones',
      t('export:gpkg.zones'),
      t('export:gpkg.zones.about'),
      'MULTIPOLYGON',
      {
        zone: 'TEXT',
        neighbour: 'TEXT',
        name: 'TEXT',
        depth_km: 'REAL',
        regions: 'TEXT',
        area_km2: 'REAL',
        settlements: 'INTEGER',
        population: 'INTEGER',
        growth_nodes: 'TEXT',
      },
      result.zones.features.map(({ geometry, properties: p }) => ({
        geometry: multi(geometry),
        properties: {
          zone: p.zone,
          neighbour: p.neighbour,
          name: zoneName(p.neighbour),
          depth_km: p.depthKm,
          regions: list(p.regions),
          area_km2: p.areaKm2,
          settlements: p.settlements,
          population: p.population,
          growth_nodes: list(p.growthNodes),
        },
      })),
    ),
    layer(
      'border_band',
      t('export:gpkg.band'),
      t('export:gpkg.band.about'),
      'MULTIPOLYGON',
      {
        region: 'TEXT',
        name: 'TEXT',
        priority: 'BOOLEAN',
        depth_km: 'REAL',
        area_km2: 'REAL',
        share_of_region: 'REAL',
        settlements: 'INTEGER',
        population: 'INTEGER',
      },
      result.borderBand.features.map(({ geometry, properties: p }) => ({
        geometry: multi(geometry),
        properties: {
          region: p.region,
          name: regionName(atlas, p.region, language) || p.region,
          priority: p.priority,
          depth_km: p.depthKm,
          area_km2: p.areaKm2,
          share_of_region: p.shareOfRegion,
          settlements: p.settlements,
          population: p.population,
        },
      })),
    ),
    layer(
      'growth_nodes',
      t('export:gpkg.nodes'),
      t('export:gpkg.nodes.about'),
      'POINT',
      {
        node: 'TEXT',
        name: 'TEXT',
        candidate: 'BOOLEAN',
        stage: 'INTEGER',
        snapped: 'BOOLEAN',
        area_km2: 'REAL',
        settlements: 'INTEGER',
        population: 'INTEGER',
      },
      result.coverage.nodes.map((n) => ({
        geometry: { type: 'Point', coordinates: n.position },
        properties: {
          node: n.node,
          name: label(n.node).name,
          candidate: label(n.node).candidate,
          stage: label(n.node).stage,
          snapped: n.snapped,
          area_km2: n.areaKm2,
          settlements: n.settlements,
          population: n.population,
        },
      })),
    ),
    layer(
      'settlements',
      t('export:gpkg.settlements'),
      t('export:gpkg.settlements.about'),
      'POINT',
      {
        settlement: 'TEXT',
        name: 'TEXT',
        region: 'TEXT',
        population: 'INTEGER',
        covered: 'BOOLEAN',
        catchments: 'TEXT',
        catchment_count: 'INTEGER',
        zones: 'TEXT',
        border_band: 'BOOLEAN',
      },
      result.settlements.map((s) => ({
        geometry: { type: 'Point', coordinates: s.coordinates },
        properties: {
          settlement: s.id,
          name: placeName(atlas, { kind: 'settlement', id: s.id }, language) || s.id,
          region: s.region,
          population: s.population,
          covered: s.catchments.length > 0,
          catchments: list(s.catchments),
          catchment_count: s.catchments.length,
          zones: list(s.zones),
          border_band: s.borderBand,
        },
      })),
    ),
  ];
}
