/** What the printed legend lists: the same symbols as the screen legend, for what the map shows. */

import type { AtlasData } from '../data/atlas';
import type { InfluenceZone } from '../data/schema';
import { formatList } from '../i18n/format';
import { translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
import type { ChoroplethLegend } from '../investor/choropleth-legend';
import { clusterColour, clusterPictograms, logisticsPictogram, type Pictogram } from '../map/icons';
import { analysisColours, palette, regionTints, zoneLook } from '../map/palette';
import { ZONE_NEIGHBOURS } from '../vocabulary/analysis-params';
import type { Language, Localized } from '../vocabulary/languages';
import type { ScenarioView } from '../vocabulary/scenario';

export type LegendSymbol =
  | { type: 'tints'; colours: readonly string[]; outline: string }
  | { type: 'ring'; colour: string }
  | { type: 'dot'; colour: string; size: number; ring?: string }
  | {
      type: 'badge';
      shape: 'circle' | 'square';
      colour: string;
      ring?: string;
      pictogram: Pictogram;
    }
  | {
      type: 'area';
      colour: string;
      opacity: number;
      outline?: string;
      hatch?: boolean;
      /** A dashed outline: an area to take into account, not one of the zones (§5.4). */
      dashed?: true;
    };

export type LegendItem = { symbol: LegendSymbol; label: string };
export type LegendSection = { title: string; items: LegendItem[]; notes: string[] };

export type LegendInput = {
  view: Pick<ScenarioView, 'overlays' | 'mode' | 'analysisLayers'>;
  language: Language;
  /** The atlas's clusters in their order (their badge colour follows the type). */
  clusters: ReadonlyArray<{ id: string; name: Partial<Localized> }>;
  /** The Concept's influence zones and their status (§5.4), drawn as the map draws them. */
  zones: ReadonlyArray<Pick<InfluenceZone, 'neighbour' | 'status'>>;
  /** True when an analysis result is drawn (analysis mode with a finished run). */
  analysisShown: boolean;
  /** True when the scenario has candidate nodes, drawn in purple. */
  candidates: boolean;
  choropleth: ChoroplethLegend | null;
  /** What the legend says of the atlas's own places, worded from geodata (atlasLegendTexts). */
  texts: AtlasLegendTexts;
};

/** The legend's words for facts that live in geodata/, in one language. */
export type AtlasLegendTexts = {
  /** "Bishkek and Osh: own development programmes" (the nodes with `ownProgramme`). */
  ownProgrammes: string;
  /** "Osh city: no boundary in open data, shown as a point" (regions without a polygon). */
  pointCities: string;
  /** "Growth node (§5.1)", with the section the growth nodes come from. */
  growthNode: string;
  /** "Logistics centre (§5.1, §5.2)", likewise. */
  logistics: string;
  /** One line per centre whose transport modes the Concept names. */
  modalCentres: string[];
  /** Each cross-border zone's name by its neighbour's ISO code. */
  zones: Record<string, string>;
};

/**
 * The legend's words for the atlas's places, from geodata/concept: the nodes with programmes of
 * their own, the cities without a polygon, the sources' sections, the logistics centres whose
 * modes the Concept names (logistics-centres.json) and the zones' names (zones.json, where
 * China's is the neighbourhood §5.4 asks to take into account, not a fourth zone).
 *
 * @example
 *   atlasLegendTexts(atlas, 'en').modalCentres; // ['Balykchy: multimodal (water, road, rail)']
 */
export function atlasLegendTexts(atlas: LegendAtlas, lang: Language): AtlasLegendTexts {
  // Panels ask for these on every render: worded once per atlas and language.
  let byLanguage = legendTextsByAtlas.get(atlas);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    legendTextsByAtlas.set(atlas, byLanguage);
  }
  let texts = byLanguage.get(lang);
  if (texts === undefined) {
    texts = wordLegendTexts(atlas, lang);
    byLanguage.set(lang, texts);
  }
  return texts;
}

type LegendAtlas = Pick<AtlasData, 'logisticsCentres' | 'growthNodes' | 'regions' | 'zones'>;
const legendTextsByAtlas = new WeakMap<LegendAtlas, Map<Language, AtlasLegendTexts>>();

function wordLegendTexts(atlas: LegendAtlas, lang: Language): AtlasLegendTexts {
  const t = translator(lang);
  const nodeName = (id: string) =>
    pick(atlas.growthNodes.nodes.find((node) => node.id === id)?.name, lang);
  const ownProgramme = atlas.growthNodes.nodes.filter((node) => node.ownProgramme);
  const pointCities = atlas.regions.regions.filter((region) => !region.hasPolygon);
  return {
    ownProgrammes: t('layers:legend.capitalNode', {
      nodes: formatList(
        lang,
        ownProgramme.map((node) => pick(node.name, lang)),
      ),
    }),
    pointCities: t('layers:legend.oshCity', {
      cities: formatList(
        lang,
        pointCities.map((region) => pick(region.name, lang)),
      ),
    }),
    growthNode: t('layers:legend.growthNode', { source: atlas.growthNodes.source }),
    logistics: t('layers:legend.logistics', { source: atlas.logisticsCentres.source }),
    modalCentres: atlas.logisticsCentres.centres.flatMap((centre) =>
      centre.modes && centre.modes.length > 0
        ? [
            t('layers:legend.multimodalCentre', {
              centre: nodeName(centre.node) || pick(centre.name, lang),
              kind: t(`places:kind.${centre.kind}`),
              modes: centre.modes.map((mode) => t(`places:mode.${mode}`)).join(', '),
            }),
          ]
        : [],
    ),
    zones: Object.fromEntries(
      atlas.zones.influence.zones.map((zone) => [zone.neighbour, pick(zone.name, lang)]),
    ),
  };
}

