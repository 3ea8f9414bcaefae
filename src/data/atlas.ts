// Validates the raw geodata files as one typed AtlasData and checks the references between them.
import type { z } from 'zod';
import { ATLAS_FILES } from './atlas-files';
import {
  borderLinesFile,
  clustersFile,
  countryFile,
  enclavesFile,
  foreignCitiesFile,
  growthNodesFile,
  indicatorsFile,
  lakesFile,
  logisticsCentresFile,
  neighbourNamesFile,
  neighboursFile,
  oblastsFile,
  regionsFile,
  riversFile,
  settlementsFile,
  tourFile,
  zonesFile,
} from './schema';

export { ATLAS_FILES };

export type AtlasFileKey = keyof typeof ATLAS_FILES;

export const ATLAS_FILE_KEYS = Object.keys(ATLAS_FILES) as AtlasFileKey[];

export const ATLAS_SCHEMAS = {
  country: countryFile,
  oblasts: oblastsFile,
  neighbours: neighboursFile,
  neighbourNames: neighbourNamesFile,
  borderLines: borderLinesFile,
  enclaves: enclavesFile,
  lakes: lakesFile,
  rivers: riversFile,
  settlements: settlementsFile,
  foreignCities: foreignCitiesFile,
  regions: regionsFile,
  indicators: indicatorsFile,
  growthNodes: growthNodesFile,
  logisticsCentres: logisticsCentresFile,
  clusters: clustersFile,
  zones: zonesFile,
  tour: tourFile,
} as const satisfies Record<AtlasFileKey, z.ZodType>;

/** All geodata, validated and cross-referenced. */
export type AtlasData = { [K in AtlasFileKey]: z.infer<(typeof ATLAS_SCHEMAS)[K]> };

/** Thrown by parseAtlasData; `problems` has one line per wrong record, each naming its file. */
class AtlasDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, 20);
    const more =
      problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`Invalid geodata:\n  ${shown.join('\n  ')}${more}`);
    this.name = 'AtlasDataError';
  }
}

/**
 * Validates every geodata file against its schema, then checks that the files agree with each
 * other (growth nodes, clusters, zones and logistics centres name existing regions and nodes;
 * each growth node has a settlement with its id; settlement and foreign city ids are unique;
 * each polygon region has exactly one oblast; every tour chapter highlights a feature that exists).
 * Throws an AtlasDataError naming the file and record at fault.
 *
 * @example
 *   const atlas = parseAtlasData(await readAllFiles());
 *   atlas.growthNodes.nodes.length; // 20
 */
export function parseAtlasData(files: Record<AtlasFileKey, unknown>): AtlasData {
  const problems: string[] = [];
  const parsed: Partial<Record<AtlasFileKey, unknown>> = {};
  for (const key of ATLAS_FILE_KEYS) {
    const result = ATLAS_SCHEMAS[key].safeParse(files[key]);
    if (result.success) {
      parsed[key] = result.data;
    } else {
      for (const issue of result.error.issues) {
        problems.push(
          `geodata/${ATLAS_FILES[key]} ${describePath(files[key], issue.path)}: ${issue.message}`,
        );
      }
    }
  }
  if (problems.length > 0) throw new AtlasDataError(problems);

  const atlas = parsed as AtlasData;
  problems.push(...crossReferenceProblems(atlas));
  if (problems.length > 0) throw new AtlasDataError(problems);
  return atlas;
}

