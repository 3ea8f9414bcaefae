/**
 * The header's place search, keyboard first: `/` focuses it, ↑/↓ move, Enter flies to the place and
 * opens its profile, Escape closes the list and then clears. An ARIA 1.2 combobox with a listbox.
 */
import './search-box.css';
import { useEffect, useRef } from 'react';
import { regionName } from '../../data/atlas-index';
import { PROFILE_KIND_LABEL } from '../../profile/kind-labels';
import { placeIndex, type SearchHit } from '../../search/place-search';
import { usePresentationStore } from '../../state/presentation-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { isTypingTarget } from '../keyboard';
import { useChoosePlace } from '../map/use-choose-place';
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
    const kind = t(PROFILE_KIND_LABEL[hit.place.kind]);
    const region = regionName(atlas, hit.place.region, lang);
    return region ? `${kind} · ${region}` : kind;
  };

  return (
    <PlaceCombobox
      className="search-box"
      label={t('search:label')}
      labelHidden
      placeholder={t('search:placeholder')}
      hint={t('search:hint')}
      indexOf={placeIndex}
      detail={detail}
      found={(count) => t('search:resultCount', { count })}
      none={t('search:noResults')}
      // The profile now names the place; the box is ready for the next search.
      onChoose={(hit) => {
        choosePlace({ kind: hit.place.kind, id: hit.place.id });
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
