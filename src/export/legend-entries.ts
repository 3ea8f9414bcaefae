/** What the printed legend lists: the same symbols as the screen legend, for what the map shows. */

import type { AtlasData } from '../data/atlas';
import { translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
import type { ChoroplethLegend } from '../investor/choropleth-legend';
import { clusterColour, clusterPictograms, logisticsPictogram, type Pictogram } from '../map/icons';
import { analysisColours, palette, regionTints } from '../map/palette';
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
  | { type: 'area'; colour: string; opacity: number; outline?: string; hatch?: boolean };

export type LegendItem = { symbol: LegendSymbol; label: string };
export type LegendSection = { title: string; items: LegendItem[]; notes: string[] };

export type LegendInput = {
  view: Pick<ScenarioView, 'overlays' | 'mode' | 'analysisLayers'>;
  language: Language;
  /** The atlas's clusters in their order (their badge colour follows the type). */
  clusters: ReadonlyArray<{ id: string; name: Partial<Localized> }>;
  /** True when an analysis result is drawn (analysis mode with a finished run). */
  analysisShown: boolean;
  /** True when the scenario has candidate nodes, drawn in purple. */
  candidates: boolean;
  choropleth: ChoroplethLegend | null;
  /** Logistics centres whose transport modes the Concept names (see modalCentreLabels). */
  modalCentres: readonly string[];
  /** The name of each neighbour's zone in `language`, by ISO code (see zoneLabels). */
  zoneLabels: Readonly<Record<string, string>>;
};

/**
 * One line per logistics centre whose transport modes the Concept names, worded from
 * geodata/concept/logistics-centres.json: its node, its kind and its modes.
 *
 * @example
 *   modalCentreLabels(atlas, 'en'); // ['Balykchy: multimodal (water, road, rail)']
 */
export function modalCentreLabels(
  atlas: Pick<AtlasData, 'logisticsCentres' | 'growthNodes'>,
  lang: Language,
): string[] {
  const t = translator(lang);
  return atlas.logisticsCentres.centres.flatMap((centre) => {
    if (!centre.modes || centre.modes.length === 0) return [];
    const node = atlas.growthNodes.nodes.find((candidate) => candidate.id === centre.node);
    return [
      t('layers:legend.multimodalCentre', {
        centre: pick(node?.name, lang) || pick(centre.name, lang),
        kind: t(`places:kind.${centre.kind}`),
        modes: centre.modes.map((mode) => t(`places:mode.${mode}`)).join(', '),
      }),
    ];
  });
}

/**
 * The name of each cross-border zone by its neighbour, as geodata/concept/zones.json words it:
 * China's is the neighbourhood §5.4 asks to take into account, not a fourth zone.
 *
 * @example
 *   zoneLabels(atlas, 'en').CN; // "China's neighbourhood — to be taken into account"
 */
export function zoneLabels(
  atlas: Pick<AtlasData, 'zones'>,
  lang: Language,
): Record<string, string> {
  return Object.fromEntries(
    atlas.zones.influence.zones.map((zone) => [zone.neighbour, pick(zone.name, lang)]),
  );
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
      { symbol: { type: 'ring', colour: palette.oblastLine }, label: t('layers:legend.oshCity') },
    ]);
  }
  if (overlays.growthNodes) {
    section(t('layers:growthNodes'), [
      {
        symbol: { type: 'dot', colour: palette.growthNode, size: 13, ring: palette.capitalRing },
        label: t('layers:legend.capitalNode'),
      },
      {
        symbol: { type: 'dot', colour: palette.growthNode, size: 10 },
        label: t('layers:legend.growthNode'),
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
      { symbol: { ...badge, pictogram: logisticsPictogram }, label: t('layers:legend.logistics') },
      ...input.modalCentres.map((label) => ({
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
        symbol: area(analysisColours.catchment, 0.1, analysisColours.catchment),
        label: t('analysis:layer.catchments'),
      });
    }
    if (analysisLayers.overlaps) {
      items.push({
        symbol: area(analysisColours.overlap, 0.28),
        label: t('analysis:layer.overlaps'),
      });
    }
    if (analysisLayers.uncovered) {
      items.push({
        symbol: { type: 'area', colour: palette.label, opacity: 0, hatch: true },
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
        ZONE_NEIGHBOURS.map((neighbour) => ({
          symbol: area(analysisColours.zones[neighbour], 0.35, analysisColours.zones[neighbour]),
          label: input.zoneLabels[neighbour] ?? neighbour,
        })),
      );
    }
  }
  return sections;
}