function crossReferenceProblems(atlas: AtlasData): string[] {
  const problems: string[] = [];
  const at = (key: AtlasFileKey, where: string, message: string) =>
    problems.push(`geodata/${ATLAS_FILES[key]} ${where}: ${message}`);

  const regions = new Map(atlas.regions.regions.map((r) => [r.id, r]));
  const nodes = new Map(atlas.growthNodes.nodes.map((n) => [n.id, n]));
  const borderNeighbours = new Set(atlas.borderLines.features.map((f) => f.properties.neighbour));
  const regionIds = new Set<string>(regions.keys());
  const regionsFile = ATLAS_FILES.regions;
  const checkRegion = (key: AtlasFileKey, where: string, id: string) => {
    if (!regionIds.has(id)) at(key, where, `region "${id}" is not in ${regionsFile}`);
  };

  // Regions ↔ oblast polygons.
  atlas.regions.regions.forEach((region, i) => {
    const where = `regions[${i}] (id "${region.id}")`;
    const polygons = atlas.oblasts.features.filter((f) => f.properties.region === region.id);
    if (region.hasPolygon && polygons.length !== 1) {
      at(
        'regions',
        where,
        `expected 1 polygon in ${ATLAS_FILES.oblasts}, found ${polygons.length}`,
      );
    }
    if (!region.hasPolygon && polygons.length > 0) {
      at('regions', where, `has hasPolygon: false but ${ATLAS_FILES.oblasts} has a polygon for it`);
    }
    for (const polygon of polygons) {
      if (polygon.properties.iso_3166_2 !== region.iso_3166_2) {
        at(
          'oblasts',
          `feature (region "${region.id}")`,
          `iso_3166_2 "${polygon.properties.iso_3166_2}" differs from "${region.iso_3166_2}" in ${regionsFile}`,
        );
      }
    }
    if (region.enclosedBy !== undefined && !regions.get(region.enclosedBy)?.hasPolygon) {
      at('regions', where, `enclosedBy "${region.enclosedBy}" is not a region with a polygon`);
    }
  });

  // Every neighbour drawn has a name in every language.
  for (const f of atlas.neighbours.features) {
    if (atlas.neighbourNames.names[f.properties.iso] === undefined) {
      at('neighbourNames', 'names', `no name for the neighbour "${f.properties.iso}"`);
    }
  }

  // Foreign cities (Huff attractors) have unique ids.
  const foreignCityIds = new Set<string>();
  atlas.foreignCities.features.forEach((f, i) => {
    if (foreignCityIds.has(f.properties.id)) {
      at('foreignCities', `features[${i}] (id "${f.properties.id}")`, 'duplicate foreign city id');
    }
    foreignCityIds.add(f.properties.id);
  });

  // Growth nodes ↔ regions and settlements.
  const settlements = new Map<string, (typeof atlas.settlements.features)[number]>();
  atlas.settlements.features.forEach((f, i) => {
    if (settlements.has(f.properties.id)) {
      at('settlements', `features[${i}] (id "${f.properties.id}")`, 'duplicate settlement id');
    }
    settlements.set(f.properties.id, f);
  });
  atlas.growthNodes.nodes.forEach((node, i) => {
    const where = `nodes[${i}] (id "${node.id}")`;
    checkRegion('growthNodes', where, node.region);
    const settlement = settlements.get(node.id);
    if (settlement === undefined) {
      at('growthNodes', where, `no settlement with id "${node.id}" in ${ATLAS_FILES.settlements}`);
      return;
    }
    const region = regions.get(node.region);
    const sameRegion =
      settlement.properties.region === node.region ||
      settlement.properties.region === region?.enclosedBy;
    if (!sameRegion) {
      at(
        'settlements',
        `feature (id "${node.id}")`,
        `region "${settlement.properties.region}" differs from the growth node's region "${node.region}"`,
      );
    }
  });

  // Logistics centres ↔ growth nodes.
  atlas.logisticsCentres.centres.forEach((centre, i) => {
    const where = `centres[${i}] (id "${centre.id}")`;
    const node = nodes.get(centre.node);
    if (node === undefined) {
      at('logisticsCentres', where, `node "${centre.node}" is not a growth node`);
    }
    for (const id of centre.regionSections) checkRegion('logisticsCentres', where, id);
    if (node !== undefined && !centre.regionSections.includes(node.region)) {
      at(
        'logisticsCentres',
        where,
        `regionSections do not include the region "${node.region}" of node "${node.id}"`,
      );
    }
  });

  atlas.clusters.clusters.forEach((cluster, i) => {
    for (const id of cluster.regions) {
      checkRegion('clusters', `clusters[${i}] (id "${cluster.id}")`, id);
    }
  });

  // Zones ↔ regions and border lines.
  atlas.zones.influence.zones.forEach((zone, i) => {
    const where = `influence.zones[${i}] (id "${zone.id}")`;
    for (const id of zone.regions) checkRegion('zones', where, id);
    if (!borderNeighbours.has(zone.neighbour)) {
      at('zones', where, `no border line for "${zone.neighbour}" in ${ATLAS_FILES.borderLines}`);
    }
  });
  for (const id of atlas.zones.borderTerritories.priorityRegions) {
    checkRegion('zones', 'borderTerritories.priorityRegions', id);
  }

  atlas.indicators.table1.regions.forEach((row, i) => {
    checkRegion('indicators', `table1.regions[${i}]`, row.region);
  });
  atlas.indicators.facts.forEach((fact, i) => {
    for (const id of fact.regions ?? []) {
      checkRegion('indicators', `facts[${i}] (id "${fact.id}")`, id);
    }
  });

  // Tour chapters ↔ the features they highlight.
  const highlightable: Record<string, { ids: Set<string>; file: string }> = {
    region: { ids: regionIds, file: regionsFile },
    node: { ids: new Set(nodes.keys()), file: ATLAS_FILES.growthNodes },
    logistics: {
      ids: new Set(atlas.logisticsCentres.centres.map((c) => c.id)),
      file: ATLAS_FILES.logisticsCentres,
    },
    cluster: {
      ids: new Set(atlas.clusters.clusters.map((c) => c.id)),
      file: ATLAS_FILES.clusters,
    },
  };
  atlas.tour.chapters.forEach((chapter, i) => {
    const { highlight } = chapter;
    const known = highlight && highlightable[highlight.kind];
    if (highlight && known && !known.ids.has(highlight.id)) {
      at(
        'tour',
        `chapters[${i}] (id "${chapter.id}").highlight`,
        `${highlight.kind} "${highlight.id}" is not in ${known.file}`,
      );
    }
  });

  atlas.enclaves.features.forEach((f, i) => {
    if (!borderNeighbours.has(f.properties.neighbour)) {
      at(
        'enclaves',
        `features[${i}] (id "${f.properties.id}")`,
        `no border line for "${f.properties.neighbour}" in ${ATLAS_FILES.borderLines}`,
      );
    }
  });

  return problems;
}

/** Renders a zod issue path like `nodes[3] (id "balykchy").region`, naming records by their id. */
function describePath(raw: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = raw;
  let out = '';
  for (const key of path) {
    value =
      isRecord(value) || Array.isArray(value)
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === 'number') {
      out += `[${key}]`;
      const label = recordLabel(value);
      if (label !== undefined) out += ` (${label})`;
    } else {
      out += `${out === '' ? '' : '.'}${String(key)}`;
    }
  }
  return out === '' ? '(whole file)' : out;
}

function recordLabel(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const properties = isRecord(value.properties) ? value.properties : undefined;
  for (const [field, source] of [
    ['id', value],
    ['id', properties],
    ['region', value],
    ['region', properties],
    ['neighbour', properties],
    ['iso', properties],
  ] as const) {
    const label = source?.[field];
    if (typeof label === 'string' || typeof label === 'number') return `${field} "${label}"`;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
