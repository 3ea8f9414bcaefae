/**
 * The header's place search, keyboard first: `/` focuses it, ↑/↓ move, Enter flies to the place and
 * opens its profile, Escape closes the list and then clears. An ARIA 1.2 combobox with a listbox.
 */
import './search-box.css';
import { useCallback, useEffect, useRef } from 'react';
import { foreignCityCountry, regionName } from '../../data/atlas-index';
import { PROFILE_KIND_LABEL } from '../../profile/kind-labels';
import type { SearchHit } from '../../search/place-search';
import { usePresentationStore } from '../../state/presentation-store';
import { searchIndexWithUserLayers, userFeatureOfPlace } from '../../state/user-layer-search';
import { useUserLayersStore } from '../../state/user-layers-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { isTypingTarget } from '../keyboard';
import { useChoosePlace } from '../map/use-choose-place';
import { useChooseUserFeature } from '../map/use-choose-user-feature';
import { PlaceCombobox } from './place-combobox';

/** `/` on any keyboard layout: Kyrgyz and Russian layouts put "." on the key that types "/". */
function isSearchShortcut(event: globalThis.KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return event.key === '/' || (event.code === 'Slash' && !event.shiftKey);
}

export function SearchBox() {
  const t = useTranslation();
  const lang = useLanguage();
  const atlas = useAtlas();
  const choosePlace = useChoosePlace();
  const chooseUserFeature = useChooseUserFeature();
  const layers = useUserLayersStore((state) => state.layers);
  const indexOf = useCallback(
    (atlasData: typeof atlas) => searchIndexWithUserLayers(atlasData, layers),
    [layers],
  );
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(event) || isTypingTarget(event.target)) return;
      if (usePresentationStore.getState().deck) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const detail = (hit: SearchHit) => {
    if (hit.place.kind === 'userFeature') {
      const { layerId } = userFeatureOfPlace(hit.place);
      return layers.find((layer) => layer.id === layerId)?.name ?? '';
    }
    const kind = t(PROFILE_KIND_LABEL[hit.place.kind]);
    const where =
      hit.place.kind === 'foreignCity'
        ? foreignCityCountry(atlas, hit.place.id, lang)
        : regionName(atlas, hit.place.region, lang);
    return where ? `${kind} · ${where}` : kind;
  };

  return (
    <PlaceCombobox
      className="search-box"
      label={t('search:label')}
      labelHidden
      placeholder={t('search:placeholder')}
      hint={t('search:hint')}
      indexOf={indexOf}
      detail={detail}
      found={(count) => t('search:resultCount', { count })}
      none={t('search:noResults')}
      // The profile now names the place; the box is ready for the next search.
      onChoose={(hit) => {
        if (hit.place.kind === 'userFeature') chooseUserFeature(userFeatureOfPlace(hit.place));
        else choosePlace({ kind: hit.place.kind, id: hit.place.id });
        return true;
      }}
      inputRef={inputRef}
      keyShortcuts="/"
      enterKeyHint="search"
    >
      <span className="search-shortcut" aria-hidden="true">
        /
      </span>
    </PlaceCombobox>
  );
}