/**
 * The legend of the map as it is drawn: one section per visible overlay (clusters are hidden
 * while analysing, as on the map), the analysis layers that are on, and the indicator choropleth.
 */
export function legendSections(input: LegendInput): LegendSection[] {
  const t = translator(input.language);
  const { overlays, mode, analysisLayers } = input.view;
  const analysing = mode === 'analyse';
  const sections: LegendSection[] = [];
  const section = (title: string, items: LegendItem[], notes: string[] = []) => {
    if (items.length > 0) sections.push({ title, items, notes });
  };

  if (input.choropleth) {
    const { title, unit, source, classes, symbolNote } = input.choropleth;
    section(
      unit ? `${title}, ${unit}` : title,
      classes.map((c) => ({
        symbol: { type: 'area', colour: c.colour, opacity: 1 },
        label: c.label,
      })),
      [source, symbolNote ?? ''].filter(Boolean),
    );
  }
  if (overlays.oblasts) {
    section(t('layers:oblasts'), [
      {
        symbol: { type: 'tints', colours: regionTints.slice(0, 4), outline: palette.oblastLine },
        label: t('layers:legend.oblasts'),
      },
      { symbol: { type: 'ring', colour: palette.oblastLine }, label: input.texts.pointCities },
    ]);
  }
  if (overlays.growthNodes) {
    section(t('layers:growthNodes'), [
      {
        symbol: { type: 'dot', colour: palette.growthNode, size: 13, ring: palette.capitalRing },
        label: input.texts.ownProgrammes,
      },
      {
        symbol: { type: 'dot', colour: palette.growthNode, size: 10 },
        label: input.texts.growthNode,
      },
      ...(analysing && input.candidates
        ? [
            {
              symbol: { type: 'dot', colour: palette.candidate, size: 10 } as const,
              label: t('export:legend.candidate'),
            },
          ]
        : []),
    ]);
  }
  if (overlays.logistics) {
    const badge = { type: 'badge', shape: 'square', colour: palette.logistics } as const;
    section(t('layers:logistics'), [
      { symbol: { ...badge, pictogram: logisticsPictogram }, label: input.texts.logistics },
      ...input.texts.modalCentres.map((label) => ({
        symbol: { ...badge, ring: palette.capitalRing, pictogram: logisticsPictogram },
        label,
      })),
    ]);
  }
  if (overlays.clusters && !analysing) {
    section(
      t('layers:clusters'),
      input.clusters.map((cluster) => ({
        symbol: {
          type: 'badge',
          shape: 'circle',
          colour: clusterColour(cluster.id),
          pictogram: clusterPictograms[cluster.id] ?? {},
        },
        label: pick(cluster.name, input.language),
      })),
    );
  }
  if (analysing && input.analysisShown) {
    const area = (colour: string, opacity: number, outline?: string) =>
      ({ type: 'area', colour, opacity, ...(outline ? { outline } : {}) }) as const;
    const items: LegendItem[] = [];
    if (analysisLayers.catchments) {
      items.push({
        symbol: area(analysisColours.catchment, 0.06, analysisColours.catchment),
        label: t('analysis:layer.catchments'),
      });
    }
    if (analysisLayers.overlaps) {
      items.push({
        symbol: { type: 'area', colour: analysisColours.overlap, opacity: 0, hatch: true },
        label: t('analysis:layer.overlaps'),
      });
    }
    if (analysisLayers.uncovered) {
      items.push({
        symbol: { type: 'area', colour: analysisColours.uncovered, opacity: 0, hatch: true },
        label: t('analysis:layer.uncovered'),
      });
    }
    if (analysisLayers.band) {
      items.push(
        { symbol: area(analysisColours.band, 0.22), label: t('analysis:layer.band') },
        { symbol: area(analysisColours.band, 0.45), label: t('export:legend.bandPriority') },
      );
    }
    section(t('analysis:title'), items);
    if (analysisLayers.zones) {
      section(
        t('analysis:layer.zones'),
        ZONE_NEIGHBOURS.map((neighbour) => {
          const status = input.zones.find((zone) => zone.neighbour === neighbour)?.status;
          const look = zoneLook[status ?? 'zone'];
          const colour = analysisColours.zones[neighbour];
          return {
            symbol: {
              ...area(colour, look.fillOpacity, colour),
              ...(look.dash ? { dashed: true as const } : {}),
            },
            label: input.texts.zones[neighbour] ?? neighbour,
          };
        }),
      );
    }
  }
  return sections;
}
