/** A territory's profile for investors as plain data: the same facts feed the side sheet and the PDF. */
import bbox from '@turf/bbox';
import type { Position } from 'geojson';
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { scenarioNodePositions } from '../data/atlas-index';
import { formatArea, formatDistance, formatNumber, formatPercent } from '../i18n/format';
import { type Translate, translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
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
  /** Interface text in `lang`. */
  t: Translate;
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
  return {
    atlas,
    lang,
    t: translator(lang),
    nodePositions,
    stages: nodes.stages,
    analysis,
    result,
  };
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
    heading: ctx.t('investor:profile.distances'),
    source: ctx.atlas.logisticsCentres.source,
    lines: [],
    table: {
      columns: [ctx.t('places:logisticsCentre'), ctx.t('units:km')],
      rows: distances.map(({ centre, km }) => [
        centreName(ctx, centre),
        formatNumber(ctx.lang, km),
      ]),
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
      lines.push(ctx.t('investor:reason.priorityRegion'));
    }
  } else if (result) {
    for (const zone of result.coverage.zones) {
      if (!zone.growthNodes.includes(territory.id)) continue;
      const concept = atlas.zones.influence.zones.find((z) => z.neighbour === zone.neighbour);
      lines.push(`${pick(concept?.name, ctx.lang)} (${formatDistance(ctx.lang, zone.depthKm)})`);
    }
  } else {
    lines.push(ctx.t('investor:profile.catchmentPending'));
  }
  return {
    heading: ctx.t('investor:profile.zones'),
    source: atlas.zones.source,
    lines: lines.length > 0 ? lines : [ctx.t('investor:profile.noZone')],
  };
}

function catchmentFact(ctx: ProfileContext, node: string): ProfileFact {
  const coverage = ctx.result?.coverage.nodes.find((entry) => entry.node === node);
  return {
    heading: ctx.t('investor:profile.catchment', {
      method: ctx.t(`analysis:method.${ctx.analysis.method}`),
      radius: formatDistance(ctx.lang, ctx.analysis.radiusKm),
    }),
    source: 'GeoNames, SimpleMaps (CC BY 4.0)',
    lines: coverage ? [] : [ctx.t('investor:profile.catchmentPending')],
    ...(coverage
      ? {
          table: {
            columns: ['', ''],
            rows: [
              [ctx.t('investor:profile.catchmentArea'), formatArea(ctx.lang, coverage.areaKm2)],
              [
                ctx.t('investor:profile.catchmentSettlements'),
                formatNumber(ctx.lang, coverage.settlements),
              ],
              [
                ctx.t('investor:profile.catchmentPopulation'),
                formatNumber(ctx.lang, coverage.population),
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
    heading: ctx.t('investor:profile.clusters'),
    source: ctx.atlas.clusters.source,
    lines:
      clusters.length > 0
        ? clusters.map((cluster) => pick(cluster.name, ctx.lang))
        : [ctx.t('investor:profile.noClusters')],
  };
}

function table1Fact(ctx: ProfileContext, region: string): ProfileFact | null {
  const table = ctx.atlas.indicators.table1;
  const row = table.regions.find((candidate) => candidate.region === region);
  if (!row) return null;
  return {
    heading: ctx.t('places:indicators'),
    source: row.source,
    lines: [],
    table: {
      columns: ['', ...TABLE1_YEARS.map(String)],
      rows: INDICATOR_IDS.map((indicator) => {
        const definition = table.indicators.find((entry) => entry.id === indicator);
        return [
          `${pick(definition?.name, ctx.lang)}, ${pick(definition?.unit, ctx.lang)}`,
          ...TABLE1_YEARS.map((year) => formatNumber(ctx.lang, row.values[indicator][year])),
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
      heading: ctx.t('places:firstLevel'),
      source: spec.source,
      lines: [pick(spec.firstLevel, lang)],
    },
    {
      heading: ctx.t('places:secondLevel'),
      source: spec.source,
      lines: [pick(spec.secondLevel, lang)],
    },
    {
      heading: ctx.t('places:tasks'),
      source: spec.source,
      lines: spec.keyTasks.map((task) => pick(task, lang)),
    },
    ...(table ? [table] : []),
    {
      heading: ctx.t('places:industryShare'),
      source: region.industrialOutputShare2015.source,
      lines: [formatPercent(ctx.lang, region.industrialOutputShare2015.percent / 100)],
    },
    clustersFact(ctx, id),
    ...(nodes.length > 0
      ? [
          {
            heading: ctx.t('places:nodes'),
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
      heading: ctx.t('places:region'),
      source: node.source,
      lines: [pick(region?.name, lang)],
    },
    {
      heading: ctx.t('places:growthNode'),
      source: atlas.growthNodes.role.source,
      lines: [pick(atlas.growthNodes.role.text, lang)],
    },
    ...(node.ownProgramme
      ? [
          {
            heading: ctx.t('places:ownProgramme'),
            source: atlas.growthNodes.ownProgrammes.source,
            lines: [pick(atlas.growthNodes.ownProgrammes.text, lang)],
          },
        ]
      : []),
    {
      heading: ctx.t('places:stages'),
      source: atlas.growthNodes.staging.source,
      lines: [stage ? ctx.t('investor:reason.stage', { stage }) : ctx.t('investor:reason.noStage')],
    },
    ...(region
      ? [
          {
            heading: ctx.t('investor:profile.drivers'),
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
      heading: ctx.t('places:population'),
      source: settlement?.properties.populationSource ?? null,
      lines: [
        population === null
          ? ctx.t('places:populationMissing')
          : formatNumber(ctx.lang, population),
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
      kindLabel: ctx.t('places:growthNode'),
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
    kindLabel: ctx.t('places:region'),
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
