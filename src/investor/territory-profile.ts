/** A territory's profile for investors as plain data: the same facts feed the side sheet and the PDF. */
import bbox from '@turf/bbox';
import type { Position } from 'geojson';
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { scenarioNodePositions } from '../data/atlas-index';
import { numberLocale, pick } from '../i18n/languages';
import { fillTemplate, type MessageKey, translate } from '../i18n/messages';
import { INDICATOR_IDS, TABLE1_YEARS } from '../vocabulary/ids';
import type { Language } from '../vocabulary/languages';
import type { ScenarioAnalysis, ScenarioNodes, Stage } from '../vocabulary/scenario';
import {
  distancesToCentres,
  logisticsCentrePositions,
  regionDistancesToCentres,
} from './logistics-distance';

/** One fact of the profile: a heading, its source (§ of the Concept or a dataset) and its content. */
export type ProfileFact = {
  heading: string;
  source: string | null;
  /** Paragraphs or list items, plain text (never HTML). */
  lines: string[];
  /** A small table (e.g. Table 1 by year); every cell already formatted for the language. */
  table?: { columns: string[]; rows: string[][] };
};

export type TerritoryProfile = {
  /** "Region", "Growth node"… in the profile's language. */
  kindLabel: string;
  title: string;
  language: Language;
  /** [lon, lat] to centre a map of the territory on, or its [west, south, east, north] extent. */
  focus: { center: [number, number] } | { bounds: [number, number, number, number] } | null;
  facts: ProfileFact[];
};

/** What a profile reads besides the geodata: the scenario's nodes, parameters and analysis. */
export type ProfileContext = {
  atlas: AtlasData;
  lang: Language;
  /** Positions of the Concept's nodes in this scenario (see scenarioNodePositions). */
  nodePositions: ReadonlyMap<string, Position>;
  stages: Readonly<Record<string, Stage>>;
  analysis: ScenarioAnalysis;
  result: AnalysisResult | null;
};

type Territory = { kind: 'region' | 'node'; id: string };

/**
 * The context of a profile for a scenario's nodes and parameters and the analysis on screen.
 *
 * @example
 *   territoryProfile(profileContextOf(atlas, 'ru', scenario.nodes, scenario.analysis, result), t);
 */
export function profileContextOf(
  atlas: AtlasData,
  lang: Language,
  nodes: Pick<ScenarioNodes, 'moved' | 'stages' | 'candidates'>,
  analysis: ScenarioAnalysis,
  result: AnalysisResult | null,
): ProfileContext {
  const nodePositions = scenarioNodePositions(atlas, nodes);
  return { atlas, lang, nodePositions, stages: nodes.stages, analysis, result };
}

function text(ctx: ProfileContext, key: MessageKey, values: Record<string, string> = {}): string {
  return fillTemplate(translate(ctx.lang, key), values);
}

function formatNumber(ctx: ProfileContext, value: number, digits = 0): string {
  return new Intl.NumberFormat(numberLocale(ctx.lang), { maximumFractionDigits: digits }).format(
    value,
  );
}

function centreName(ctx: ProfileContext, id: string): string {
  return pick(
    ctx.atlas.logisticsCentres.centres.find((centre) => centre.id === id)?.name,
    ctx.lang,
  );
}

/** Geodesic km from the territory to every logistics centre, nearest first. */
function distanceFact(ctx: ProfileContext, territory: Territory): ProfileFact {
  const centres = logisticsCentrePositions(ctx.atlas, ctx.nodePositions);
  const position = ctx.nodePositions.get(territory.id);
  const distances =
    territory.kind === 'region'
      ? regionDistancesToCentres(ctx.atlas, territory.id, ctx.nodePositions, centres)
      : position
        ? distancesToCentres(position, centres)
        : [];
  return {
    heading: text(ctx, 'invest.profile.distances'),
    source: ctx.atlas.logisticsCentres.source,
    lines: [],
    table: {
      columns: [text(ctx, 'profile.logisticsCentre'), 'km'],
      rows: distances.map(({ centre, km }) => [centreName(ctx, centre), formatNumber(ctx, km)]),
    },
  };
}

