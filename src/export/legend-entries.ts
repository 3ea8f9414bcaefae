/** What the printed legend lists: the same symbols as the screen legend, for what the map shows. */

import type { InfluenceZone } from '../data/schema';
import { pick } from '../i18n/languages';
import { translate } from '../i18n/messages';
import type { ChoroplethLegend } from '../investor/choropleth-legend';
import { clusterColour, clusterPictograms, logisticsPictogram, type Pictogram } from '../map/icons';
import { neighbourNames } from '../map/neighbour-names';
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
};

/**
 * The legend of the map as it is drawn: one section per visible overlay (clusters are hidden
 * while analysing, as on the map), the analysis layers that are on, and the indicator choropleth.
 */
export function legendSections(input: LegendInput): LegendSection[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(input.language, key);
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
    section(t('layer.oblasts'), [
      {
        symbol: { type: 'tints', colours: regionTints.slice(0, 4), outline: palette.oblastLine },
        label: t('legend.oblasts'),
      },
      { symbol: { type: 'ring', colour: palette.oblastLine }, label: t('legend.oshCity') },
    ]);
  }
  if (overlays.growthNodes) {
    section(t('layer.growthNodes'), [
      {
        symbol: { type: 'dot', colour: palette.growthNode, size: 13, ring: palette.capitalRing },
        label: t('legend.capitalNode'),
      },
      {
        symbol: { type: 'dot', colour: palette.growthNode, size: 10 },
        label: t('legend.growthNode'),
      },
      ...(analysing && input.candidates
        ? [
            {
              symbol: { type: 'dot', colour: palette.candidate, size: 10 } as const,
              label: t('export.legend.candidate'),
            },
          ]
        : []),
    ]);
  }
  if (overlays.logistics) {
    const badge = { type: 'badge', shape: 'square', colour: palette.logistics } as const;
    section(t('layer.logistics'), [
      { symbol: { ...badge, pictogram: logisticsPictogram }, label: t('legend.logistics') },
      {
        symbol: { ...badge, ring: palette.capitalRing, pictogram: logisticsPictogram },
        label: t('legend.multimodal'),
      },
    ]);
  }
  if (overlays.clusters && !analysing) {
    section(
      t('layer.clusters'),
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
        label: t('alayer.catchments'),
      });
    }
    if (analysisLayers.overlaps) {
      items.push({ symbol: area(analysisColours.overlap, 0.28), label: t('alayer.overlaps') });
    }
    if (analysisLayers.uncovered) {
      items.push({
        symbol: { type: 'area', colour: palette.label, opacity: 0, hatch: true },
        label: t('alayer.uncovered'),
      });
    }
    if (analysisLayers.band) {
      items.push(
        { symbol: area(analysisColours.band, 0.22), label: t('alayer.band') },
        { symbol: area(analysisColours.band, 0.45), label: t('export.legend.bandPriority') },
      );
    }
    section(t('analysis.title'), items);
    if (analysisLayers.zones) {
      section(
        t('alayer.zones'),
        ZONE_NEIGHBOURS.map((neighbour) => {
          const status = input.zones.find((zone) => zone.neighbour === neighbour)?.status;
          const look = zoneLook[status ?? 'zone'];
          const colour = analysisColours.zones[neighbour];
          return {
            symbol: {
              ...area(colour, look.fillOpacity, colour),
              ...(look.dash ? { dashed: true as const } : {}),
            },
            label: neighbourNames[neighbour]?.[`name_${input.language}`] ?? neighbour,
          };
        }),
      );
    }
  }
  return sections;
}
