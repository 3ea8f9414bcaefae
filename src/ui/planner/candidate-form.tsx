/**
 * Adding a candidate growth node with or without the map (WCAG 2.2, 2.1.1 and 2.5.7): at a point
 * clicked on the map, at a settlement found by search, at typed coordinates, or at a keyboard
 * cross-hair in the map's centre. Each point must be inside Kyrgyzstan; then it is named, and Add
 * is one undo step.
 */
import {
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import type { AtlasData } from '../../data/atlas';
import { atlasIndex, placeName, regionName } from '../../data/atlas-index';
import { formatDistance, formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import type { MapController } from '../../map/map-controller';
import { nearestSettlement } from '../../scenario/nearest-settlement';
import { pointInCountry } from '../../scenario/point-in-country';
import { regionOfPoint } from '../../scenario/region-of-point';
import { type TypedPosition, typedPosition } from '../../scenario/typed-position';
import {
  buildSearchIndex,
  placesOfAtlas,
  type SearchHit,
  type SearchIndex,
  searchPlaces,
} from '../../search/place-search';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../vocabulary/languages';
import type { LonLat } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from '../map/map-context';

const NAME_LIMIT = 200;
/** The cross-hair's place is said this long after the map stops, not at every step of a pan. */
const SETTLE_MS = 600;

/** `41.6000° N, 75.0000° E` as the language writes it (`41,6000° с. ш., …`). */
function coordinatesText(t: Translate, lang: Language, [lon, lat]: LonLat, digits = 4): string {
  const value = (degrees: number) => formatNumber(lang, Math.abs(degrees), { digits, fixed: true });
  const latitude = t(lat >= 0 ? 'planner:candidate.north' : 'planner:candidate.south', {
    value: value(lat),
  });
  const longitude = t(lon >= 0 ? 'planner:candidate.east' : 'planner:candidate.west', {
    value: value(lon),
  });
  return `${latitude}, ${longitude}`;
}

/** The region of a point inside the country, or that it lies between the oblast outlines. */
function regionLabel(atlas: AtlasData, t: Translate, lang: Language, position: LonLat): string {
  const region = regionOfPoint(atlas, position);
  return region ? regionName(atlas, region, lang) : t('planner:outside');
}

/** "Cross-hair 1.4 km from Chayek, Naryn Region": what a screen reader hears once the map stops. */
function crosshairText(atlas: AtlasData, t: Translate, lang: Language, position: LonLat): string {
  const nearest = nearestSettlement(atlas, position);
  const settlement = nearest ? placeName(atlas, { kind: 'settlement', id: nearest.id }, lang) : '';
  const distance = nearest
    ? formatDistance(lang, nearest.km, { digits: nearest.km < 10 ? 1 : 0 })
    : '';
  if (!pointInCountry(atlas, position)) {
    return t('planner:candidate.centreOutside', { distance, settlement });
  }
  return t('planner:candidate.centre', {
    distance,
    settlement,
    region: regionLabel(atlas, t, lang, position),
  });
}

/** Listed settlements only (growth nodes are already nodes), built once per atlas. */
const settlementIndexes = new WeakMap<AtlasData, SearchIndex>();
function settlementIndexOf(atlas: AtlasData): SearchIndex {
  let index = settlementIndexes.get(atlas);
  if (!index) {
    index = buildSearchIndex(placesOfAtlas(atlas).filter((place) => place.kind === 'settlement'));
    settlementIndexes.set(atlas, index);
  }
  return index;
}

/** The control that opened the tool, where the focus goes when the form closes. */
function addNodeToggle(from: HTMLElement | null): HTMLElement | null {
  return from?.closest('.node-editor')?.querySelector<HTMLElement>('button[aria-pressed]') ?? null;
}

/** The map's canvas: it takes the focus for MapLibre's own arrow and +/− keys. */
function mapCanvas(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.map-view .maplibregl-canvas');
}

/**
 * Takes away the padding that a flight beside the profile leaves, so that the map's centre — where
 * the cross-hair is drawn — is the camera's centre. `jumpTo` resets the padding but skips a jump
 * to the view the map already has, hence the zoom nudged by an invisible hair.
 */
function centreCamera(controller: MapController): void {
  const { center, zoom } = controller.camera();
  controller.jumpTo({ center, zoom: zoom + 1e-6 });
}

/** The add-a-candidate tool of the node editor, while it is on. */
export function CandidateForm() {
  const tool = useViewStore((state) => state.tool);
  if (tool.type !== 'add-node') return null;
  return <CandidateTool position={tool.position} />;
}

function CandidateTool({ position }: { position: LonLat | null }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const rootRef = useRef<HTMLDivElement>(null);
  const whereId = useId();
  const [name, setName] = useState('');
  const inside = useMemo(
    () => position !== null && pointInCountry(atlas, position),
    [atlas, position],
  );

  const choose = (point: LonLat, suggestedName = '') => {
    setName(suggestedName);
    useViewStore.getState().setTool({ type: 'add-node', position: point });
  };
  const close = () => {
    const toggle = addNodeToggle(rootRef.current);
    useViewStore.getState().setTool({ type: 'none' });
    toggle?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = name.trim().slice(0, NAME_LIMIT);
    if (!clean || !position || !inside) return;
    const region = regionOfPoint(atlas, position);
    const id = useScenarioStore.getState().addCandidate({ name: clean, position, region });
    const editor = rootRef.current?.closest('.node-editor');
    useViewStore.getState().setTool({ type: 'none' });
    // The form is gone: the focus goes to the new row, which says the candidate is there.
    window.setTimeout(() =>
      editor?.querySelector<HTMLElement>(`tr[data-key="${id}"] .node-name`)?.focus(),
    );
  };

  if (position && inside) {
    const where = `${coordinatesText(t, lang, position)} · ${regionLabel(atlas, t, lang, position)}`;
    return (
      <div ref={rootRef} className="candidate-tool">
        <form className="candidate-form" onSubmit={submit}>
          <p id={whereId} className="hint">
            {t('planner:candidate.at', { where })}
          </p>
          <label>
            {t('planner:nodeName')}
            <input
              value={name}
              maxLength={NAME_LIMIT}
              aria-describedby={whereId}
              onChange={(event) => setName(event.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the planner has just chosen the point to name
              autoFocus
            />
          </label>
          <div className="buttons">
            <button type="submit" disabled={!name.trim()}>
              {t('planner:add')}
            </button>
            <button
              type="button"
              onClick={() => useViewStore.getState().setTool({ type: 'add-node', position: null })}
            >
              {t('planner:candidate.chooseAgain')}
            </button>
            <button type="button" onClick={close}>
              {t('planner:cancel')}
            </button>
          </div>
        </form>
      </div>
    );
  }

  return (
    <div ref={rootRef} className="candidate-tool">
      <p className="hint">{t('planner:addHint')}</p>
      {position ? (
        // A click beyond the border: refused, and the ways below stay open.
        <p role="alert" className="candidate-alert">
          {t('planner:candidate.outsideCountry', { where: coordinatesText(t, lang, position) })}
        </p>
      ) : null}
      <p className="hint">{t('planner:candidate.ways')}</p>
      <SettlementSearch onChoose={choose} />
      <CoordinatesEntry onChoose={choose} />
      <CrosshairPlacement onChoose={choose} />
      <div className="buttons">
        <button type="button" onClick={close}>
          {t('planner:cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * "At a settlement": an ARIA 1.2 combobox like the header's search (src/ui/search), listing only
 * settlements. ↑/↓ choose, Enter takes the settlement's point and name, Escape closes the list,
 * then clears it.
 */
function SettlementSearch({ onChoose }: { onChoose: (point: LonLat, name: string) => void }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [refused, setRefused] = useState<string | null>(null);
  const id = useId();
  const optionId = (index: number) => `${id}-option-${index}`;
  const hits = useMemo(
    () => (query.trim() === '' ? [] : searchPlaces(settlementIndexOf(atlas), query)),
    [atlas, query],
  );
  const showing = open && query.trim() !== '';
  const expanded = showing && hits.length > 0;
  const nameOf = (hit: SearchHit) => hit.place.name[lang] ?? hit.place.name.en;

  const choose = (hit: SearchHit) => {
    const [lon, lat] = atlasIndex(atlas).settlements.get(hit.place.id)?.geometry.coordinates ?? [];
    if (lon === undefined || lat === undefined) return;
    setOpen(false);
    // A few border villages fall outside the simplified outline: refused as any point there.
    if (!pointInCountry(atlas, [lon, lat])) {
      setRefused(nameOf(hit));
      return;
    }
    onChoose([lon, lat], nameOf(hit));
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
      // An open list closes, a typed name clears; only an empty box lets Escape through.
      if (showing) setOpen(false);
      else if (query !== '') setQuery('');
      else return;
      event.stopPropagation();
    }
  };

  const status = !showing
    ? ''
    : hits.length > 0
      ? t('planner:candidate.settlementCount', { count: hits.length })
      : t('planner:candidate.noSettlement');

  return (
    <div className="candidate-way candidate-search">
      <label className="candidate-label" htmlFor={`${id}-input`}>
        {t('planner:candidate.settlement')}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('planner:candidate.settlementPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        aria-invalid={refused !== null}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          setRefused(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('planner:candidate.settlementHint')}
      </span>
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={t('planner:candidate.settlement')}
        hidden={!expanded}
      >
        {hits.map((hit, index) => (
          // The combobox handles the keys; a click or a tap is the pointer's way to choose.
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
          <div
            key={hit.place.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            // Keeps the focus in the input, so its blur does not close the list before the click.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
          >
            <span className="search-option-name">{nameOf(hit)}</span>
            <span className="search-option-detail">
              {regionName(atlas, hit.place.region, lang)}
            </span>
          </div>
        ))}
      </div>
      {showing && hits.length === 0 ? (
        <p className="hint" aria-hidden="true">
          {t('planner:candidate.noSettlement')}
        </p>
      ) : null}
      <span role="status" className="visually-hidden">
        {status}
      </span>
      {refused ? (
        <p role="alert" className="candidate-alert">
          {t('planner:candidate.settlementOutside', { name: refused })}
        </p>
      ) : null}
    </div>
  );
}

/**
 * "At coordinates": latitude and longitude in decimal degrees, as text with a decimal keypad (the
 * GOV.UK Design System's advice for numbers); a comma may stand for the point. A value that is no
 * coordinate, or a point outside Kyrgyzstan, is refused with an alert.
 */
function CoordinatesEntry({ onChoose }: { onChoose: (point: LonLat) => void }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const id = useId();
  const [latitude, setLatitude] = useState('');
  const [longitude, setLongitude] = useState('');
  const [refusal, setRefusal] = useState<Exclude<TypedPosition, { kind: 'inside' }> | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const typed = typedPosition(atlas, latitude, longitude);
    if (typed.kind === 'inside') onChoose(typed.position);
    else setRefusal(typed);
  };
  const invalid = (field: 'latitude' | 'longitude') =>
    refusal !== null && (refusal.kind === 'outside' || refusal.fields.includes(field));
  const message =
    refusal === null
      ? ''
      : refusal.kind === 'outside'
        ? t('planner:candidate.outsideCountry', {
            where: coordinatesText(t, lang, refusal.position),
          })
        : refusal.fields
            .map((field) =>
              field === 'latitude'
                ? t('planner:candidate.badLatitude')
                : t('planner:candidate.badLongitude'),
            )
            .join(' ');
  const describedBy = refusal ? `${id}-hint ${id}-problem` : `${id}-hint`;
  const field = (which: 'latitude' | 'longitude', value: string, set: (value: string) => void) => (
    <label className="candidate-field">
      {t(which === 'latitude' ? 'planner:candidate.latitude' : 'planner:candidate.longitude')}
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={invalid(which)}
        aria-describedby={describedBy}
        onChange={(event) => {
          set(event.target.value);
          setRefusal(null);
        }}
      />
    </label>
  );

  return (
    <form className="candidate-way candidate-coordinates" noValidate onSubmit={submit}>
      <fieldset>
        <legend>{t('planner:candidate.coordinates')}</legend>
        <p id={`${id}-hint`} className="hint">
          {t('planner:candidate.coordinatesHint')}
        </p>
        <div className="candidate-coordinate-fields">
          {field('latitude', latitude, setLatitude)}
          {field('longitude', longitude, setLongitude)}
        </div>
        {message ? (
          <p id={`${id}-problem`} role="alert" className="candidate-alert">
            {message}
          </p>
        ) : null}
        <div className="buttons">
          <button type="submit">{t('planner:candidate.useCoordinates')}</button>
        </div>
      </fieldset>
    </form>
  );
}

/**
 * "Place with the cross-hair", after the DEFRA interactive map: a cross-hair over the map's centre
 * and the focus on the map, whose own keys pan (arrows) and zoom (+/−); Enter places the point at
 * the centre, Escape leaves. Where the centre is (nearest settlement, region) is said once the map
 * stops. "Place at the cross-hair" and "Leave" do the same for touch and pointer.
 */
function CrosshairPlacement({ onChoose }: { onChoose: (point: LonLat) => void }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const controllerRef = useMapControllerRef();
  const camera = useScenarioStore((state) => state.view.camera);
  const [active, setActive] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [centre, setCentre] = useState('');
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const helpId = useId();

  const place = () => {
    const controller = controllerRef.current;
    if (!controller) return;
    const [lon, lat] = controller.camera().center;
    if (!pointInCountry(atlas, [lon, lat])) {
      setRefusal(t('planner:candidate.crosshairOutside'));
      return;
    }
    setActive(false);
    onChoose([lon, lat]);
  };
  const leave = () => {
    returnFocus.current = true;
    setActive(false);
    setRefusal(null);
  };
  // The canvas's key listener is added once per activation; it calls the latest of these.
  const keys = useRef({ place, leave });
  keys.current = { place, leave };

  const start = () => {
    const controller = controllerRef.current;
    if (!controller || !mapCanvas()) {
      setRefusal(t('planner:candidate.noMap'));
      return;
    }
    // The profile sheet covers part of the map, and its Escape would close it instead.
    useViewStore.getState().select(null);
    centreCamera(controller);
    setRefusal(null);
    setCentre('');
    setActive(true);
  };

  useEffect(() => {
    if (active) return;
    if (returnFocus.current) startRef.current?.focus();
    returnFocus.current = false;
  }, [active]);

  useEffect(() => {
    const canvas = active ? mapCanvas() : null;
    if (!canvas) return;
    const describedBy = canvas.getAttribute('aria-describedby');
    canvas.setAttribute('aria-describedby', helpId);
    canvas.focus();
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Enter') keys.current.place();
      else if (event.key === 'Escape') keys.current.leave();
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    canvas.addEventListener('keydown', onKey);
    return () => {
      canvas.removeEventListener('keydown', onKey);
      if (describedBy === null) canvas.removeAttribute('aria-describedby');
      else canvas.setAttribute('aria-describedby', describedBy);
    };
  }, [active, helpId]);

  // Each pan ends with a new camera in the scenario; the centre is said once they stop coming.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `camera` is the signal that the map moved
  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => {
      const controller = controllerRef.current;
      if (!controller) return;
      const [lon, lat] = controller.camera().center;
      setCentre(crosshairText(atlas, t, lang, [lon, lat]));
      if (pointInCountry(atlas, [lon, lat])) setRefusal(null);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [active, camera, atlas, lang, t, controllerRef]);

  const mapView = active ? document.querySelector('.map-view') : null;
  return (
    <div className="candidate-way candidate-crosshair-way">
      {active ? (
        <>
          <p id={helpId} className="hint">
            {t('planner:candidate.crosshairHelp')}
          </p>
          <p role="status" className="visually-hidden">
            {centre}
          </p>
          <div className="buttons">
            <button type="button" onClick={place}>
              {t('planner:candidate.placeHere')}
            </button>
            <button type="button" onClick={leave}>
              {t('planner:candidate.leaveCrosshair')}
            </button>
          </div>
        </>
      ) : (
        <div className="buttons">
          <button ref={startRef} type="button" onClick={start}>
            {t('planner:candidate.crosshair')}
          </button>
        </div>
      )}
      {refusal ? (
        <p role="alert" className="candidate-alert">
          {refusal}
        </p>
      ) : null}
      {mapView
        ? createPortal(
            <div className="candidate-crosshair" aria-hidden="true">
              <svg
                className="candidate-crosshair-mark"
                aria-hidden="true"
                viewBox="-40 -40 80 80"
                width="80"
                height="80"
              >
                {/* Each stroke twice: a white halo under the ink, to read on any map colour. */}
                {['halo', 'ink'].map((kind) => (
                  <g key={kind} className={kind}>
                    <circle r="13" />
                    <path d="M-38 0H-19M19 0H38M0 -38V-19M0 19V38" />
                  </g>
                ))}
              </svg>
              {centre ? <span className="candidate-crosshair-label">{centre}</span> : null}
            </div>,
            mapView,
          )
        : null}
    </div>
  );
}
