/**
 * The profile of any place the user can select, as plain data: what the Concept says about it
 * (each fact with its §), what the sources say, and the investor's figures for the scenario on
 * screen. One function, so the side sheet and the PDF show the same facts.
 */
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import {
  atlasIndex,
  foreignCityCountry,
  type PlaceExtent,
  placeExtent,
  placeName,
  regionName,
  scenarioNodePositions,
} from '../data/atlas-index';
import type { IndicatorId } from '../data/schema';
import { formatArea, formatDistance, formatNumber, formatPercent } from '../i18n/format';
import { type TextKey, type Translate, translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
import {
  distancesToCentres,
  logisticsCentrePositions,
  regionDistancesToCentres,
} from '../investor/logistics-distance';
import { INDICATOR_IDS, TABLE1_YEARS } from '../vocabulary/ids';
import type { Language } from '../vocabulary/languages';
import type { LonLat, ScenarioAnalysis, ScenarioNodes, Stage } from '../vocabulary/scenario';
import type { FeatureKind, Selection } from '../vocabulary/selection';
import { PROFILE_KIND_LABEL } from './kind-labels';

/** A place a fact names; the side sheet links it to its own profile. */
export type ProfileLink = { selection: Selection; label: string };

/** One Table 1 indicator of a region by year, with the largest value of any region for scale. */
export type ProfileChart = {
  title: string;
  values: Array<{ year: number; value: number; label: string }>;
  max: number;
};

/**
 * One fact: a heading, its source (§ of the Concept or a dataset) and its content. All text is
 * plain text in the profile's language (never HTML).
 */
export type ProfileFact = {
  heading: string;
  source: string | null;
  /** Paragraphs. */
  lines: string[];
  /** A list (key tasks, institutions, functions). */
  items?: string[];
  /** Small print about the fact (a note of the data, the Concept's context). */
  notes?: string[];
  /** Places the fact names. */
  links?: ProfileLink[];
  /** A small table; every cell formatted for the language. */
  table?: { columns: string[]; rows: string[][] };
  /** Table 1 as one chart per indicator. */
  charts?: ProfileChart[];
  /** A share of the largest value of its kind, 0–1, drawn as a bar beside the text. */
  meter?: number;
  /** Facts for investors: the sheet groups them under their own heading. */
  forInvestors?: boolean;
};

export type TerritoryProfile = {
  /** "Region", "Growth node"… in the profile's language. */
  kindLabel: string;
  title: string;
  language: Language;
  /** What to say before the facts (a city drawn as a point, a name known only in Latin script). */
  notes: string[];
  /** Where the place is, for the map of its PDF. */
  focus: PlaceExtent | null;
  facts: ProfileFact[];
};

/** What a profile reads besides the geodata: the scenario's nodes, parameters and analysis. */
export type ProfileContext = {
  atlas: AtlasData;
  lang: Language;
  /** Interface text in `lang`. */
  t: Translate;
  nodes: Pick<ScenarioNodes, 'moved' | 'stages' | 'candidates'>;
  /** Where the scenario's growth nodes are (see scenarioNodePositions). */
  nodePositions: ReadonlyMap<string, LonLat>;
  stages: Readonly<Record<string, Stage>>;
  analysis: ScenarioAnalysis;
  result: AnalysisResult | null;
};

/**
 * The context of a profile for a scenario's nodes and parameters and the analysis on screen.
 *
 * @example
 *   territoryProfile(profileContextOf(atlas, 'ru', scenario.nodes, scenario.analysis, result), selection);
 */
export function profileContextOf(
  atlas: AtlasData,
  lang: Language,
  nodes: Pick<ScenarioNodes, 'moved' | 'stages' | 'candidates'>,
  analysis: ScenarioAnalysis,
  result: AnalysisResult | null,
): ProfileContext {
  return {
    atlas,
    lang,
    t: translator(lang),
    nodes,
    nodePositions: scenarioNodePositions(atlas, nodes),
    stages: nodes.stages,
    analysis,
    result,
  };
}

const INDICATOR_TITLE: Record<IndicatorId, TextKey> = {
  grp: 'places:grp',
  'new-jobs': 'places:jobs',
  'average-wage': 'places:wage',
};

function linksTo(
  kind: FeatureKind,
  places: ReadonlyArray<{ id: string; name: Record<Language, string> }>,
  lang: Language,
): ProfileLink[] {
  return places.map((place) => ({
    selection: { kind, id: place.id },
    label: pick(place.name, lang),
  }));
}

function regionLink(ctx: ProfileContext, region: string): ProfileLink {
  return {
    selection: { kind: 'region', id: region },
    label: regionName(ctx.atlas, region, ctx.lang),
  };
}

/** Geodesic km from a region or node to every logistics centre, nearest first. */
function distanceFact(ctx: ProfileContext, kind: 'region' | 'node', id: string): ProfileFact {
  const { atlas, t, lang } = ctx;
  const centres = logisticsCentrePositions(atlas, ctx.nodePositions);
  const position = ctx.nodePositions.get(id);
  const distances =
    kind === 'region'
      ? regionDistancesToCentres(atlas, id, ctx.nodePositions, centres)
      : position
        ? distancesToCentres(position, centres)
        : [];
  return {
    heading: t('investor:profile.distances'),
    source: atlas.logisticsCentres.source,
    lines: [],
    table: {
      columns: [t('places:logisticsCentre'), t('units:km')],
      rows: distances.map(({ centre, km }) => [
        pick(atlasIndex(atlas).logisticsCentres.get(centre)?.name, lang),
        formatNumber(lang, km),
      ]),
    },
    forInvestors: true,
  };
}

/** The zones and the border band a node lies in, for the planner's depths (from the analysis). */
function nodeZoneFact(ctx: ProfileContext, id: string): ProfileFact {
  const { atlas, result, t, lang } = ctx;
  const lines = result
    ? result.coverage.zones
        .filter((zone) => zone.growthNodes.includes(id))
        .map((zone) => {
          const concept = atlas.zones.influence.zones.find((z) => z.neighbour === zone.neighbour);
          return `${pick(concept?.name, lang)} (${formatDistance(lang, zone.depthKm)})`;
        })
    : [t('investor:profile.catchmentPending')];
  return {
    heading: t('investor:profile.zones'),
    source: atlas.zones.source,
    lines: lines.length > 0 ? lines : [t('investor:profile.noZone')],
    forInvestors: true,
  };
}

function catchmentFact(ctx: ProfileContext, id: string): ProfileFact {
  const { t, lang } = ctx;
  const coverage = ctx.result?.coverage.nodes.find((entry) => entry.node === id);
  return {
    heading: t('investor:profile.catchment', {
      method: t(`analysis:method.${ctx.analysis.method}`),
      radius: formatDistance(lang, ctx.analysis.radiusKm),
    }),
    source: 'GeoNames, SimpleMaps (CC BY 4.0)',
    lines: coverage ? [] : [t('investor:profile.catchmentPending')],
    ...(coverage
      ? {
          table: {
            columns: ['', ''],
            rows: [
              [t('investor:profile.catchmentArea'), formatArea(lang, coverage.areaKm2)],
              [
                t('investor:profile.catchmentSettlements'),
                formatNumber(lang, coverage.settlements),
              ],
              [t('investor:profile.catchmentPopulation'), formatNumber(lang, coverage.population)],
            ],
          },
        }
      : {}),
    forInvestors: true,
  };
}

/** The clusters the Concept places in a region (§5.3), or a line saying there are none. */
function clustersFact(ctx: ProfileContext, region: string, heading: TextKey): ProfileFact {
  const { atlas, t, lang } = ctx;
  const clusters = atlas.clusters.clusters.filter((c) => (c.regions as string[]).includes(region));
  return {
    heading: t(heading),
    source: atlas.clusters.source,
    lines: clusters.length > 0 ? [] : [t('investor:profile.noClusters')],
    links: linksTo('cluster', clusters, lang),
  };
}

/** Table 1 (§4) for one region: one chart per indicator, scaled to the largest region's value. */
function table1Fact(ctx: ProfileContext, region: string, heading: string): ProfileFact | null {
  const table = ctx.atlas.indicators.table1;
  const row = table.regions.find((candidate) => candidate.region === region);
  if (!row) return null;
  return {
    heading,
    source: row.source,
    lines: [],
    charts: INDICATOR_IDS.map((indicator) => ({
      title: ctx.t(INDICATOR_TITLE[indicator]),
      values: TABLE1_YEARS.map((year) => ({
        year,
        value: row.values[indicator][year],
        label: formatNumber(ctx.lang, row.values[indicator][year]),
      })),
      max: Math.max(
        ...table.regions.flatMap((r) => TABLE1_YEARS.map((year) => r.values[indicator][year])),
      ),
    })),
  };
}

function regionFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const { atlas, lang, t } = ctx;
  const region = atlasIndex(atlas).regions.get(id);
  if (!region) return [];
  const spec = region.specialisation;
  const share = region.industrialOutputShare2015;
  const largestShare = Math.max(
    ...atlas.regions.regions.map((r) => r.industrialOutputShare2015.percent),
  );
  const nodes = atlas.growthNodes.nodes.filter((node) => node.region === id);
  const centres = atlas.logisticsCentres.centres.filter((centre) =>
    (centre.regionSections as string[]).includes(id),
  );
  const zones = atlas.zones.influence.zones.filter((zone) =>
    (zone.regions as string[]).includes(id),
  );
  const border = atlas.zones.borderTerritories;
  const table1 = table1Fact(ctx, id, t('places:indicators'));
  const facts: ProfileFact[] = [
    { heading: t('places:firstLevel'), source: spec.source, lines: [pick(spec.firstLevel, lang)] },
    {
      heading: t('places:secondLevel'),
      source: spec.source,
      lines: [pick(spec.secondLevel, lang)],
      ...(spec.note ? { notes: [pick(spec.note, lang)] } : {}),
    },
    {
      heading: t('places:tasks'),
      source: spec.source,
      lines: [],
      items: spec.keyTasks.map((task) => pick(task, lang)),
    },
    {
      heading: t('places:industryShare'),
      source: share.source,
      lines: [formatPercent(lang, share.percent / 100)],
      meter: share.percent / largestShare,
    },
    ...(table1 ? [table1] : []),
  ];
  if (nodes.length > 0) {
    facts.push({
      heading: t('places:nodes'),
      source: atlas.growthNodes.source,
      lines: [],
      links: linksTo('node', nodes, lang),
    });
  }
  if (centres.length > 0) {
    facts.push({
      heading: t('places:logisticsHere'),
      source: atlas.logisticsCentres.source,
      lines: [],
      links: linksTo('logistics', centres, lang),
    });
  }
  facts.push(clustersFact(ctx, id, 'places:clusters'));
  for (const zone of zones) {
    facts.push({
      heading: pick(zone.name, lang),
      source: zone.source,
      lines: [pick(zone.description, lang)],
    });
  }
  if ((border.priorityRegions as string[]).includes(id)) {
    facts.push({
      heading: pick(border.nationalProject.name, lang),
      source: border.source,
      lines: [pick(border.priorityText, lang)],
    });
  }
  facts.push(distanceFact(ctx, 'region', id));
  return facts;
}

