/** Why a finder match matches, in words of the user's language (for the list, CSV and GeoJSON). */
import type { AtlasData } from '../data/atlas';
import { formatDistance, formatNumber } from '../i18n/format';
import { translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
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
  const t = translator(lang);
  switch (reason.type) {
    case 'cluster': {
      const cluster = atlas.clusters.clusters.find((c) => c.id === reason.cluster);
      return t('investor:reason.cluster', { cluster: pick(cluster?.name, lang) });
    }
    case 'driver':
      return t(
        reason.level === 'first' ? 'investor:reason.driverFirst' : 'investor:reason.driverSecond',
        {
          sector: t(`investor:sector.${reason.sector}`),
        },
      );
    case 'stage':
      return reason.stage === null
        ? t('investor:reason.noStage')
        : t('investor:reason.stage', { stage: reason.stage });
    case 'zone': {
      const zone = atlas.zones.influence.zones.find((z) => z.neighbour === reason.neighbour);
      return t('investor:reason.zone', { zone: pick(zone?.name, lang) });
    }
    case 'band':
      return t('investor:reason.band', { depth: formatDistance(lang, reason.depthKm) });
    case 'priority-region':
      return t('investor:reason.priorityRegion');
    case 'logistics': {
      const centre = atlas.logisticsCentres.centres.find((c) => c.id === reason.nearest.centre);
      const node = atlas.growthNodes.nodes.find((n) => n.id === centre?.node);
      return t('investor:reason.logistics', {
        distance: formatDistance(lang, reason.nearest.km),
        centre: pick(node?.name, lang) || reason.nearest.centre,
      });
    }
    case 'population':
      return t('investor:reason.population', {
        count: reason.population,
        population: formatNumber(lang, reason.population),
      });
    case 'has-nodes':
      return t('investor:reason.hasNodes', {
        nodes: reason.nodes.map((id) => matchName(atlas, { kind: 'node', id }, lang)).join(', '),
      });
  }
}
