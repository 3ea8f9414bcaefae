/**
 * The accessible mirror of the map: every growth node, logistics centre, cluster and region as
 * real text, keyboard-navigable. Choosing one opens its profile and flies the map there.
 */

import { type KeyboardEvent, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import { regionName } from '../../data/atlas-index';
import { formatNumber } from '../../i18n/format';
import type { TextKey } from '../../i18n/i18n';
import { pick } from '../../i18n/languages';
import { type UserLayer, useUserLayersStore } from '../../state/user-layers-store';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../vocabulary/languages';
import type { FeatureKind } from '../../vocabulary/selection';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useChoosePlace } from '../map/use-choose-place';
import { useChooseUserFeature } from '../map/use-choose-user-feature';

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

/** A long layer lists its first features; the rest are on the map and in its profile. */
const USER_LIST_LIMIT = 500;

type UserListItem = { layerId: string; index: number; name: string; detail: string };

/** The features of the user's layers, named by their label field (else their number). */
function userListItems(layers: readonly UserLayer[]): { items: UserListItem[]; total: number } {
  const items: UserListItem[] = [];
  let total = 0;
  for (const layer of layers) {
    if (layer.part.kind !== 'features') continue;
    total += layer.part.features.length;
    const field = layer.style.labelField;
    layer.part.features.forEach((feature, index) => {
      if (items.length >= USER_LIST_LIMIT) return;
      const label = field === null ? null : feature.properties[field];
      const name =
        label === null || label === undefined || label === '' ? `#${index + 1}` : String(label);
      items.push({ layerId: layer.id, index, name, detail: layer.name });
    });
  }
  return { items, total };
}

/** The "Your data" tab's list: choosing a feature opens its profile and flies the map there. */
function UserFeatureList() {
  const t = useTranslation();
  const lang = useLanguage();
  const layers = useUserLayersStore((state) => state.layers);
  const selected = useUserLayersStore((state) => state.selected);
  const chooseUserFeature = useChooseUserFeature();
  const { items, total } = userListItems(layers);
  const choose = (item: UserListItem) =>
    chooseUserFeature({ layerId: item.layerId, index: item.index });
  return (
    <>
      {total > items.length ? (
        <p className="hint">
          {t('userLayers:listLimited', {
            shown: formatNumber(lang, items.length),
            total: formatNumber(lang, total),
          })}
        </p>
      ) : null}
      <ul className="place-list">
        {items.map((item) => {
          const current = selected?.layerId === item.layerId && selected.index === item.index;
          return (
            <li key={`${item.layerId}:${item.index}`}>
              <button
                type="button"
                aria-current={current ? 'true' : undefined}
                onClick={() => choose(item)}
              >
                <span className="item-name">{item.name}</span>
                <span className="item-detail">{item.detail}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

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
  const [active, setActive] = useState<FeatureKind | 'user'>('node');
  const choose = useChoosePlace();
  const hasUserFeatures = useUserLayersStore((state) =>
    state.layers.some((layer) => layer.part.kind === 'features'),
  );
  const userTab = active === 'user' && hasUserFeatures;
  const tab = TABS.find((candidate) => candidate.kind === active) ?? TABS[0];
  if (!tab) return null;
  const tabs = [
    ...TABS.map((candidate) => ({ id: candidate.kind, title: t(candidate.title) })),
    ...(hasUserFeatures ? [{ id: 'user' as const, title: t('userLayers:heading') }] : []),
  ];
  const shown = userTab ? 'user' : tab.kind;

  return (
    <section className="panel place-lists" aria-labelledby="lists-heading">
      <h2 id="lists-heading">{t('shell:lists')}</h2>
      <div
        role="tablist"
        aria-label={t('shell:lists')}
        className="tabs"
        onKeyDown={(event) => moveFocus(event, '[role="tab"]', ['ArrowLeft', 'ArrowRight'])}
      >
        {tabs.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            role="tab"
            id={`tab-${candidate.id}`}
            aria-selected={candidate.id === shown}
            aria-controls={`list-${candidate.id}`}
            tabIndex={candidate.id === shown ? 0 : -1}
            onFocus={() => setActive(candidate.id)}
            onClick={() => setActive(candidate.id)}
          >
            {candidate.title}
          </button>
        ))}
      </div>
      <div
        id={`list-${shown}`}
        role="tabpanel"
        aria-labelledby={`tab-${shown}`}
        data-list={shown}
        onKeyDown={(event) => moveFocus(event, 'button', ['ArrowUp', 'ArrowDown'])}
      >
        {userTab ? (
          <UserFeatureList />
        ) : (
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
        )}
      </div>
    </section>
  );
}
