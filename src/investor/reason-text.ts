/** Why a finder match matches, in words of the user's language (for the list, CSV and GeoJSON). */
import type { AtlasData } from '../data/atlas';
import { numberLocale, pick } from '../i18n/languages';
import { fillTemplate, type MessageKey, translate } from '../i18n/messages';
import type { Language } from '../vocabulary/languages';
import type { FinderMatch, MatchReason } from './finder';

/** The name of a finder match (node or region) in `lang`. */
export function matchName(
  atlas: AtlasData,
  match: Pick<FinderMatch, 'kind' | 'id'>,
  lang: Language,
): string {
  const list = match.kind === 'node' ? atlas.growthNodes.nodes : atlas.regions.regions;
  return pick(list.find((item) => item.id === match.id)?.name, lang) || match.id;
}

/**
 * One reason as a sentence fragment.
 *
 * @example
 *   reasonText(atlas, { type: 'logistics', nearest: { centre: 'balykchy', km: 44.6 } }, 'en');
 *   // '45 km to Balykchy'
 */
export function reasonText(atlas: AtlasData, reason: MatchReason, lang: Language): string {
  const t = (key: MessageKey, values: Record<string, string> = {}) =>
    fillTemplate(translate(lang, key), values);
  const number = (value: number) =>
    new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 }).format(value);
  switch (reason.type) {
    case 'cluster': {
      const cluster = atlas.clusters.clusters.find((c) => c.id === reason.cluster);
      return t('invest.reason.cluster', { cluster: pick(cluster?.name, lang) });
    }
    case 'driver':
      return t(
        reason.level === 'first' ? 'invest.reason.driverFirst' : 'invest.reason.driverSecond',
        {
          sector: translate(lang, `invest.sector.${reason.sector}`),
        },
      );
    case 'stage':
      return reason.stage === null
        ? t('invest.reason.noStage')
        : t('invest.reason.stage', { stage: `${reason.stage}` });
    case 'zone': {
      const zone = atlas.zones.influence.zones.find((z) => z.neighbour === reason.neighbour);
      return t('invest.reason.zone', { zone: pick(zone?.name, lang) });
    }
    case 'band':
      return t('invest.reason.band', { depth: number(reason.depthKm) });
    case 'priority-region':
      return t('invest.reason.priorityRegion');
    case 'logistics': {
      const centre = atlas.logisticsCentres.centres.find((c) => c.id === reason.nearest.centre);
      const node = atlas.growthNodes.nodes.find((n) => n.id === centre?.node);
      return t('invest.reason.logistics', {
        km: number(reason.nearest.km),
        centre: pick(node?.name, lang) || reason.nearest.centre,
      });
    }
    case 'population':
      return t('invest.reason.population', { population: number(reason.population) });
    case 'has-nodes':
      return t('invest.reason.hasNodes', {
        nodes: reason.nodes.map((id) => matchName(atlas, { kind: 'node', id }, lang)).join(', '),
      });
  }
}
