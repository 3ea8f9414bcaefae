/**
 * Finding a place by name, as an ARIA 1.2 combobox with a listbox: the header's search, "Move to a
 * settlement…" and "At a settlement". ↑/↓ choose, Enter takes the place, Escape closes the list and
 * then clears the box; only an empty, closed box lets Escape through, to what holds the box.
 */
import './place-combobox.css';
import { type KeyboardEvent, type ReactNode, type Ref, useId, useMemo, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import { type SearchHit, type SearchIndex, searchPlaces } from '../../search/place-search';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage } from '../i18n/use-translation';

export type PlaceComboboxProps = {
  className: string;
  label: string;
  /** The label is read, not shown (the header's box says what it is by its placeholder). */
  labelHidden?: boolean;
  placeholder?: string;
  /** How to use the box, read with it (visually hidden). */
  hint?: string;
  /** Which places it finds; built on the first query. */
  indexOf: (atlas: AtlasData) => SearchIndex;
  /** The line under a place's name. */
  detail: (hit: SearchHit) => string;
  /** What a screen reader hears as the list changes: "3 settlements found", or `none`. */
  found: (count: number) => string;
  none: string;
  /** Takes the place and says so; a refused place (false) stays in the box, to be seen. */
  onChoose: (hit: SearchHit) => boolean;
  /** The user changed the query. */
  onType?: () => void;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  keyShortcuts?: string;
  enterKeyHint?: 'search';
  /** Shown after the input (the header's `/` badge). */
  children?: ReactNode;
};

export function PlaceCombobox(props: PlaceComboboxProps) {
  const { className, label, hint, indexOf, detail, found, none, onChoose, onType } = props;
  const atlas = useAtlas();
  const lang = useLanguage();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const optionId = (index: number) => `${id}-option-${index}`;
  const hits = useMemo(
    () => (query.trim() === '' ? [] : searchPlaces(indexOf(atlas), query)),
    [atlas, indexOf, query],
  );
  const showing = open && query.trim() !== '';
  const expanded = showing && hits.length > 0;

  const choose = (hit: SearchHit) => {
    setOpen(false);
    if (onChoose(hit)) setQuery('');
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
      if (showing) setOpen(false);
      else if (query !== '') setQuery('');
      else return;
      event.stopPropagation();
    }
  };

  const status = !showing ? '' : hits.length > 0 ? found(hits.length) : none;

  return (
    <div className={`place-combobox ${className}`}>
      <label
        className={props.labelHidden ? 'visually-hidden' : 'place-combobox-label'}
        htmlFor={`${id}-input`}
      >
        {label}
      </label>
      <input
        ref={props.inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint={props.enterKeyHint}
        placeholder={props.placeholder}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        aria-keyshortcuts={props.keyShortcuts}
        aria-invalid={props.invalid}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          onType?.();
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {props.children}
      {hint ? (
        <span id={`${id}-hint`} className="visually-hidden">
          {hint}
        </span>
      ) : null}
      <div id={`${id}-list`} role="listbox" aria-label={label} hidden={!expanded}>
        {hits.map((hit, index) => (
          // The combobox handles the keys; a click or a tap is the pointer's way to choose.
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
              // A tap also puts a phone's keyboard away, so what the place opened can be read.
              const input = document.getElementById(`${id}-input`);
              if (input === document.activeElement) input?.blur();
            }}
          >
            <span className="search-option-name">{hit.place.name[lang] ?? hit.place.name.en}</span>
            {/* Read as "Kochkor, Naryn Region", not "KochkorNaryn Region". */ ' '}
            <span className="search-option-detail">{detail(hit)}</span>
          </div>
        ))}
      </div>
      {showing && hits.length === 0 ? (
        <p className="place-combobox-empty" aria-hidden="true">
          {none}
        </p>
      ) : null}
      <span role="status" className="visually-hidden">
        {status}
      </span>
    </div>
  );
}