/** Where a settlement is and how many live there, as its sources say. */
function settlementFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const settlement = atlasIndex(ctx.atlas).settlements.get(id);
  return settlement ? pointPlaceFacts(ctx, settlement) : [];
}

/** A city abroad: its country (CLDR name), then population and location as for a settlement. */
function foreignCityFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const city = atlasIndex(ctx.atlas).foreignCities.get(id);
  if (!city) return [];
  return [
    {
      heading: ctx.t('search:country'),
      source: ctx.atlas.neighbourNames.source,
      lines: [foreignCityCountry(ctx.atlas, id, ctx.lang)],
    },
    ...pointPlaceFacts(ctx, city),
  ];
}

/** Population and coordinates of a sourced point place, each with its source. */
function pointPlaceFacts(
  ctx: ProfileContext,
  place: {
    properties: { population: number | null; populationSource: string | null; source: string };
    geometry: { coordinates: number[] };
  },
): ProfileFact[] {
  const { lang, t } = ctx;
  const { population, populationSource, source } = place.properties;
  const [lon = 0, lat = 0] = place.geometry.coordinates;
  return [
    {
      heading: t('places:population'),
      source: populationSource,
      lines: [population === null ? t('places:populationMissing') : formatNumber(lang, population)],
    },
    {
      heading: t('places:location'),
      source,
      lines: [
        t('places:coordinates', {
          lat: formatNumber(lang, lat, { digits: 4, fixed: true }),
          lon: formatNumber(lang, lon, { digits: 4, fixed: true }),
        }),
      ],
    },
  ];
}

function nodeFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const { atlas, lang, t } = ctx;
  const index = atlasIndex(atlas);
  const node = index.growthNodes.get(id);
  if (!node) return [];
  const file = atlas.growthNodes;
  const region = index.regions.get(node.region);
  const stage = ctx.stages[id];
  const centres = atlas.logisticsCentres.centres.filter((centre) => centre.node === id);
  const table1 = table1Fact(
    ctx,
    node.region,
    `${t('places:indicators')}: ${regionName(atlas, node.region, lang)}`,
  );
  return [
    {
      heading: t('places:region'),
      source: node.source,
      lines: [],
      links: [regionLink(ctx, node.region)],
    },
    ...(node.ownProgramme
      ? [
          {
            heading: t('places:ownProgramme'),
            source: file.ownProgrammes.source,
            lines: [pick(file.ownProgrammes.text, lang)],
          },
        ]
      : []),
    {
      heading: t('places:institutions'),
      source: file.requiredInstitutions.source,
      lines: [],
      items: file.requiredInstitutions.items.map((item) => pick(item.name, lang)),
    },
    {
      heading: t('places:growthNode'),
      source: file.role.source,
      lines: [pick(file.role.text, lang)],
    },
    {
      heading: t('places:stages'),
      source: file.staging.source,
      lines: [stage ? t('investor:reason.stage', { stage }) : t('investor:reason.noStage')],
      notes: [pick(file.staging.text, lang)],
    },
    ...(centres.length > 0
      ? [
          {
            heading: t('places:logisticsHere'),
            source: atlas.logisticsCentres.source,
            lines: [],
            links: linksTo('logistics', centres, lang),
          },
        ]
      : []),
    ...settlementFacts(ctx, id),
    ...(region
      ? [
          {
            heading: t('investor:profile.drivers'),
            source: region.specialisation.source,
            lines: [
              `${t('places:firstLevel')}: ${pick(region.specialisation.firstLevel, lang)}`,
              `${t('places:secondLevel')}: ${pick(region.specialisation.secondLevel, lang)}`,
            ],
          },
        ]
      : []),
    clustersFact(ctx, node.region, 'investor:profile.clusters'),
    ...(table1 ? [table1] : []),
    distanceFact(ctx, 'node', id),
    nodeZoneFact(ctx, id),
    catchmentFact(ctx, id),
  ];
}

function logisticsFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const { atlas, lang, t } = ctx;
  const centre = atlasIndex(atlas).logisticsCentres.get(id);
  if (!centre) return [];
  const node = atlasIndex(atlas).growthNodes.get(centre.node);
  const file = atlas.logisticsCentres;
  return [
    {
      heading: t('places:logisticsCentre'),
      source: centre.source,
      lines: [pick(centre.role, lang)],
    },
    ...(centre.modes
      ? [
          {
            heading: t('places:modes'),
            source: centre.source,
            lines: [],
            items: centre.modes.map((mode) => t(`places:mode.${mode}`)),
          },
        ]
      : []),
    ...(node
      ? [
          {
            heading: t('places:growthNode'),
            source: node.source,
            lines: [],
            links: linksTo('node', [node], lang),
          },
        ]
      : []),
    {
      heading: t('places:functions'),
      source: file.functions.source,
      lines: [pick(file.networks.text, lang)],
      items: file.functions.items.map((item) => pick(item.name, lang)),
    },
  ];
}

function clusterFacts(ctx: ProfileContext, id: string): ProfileFact[] {
  const { atlas, lang, t } = ctx;
  const cluster = atlasIndex(atlas).clusters.get(id);
  if (!cluster) return [];
  return [
    {
      heading: t('places:cluster'),
      source: cluster.source,
      lines: [pick(cluster.where, lang)],
      notes: [
        pick(atlas.clusters.intro, lang),
        ...(cluster.coverageNote ? [pick(cluster.coverageNote, lang)] : []),
      ],
    },
    {
      heading: t('places:regions'),
      source: cluster.source,
      lines: [],
      links: cluster.regions.map((region) => regionLink(ctx, region)),
    },
  ];
}

const FACTS: Record<FeatureKind, (ctx: ProfileContext, id: string) => ProfileFact[]> = {
  region: regionFacts,
  node: nodeFacts,
  logistics: logisticsFacts,
  cluster: clusterFacts,
  settlement: (ctx, id) => {
    const region = atlasIndex(ctx.atlas).settlements.get(id)?.properties.region;
    const regionFact: ProfileFact[] = region
      ? [
          {
            heading: ctx.t('places:region'),
            source: null,
            lines: [],
            links: [regionLink(ctx, region)],
          },
        ]
      : [];
    return [...regionFact, ...settlementFacts(ctx, id)];
  },
  foreignCity: foreignCityFacts,
};

/** What to say before a place's facts. */
function profileNotes(ctx: ProfileContext, selection: Selection): string[] {
  const index = atlasIndex(ctx.atlas);
  if (selection.kind === 'region' && index.regions.get(selection.id)?.hasPolygon === false) {
    return [ctx.t('places:noPolygon')];
  }
  if (selection.kind === 'settlement' || selection.kind === 'foreignCity') {
    const places = selection.kind === 'settlement' ? index.settlements : index.foreignCities;
    const name = places.get(selection.id)?.properties.name;
    if (name && name[ctx.lang] === null) return [ctx.t('search:latinOnly')];
  }
  return [];
}

/**
 * The whole profile of a selectable place in `ctx.lang`: what the Concept says (with its §), what
 * the sources say, and, for regions and growth nodes, the distances to the logistics centres,
 * zones and catchment figures of the scenario on screen. Null for an unknown place.
 *
 * @example
 *   territoryProfile(ctx, { kind: 'node', id: 'balykchy' })?.title; // 'Balykchy' (en)
 */
export function territoryProfile(
  ctx: ProfileContext,
  selection: Selection,
): TerritoryProfile | null {
  const title = placeName(ctx.atlas, selection, ctx.lang);
  if (!title) return null;
  return {
    kindLabel: ctx.t(PROFILE_KIND_LABEL[selection.kind]),
    title,
    language: ctx.lang,
    notes: profileNotes(ctx, selection),
    focus: placeExtent(ctx.atlas, ctx.nodes, selection),
    facts: FACTS[selection.kind](ctx, selection.id),
  };
}
