/**
 * The header's place search, keyboard first: `/` focuses it, ↑/↓ move, Enter flies to the place and
 * opens its profile, Escape closes the list and then clears. An ARIA 1.2 combobox with a listbox.
 */
import { regionName } from '../../data/atlas-index';
import './search-box.css';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import { PROFILE_KIND_LABEL } from '../../profile/kind-labels';
import {
  buildSearchIndex,
  placesOfAtlas,
  type SearchHit,
  type SearchIndex,
  searchPlaces,
} from '../../search/place-search';
import { usePresentationStore } from '../../state/presentation-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { isTypingTarget } from '../keyboard';
import { useChoosePlace } from '../map/use-choose-place';

/** Built on the first query rather than at start-up, once per atlas. */
const indexes = new WeakMap<AtlasData, SearchIndex>();
function searchIndexOf(atlas: AtlasData): SearchIndex {
  let index = indexes.get(atlas);
  if (!index) {
    index = buildSearchIndex(placesOfAtlas(atlas));
    indexes.set(atlas, index);
  }
  return index;
}

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
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const hits = useMemo(
    () => (query.trim() === '' ? [] : searchPlaces(searchIndexOf(atlas), query)),
    [atlas, query],
  );
  const showing = open && query.trim() !== '';
  const expanded = showing && hits.length > 0;

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

  const choose = (hit: SearchHit) => {
    choosePlace({ kind: hit.place.kind, id: hit.place.id });
    // The profile now names the place; the box is ready for the next search.
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = expanded ? (active + step + count) % count : step === 1 ? 0 : count - 1;
      setActive(next);
      setOpen(true);
      document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      const hit = expanded ? hits[active] : undefined;
      if (!hit) return;
      event.preventDefault();
      choose(hit);
    } else if (event.key === 'Escape') {
      // Only an empty, closed box lets Escape through, to close the profile as elsewhere.
      if (showing) setOpen(false);
      else if (query !== '') setQuery('');
      else return;
      event.stopPropagation();
    }
  };

  const detail = (hit: SearchHit) => {
    const kind = t(PROFILE_KIND_LABEL[hit.place.kind]);
    const region = regionName(atlas, hit.place.region, lang);
    return region ? `${kind} · ${region}` : kind;
  };

  const status = !showing
    ? ''
    : hits.length > 0
      ? t('search:resultCount', { count: hits.length })
      : t('search:noResults');

  return (
    <div className="search-box">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {t('search:label')}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={t('search:placeholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        aria-keyshortcuts="/"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span className="search-shortcut" aria-hidden="true">
        /
      </span>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('search:hint')}
      </span>
      <div id={listId} role="listbox" aria-label={t('search:label')} hidden={!expanded}>
        {hits.map((hit, index) => (
          // Options are chosen with the keyboard through the combobox; a click is the mouse's way.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
          <div
            key={`${hit.place.kind}:${hit.place.id}`}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            data-kind={hit.place.kind}
            data-id={hit.place.id}
            // Keeps the focus in the input, so its blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              choose(hit);
              // A tap also puts the phone's keyboard away, so the profile can be read.
              inputRef.current?.blur();
            }}
          >
            <span className="search-option-name">{hit.place.name[lang] ?? hit.place.name.en}</span>
            <span className="search-option-detail">{detail(hit)}</span>
          </div>
        ))}
      </div>
      {showing && hits.length === 0 ? (
        <p className="search-empty" aria-hidden="true">
          {t('search:noResults')}
        </p>
      ) : null}
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </div>
  );
}
