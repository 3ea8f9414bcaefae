/** The analysis result as files: the per-node catchment table (CSV) and its polygons (GeoJSON). */
import type { Feature, Geometry } from 'geojson';
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { regionName } from '../data/atlas-index';
import { translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
import type { Language, Localized } from '../vocabulary/languages';
import type { ScenarioNodes } from '../vocabulary/scenario';
import { csvText } from './csv';
import { featureCollectionText } from './geojson-file';

type Named = { id: string; name: Partial<Localized> };

/** What the files say about a node besides its numbers. */
type NodeLabel = { name: string; candidate: boolean; stage: number | null };

/**
 * Names of the scenario's nodes in `language`: Concept nodes from the atlas, candidates as the
 * planner typed them (plain text, never markup).
 */
export function nodeLabels(
  conceptNodes: readonly Named[],
  nodes: ScenarioNodes,
  language: Language,
): (id: string) => NodeLabel {
  const names = new Map<string, { name: string; candidate: boolean }>([
    ...conceptNodes.map(
      (node) => [node.id, { name: pick(node.name, language), candidate: false }] as const,
    ),
    ...nodes.candidates.map((node) => [node.id, { name: node.name, candidate: true }] as const),
  ]);
  return (id) => ({
    name: names.get(id)?.name ?? id,
    candidate: names.get(id)?.candidate ?? false,
    stage: nodes.stages[id] ?? null,
  });
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * One row per node of the run: id, name, candidate, stage, method, area (km²), share of the
 * country (%), listed towns and their population inside the catchment, and the node's position.
 */
export function catchmentCsv(
  result: AnalysisResult,
  label: (id: string) => NodeLabel,
  language: Language,
): string {
  const t = translator(language);
  const method = t(`analysis:method.${result.coverage.method}`);
  return csvText(result.coverage.nodes, [
    { header: t('export:col.node'), value: (row) => row.node },
    { header: t('analysis:col.name'), value: (row) => label(row.node).name },
    {
      header: t('export:col.candidate'),
      value: (row) => (label(row.node).candidate ? t('export:yes') : t('export:no')),
    },
    { header: t('planner:stage'), value: (row) => label(row.node).stage },
    { header: t('export:col.method'), value: () => method },
    { header: t('analysis:col.area'), value: (row) => round(row.areaKm2, 1) },
    { header: t('export:col.shareOfCountry'), value: (row) => round(row.shareOfCountry * 100, 2) },
    { header: t('analysis:col.settlements'), value: (row) => row.settlements },
    { header: t('export:col.population'), value: (row) => row.population },
    { header: t('export:col.longitude'), value: (row) => round(row.position[0], 6) },
    { header: t('export:col.latitude'), value: (row) => round(row.position[1], 6) },
  ]);
}

/**
 * The catchments, cross-border zones and border band as one FeatureCollection; `layer` says which
 * each feature is and `name` names it in `language` (the analysis's own properties are kept).
 */
export function analysisGeojson(
  result: AnalysisResult,
  label: (id: string) => NodeLabel,
  atlas: AtlasData,
  language: Language,
): string {
  const nameOfRegion = (id: string) => regionName(atlas, id, language) || id;
  const zoneName = (neighbour: string) =>
    pick(
      atlas.zones.influence.zones.find((zone) => zone.neighbour === neighbour)?.name,
      language,
    ) || neighbour;
  const features: Feature<Geometry>[] = [
    ...result.catchments.features.map((feature) => ({
      ...feature,
      properties: {
        layer: 'catchment',
        name: label(feature.properties.node).name,
        candidate: label(feature.properties.node).candidate,
        ...feature.properties,
      },
    })),
    ...result.zones.features.map((feature) => ({
      ...feature,
      properties: {
        layer: 'cross-border-zone',
        name: zoneName(feature.properties.neighbour),
        ...feature.properties,
      },
    })),
    ...result.borderBand.features.map((feature) => ({
      ...feature,
      properties: {
        layer: 'border-band',
        name: nameOfRegion(feature.properties.region),
        ...feature.properties,
      },
    })),
  ];
  return featureCollectionText(features);
}
