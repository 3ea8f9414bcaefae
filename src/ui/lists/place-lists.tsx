/**
 * The accessible mirror of the map: every growth node, logistics centre, cluster and region as
 * real text, keyboard-navigable. Choosing one opens its profile and flies the map there.
 */

import { type KeyboardEvent, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import { regionName } from '../../data/atlas-index';
import type { TextKey } from '../../i18n/i18n';
import { pick } from '../../i18n/languages';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../vocabulary/languages';
import type { FeatureKind } from '../../vocabulary/selection';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useChoosePlace } from '../map/use-choose-place';

type ListItem = { id: string; name: string; detail: string };
type Tab = {
  kind: FeatureKind;
  title: TextKey;
  items: (atlas: AtlasData, lang: Language) => ListItem[];
};

const TABS: Tab[] = [
  {
    kind: 'node',
    title: 'places:tab.growthNodes',
    items: (atlas, lang) =>
      [...atlas.growthNodes.nodes]
        .sort((a, b) => a.order - b.order)
        .map((node) => ({
          id: node.id,
          name: pick(node.name, lang),
          detail: regionName(atlas, node.region, lang),
        })),
  },
  {
    kind: 'logistics',
    title: 'places:tab.logistics',
    items: (atlas, lang) =>
      atlas.logisticsCentres.centres.map((centre) => ({
        id: centre.id,
        name: pick(centre.name, lang),
        detail: '',
      })),
  },
  {
    kind: 'cluster',
    title: 'places:tab.clusters',
    items: (atlas, lang) =>
      atlas.clusters.clusters.map((cluster) => ({
        id: cluster.id,
        name: pick(cluster.name, lang),
        detail: pick(cluster.where, lang),
      })),
  },
  {
    kind: 'region',
    title: 'places:tab.regions',
    items: (atlas, lang) =>
      atlas.regions.regions.map((region) => ({
        id: region.id,
        name: pick(region.name, lang),
        detail: '',
      })),
  },
];

/** Arrow keys move between siblings; Home/End jump to the ends (WAI-ARIA list and tab patterns). */
function moveFocus(
  event: KeyboardEvent<HTMLElement>,
  selector: string,
  keys: [string, string],
): void {
  const [previous, next] = keys;
  if (![previous, next, 'Home', 'End'].includes(event.key)) return;
  const items = [...(event.currentTarget.querySelectorAll<HTMLElement>(selector) ?? [])];
  const index = items.indexOf(document.activeElement as HTMLElement);
  const target =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? items.length - 1
        : (index + (event.key === next ? 1 : -1) + items.length) % items.length;
  event.preventDefault();
  items[target]?.focus();
}

export function PlaceLists() {
  const t = useTranslation();
  const lang = useLanguage();
  const atlas = useAtlas();
  const selection = useViewStore((state) => state.selection);
  const [active, setActive] = useState<FeatureKind>('node');
  const choose = useChoosePlace();
  const tab = TABS.find((candidate) => candidate.kind === active) ?? TABS[0];
  if (!tab) return null;

  return (
    <section className="panel place-lists" aria-labelledby="lists-heading">
      <h2 id="lists-heading">{t('shell:lists')}</h2>
      <div
        role="tablist"
        aria-label={t('shell:lists')}
        className="tabs"
        onKeyDown={(event) => moveFocus(event, '[role="tab"]', ['ArrowLeft', 'ArrowRight'])}
      >
        {TABS.map((candidate) => (
          <button
            key={candidate.kind}
            type="button"
            role="tab"
            id={`tab-${candidate.kind}`}
            aria-selected={candidate.kind === active}
            aria-controls={`list-${candidate.kind}`}
            tabIndex={candidate.kind === active ? 0 : -1}
            onFocus={() => setActive(candidate.kind)}
            onClick={() => setActive(candidate.kind)}
          >
            {t(candidate.title)}
          </button>
        ))}
      </div>
      <div
        id={`list-${tab.kind}`}
        role="tabpanel"
        aria-labelledby={`tab-${tab.kind}`}
        data-list={tab.kind}
        onKeyDown={(event) => moveFocus(event, 'button', ['ArrowUp', 'ArrowDown'])}
      >
        <ul className="place-list">
          {tab.items(atlas, lang).map((item) => {
            const current = selection?.kind === tab.kind && selection.id === item.id;
            return (
              <li key={item.id}>
                <button
                  type="button"
                  data-id={item.id}
                  aria-current={current ? 'true' : undefined}
                  onClick={() => choose({ kind: tab.kind, id: item.id })}
                >
                  <span className="item-name">{item.name}</span>
                  {item.detail ? <span className="item-detail">{item.detail}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