function zoneFact(ctx: ProfileContext, territory: Territory): ProfileFact {
  const { atlas, result } = ctx;
  const lines: string[] = [];
  if (territory.kind === 'region') {
    for (const zone of atlas.zones.influence.zones) {
      if ((zone.regions as string[]).includes(territory.id)) lines.push(pick(zone.name, ctx.lang));
    }
    if ((atlas.zones.borderTerritories.priorityRegions as string[]).includes(territory.id)) {
      lines.push(text(ctx, 'invest.reason.priorityRegion'));
    }
  } else if (result) {
    for (const zone of result.coverage.zones) {
      if (!zone.growthNodes.includes(territory.id)) continue;
      const concept = atlas.zones.influence.zones.find((z) => z.neighbour === zone.neighbour);
      lines.push(`${pick(concept?.name, ctx.lang)} (${formatNumber(ctx, zone.depthKm)} km)`);
    }
  } else {
    lines.push(text(ctx, 'invest.profile.catchmentPending'));
  }
  return {
    heading: text(ctx, 'invest.profile.zones'),
    source: atlas.zones.source,
    lines: lines.length > 0 ? lines : [text(ctx, 'invest.profile.noZone')],
  };
}

function catchmentFact(ctx: ProfileContext, node: string): ProfileFact {
  const coverage = ctx.result?.coverage.nodes.find((entry) => entry.node === node);
  return {
    heading: text(ctx, 'invest.profile.catchment', {
      method: translate(ctx.lang, `method.${ctx.analysis.method}`),
      radius: formatNumber(ctx, ctx.analysis.radiusKm),
    }),
    source: 'GeoNames, SimpleMaps (CC BY 4.0)',
    lines: coverage ? [] : [text(ctx, 'invest.profile.catchmentPending')],
    ...(coverage
      ? {
          table: {
            columns: ['', ''],
            rows: [
              [
                text(ctx, 'invest.profile.catchmentArea'),
                `${formatNumber(ctx, coverage.areaKm2)} km²`,
              ],
              [
                text(ctx, 'invest.profile.catchmentSettlements'),
                formatNumber(ctx, coverage.settlements),
              ],
              [
                text(ctx, 'invest.profile.catchmentPopulation'),
                formatNumber(ctx, coverage.population),
              ],
            ],
          },
        }
      : {}),
  };
}

/**
 * The investor's facts of a region or growth node: distances to the logistics centres, zone
 * membership and (for a node) its catchment figures from the current analysis.
 *
 * @example
 *   investorFacts(ctx, { kind: 'node', id: 'balykchy' })[0]?.table?.rows[0];
 *   // ['Balykchy multimodal transport and logistics centre', '0']
 */
export function investorFacts(ctx: ProfileContext, territory: Territory): ProfileFact[] {
  const facts = [distanceFact(ctx, territory), zoneFact(ctx, territory)];
  if (territory.kind === 'node') facts.push(catchmentFact(ctx, territory.id));
  return facts;
}

/** The clusters the Concept places in a region (§5.3), or a line saying there are none. */
function clustersFact(ctx: ProfileContext, region: string): ProfileFact {
  const clusters = ctx.atlas.clusters.clusters.filter((c) =>
    (c.regions as string[]).includes(region),
  );
  return {
    heading: text(ctx, 'invest.profile.clusters'),
    source: ctx.atlas.clusters.source,
    lines:
      clusters.length > 0
        ? clusters.map((cluster) => pick(cluster.name, ctx.lang))
        : [text(ctx, 'invest.profile.noClusters')],
  };
}

function table1Fact(ctx: ProfileContext, region: string): ProfileFact | null {
  const table = ctx.atlas.indicators.table1;
  const row = table.regions.find((candidate) => candidate.region === region);
  if (!row) return null;
  return {
    heading: text(ctx, 'profile.indicators'),
    source: row.source,
    lines: [],
    table: {
      columns: ['', ...TABLE1_YEARS.map(String)],
      rows: INDICATOR_IDS.map((indicator) => {
        const definition = table.indicators.find((entry) => entry.id === indicator);
        return [
          `${pick(definition?.name, ctx.lang)}, ${pick(definition?.unit, ctx.lang)}`,
          ...TABLE1_YEARS.map((year) => formatNumber(ctx, row.values[indicator][year])),
        ];
      }),
    },
  };
}

function regionFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const { atlas, lang } = ctx;
  const region = atlas.regions.regions.find((candidate) => candidate.id === id);
  if (!region) return [];
  const spec = region.specialisation;
  const nodes = atlas.growthNodes.nodes.filter((node) => node.region === id);
  const table = table1Fact(ctx, id);
  return [
    {
      heading: text(ctx, 'profile.firstLevel'),
      source: spec.source,
      lines: [pick(spec.firstLevel, lang)],
    },
    {
      heading: text(ctx, 'profile.secondLevel'),
      source: spec.source,
      lines: [pick(spec.secondLevel, lang)],
    },
    {
      heading: text(ctx, 'profile.tasks'),
      source: spec.source,
      lines: spec.keyTasks.map((task) => pick(task, lang)),
    },
    ...(table ? [table] : []),
    {
      heading: text(ctx, 'profile.industryShare'),
      source: region.industrialOutputShare2015.source,
      lines: [`${formatNumber(ctx, region.industrialOutputShare2015.percent, 1)} %`],
    },
    clustersFact(ctx, id),
    ...(nodes.length > 0
      ? [
          {
            heading: text(ctx, 'profile.nodes'),
            source: atlas.growthNodes.source,
            lines: [nodes.map((node) => pick(node.name, lang)).join(', ')],
          },
        ]
      : []),
    ...investorFacts(ctx, { kind: 'region', id }),
  ];
}

function nodeFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const { atlas, lang } = ctx;
  const node = atlas.growthNodes.nodes.find((candidate) => candidate.id === id);
  if (!node) return [];
  const region = atlas.regions.regions.find((candidate) => candidate.id === node.region);
  const settlement = atlas.settlements.features.find((f) => f.properties.id === id);
  const stage = ctx.stages[id];
  const population = settlement?.properties.population ?? null;
  return [
    {
      heading: text(ctx, 'profile.region'),
      source: node.source,
      lines: [pick(region?.name, lang)],
    },
    {
      heading: text(ctx, 'profile.growthNode'),
      source: atlas.growthNodes.role.source,
      lines: [pick(atlas.growthNodes.role.text, lang)],
    },
    ...(node.ownProgramme
      ? [
          {
            heading: text(ctx, 'profile.ownProgramme'),
            source: atlas.growthNodes.ownProgrammes.source,
            lines: [pick(atlas.growthNodes.ownProgrammes.text, lang)],
          },
        ]
      : []),
    {
      heading: text(ctx, 'profile.stages'),
      source: atlas.growthNodes.staging.source,
      lines: [
        stage
          ? text(ctx, 'invest.reason.stage', { stage: `${stage}` })
          : text(ctx, 'invest.reason.noStage'),
      ],
    },
    ...(region
      ? [
          {
            heading: text(ctx, 'invest.profile.drivers'),
            source: region.specialisation.source,
            lines: [
              pick(region.specialisation.firstLevel, lang),
              pick(region.specialisation.secondLevel, lang),
            ],
          },
        ]
      : []),
    clustersFact(ctx, node.region),
    {
      heading: text(ctx, 'profile.population'),
      source: settlement?.properties.populationSource ?? null,
      lines: [
        population === null
          ? text(ctx, 'profile.populationMissing')
          : formatNumber(ctx, population),
      ],
    },
    ...investorFacts(ctx, { kind: 'node', id }),
  ];
}

/**
 * The whole profile of a region or growth node in `ctx.lang`: what the Concept says (with its §),
 * Table 1, clusters, distances to the logistics centres, zones and catchment figures. Null for
 * an unknown id.
 *
 * @example
 *   territoryProfile(ctx, { kind: 'node', id: 'balykchy' })?.title; // 'Balykchy' (en)
 */
export function territoryProfile(
  ctx: ProfileContext,
  territory: Territory,
): TerritoryProfile | null {
  const { atlas, lang } = ctx;
  if (territory.kind === 'node') {
    const node = atlas.growthNodes.nodes.find((candidate) => candidate.id === territory.id);
    const position = ctx.nodePositions.get(territory.id);
    if (!node) return null;
    return {
      kindLabel: text(ctx, 'profile.growthNode'),
      title: pick(node.name, lang),
      language: lang,
      focus: position ? { center: [position[0] ?? 0, position[1] ?? 0] } : null,
      facts: nodeFacts(ctx, territory.id),
    };
  }
  const region = atlas.regions.regions.find((candidate) => candidate.id === territory.id);
  if (!region) return null;
  const oblast = atlas.oblasts.features.find((f) => f.properties.region === territory.id);
  const cityNode = atlas.growthNodes.nodes.find((node) => node.region === territory.id);
  const cityPosition = cityNode ? ctx.nodePositions.get(cityNode.id) : undefined;
  const [west, south, east, north] = oblast ? bbox(oblast) : [0, 0, 0, 0];
  return {
    kindLabel: text(ctx, 'profile.region'),
    title: pick(region.name, lang),
    language: lang,
    focus: oblast
      ? { bounds: [west, south, east, north] }
      : cityPosition
        ? { center: [cityPosition[0] ?? 0, cityPosition[1] ?? 0] }
        : null,
    facts: regionFacts(ctx, territory.id),
  };
}
