/**
 * Adding a candidate growth node with or without the map (WCAG 2.2, 2.1.1 and 2.5.7): at a point
 * clicked on the map, at a settlement found by search, at typed coordinates, or at a keyboard
 * cross-hair in the map's centre. Each point must be inside Kyrgyzstan; then it is named, and Add
 * is one undo step.
 */
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AtlasData } from '../../data/atlas';
import { placeName, regionName, settlementPosition } from '../../data/atlas-index';
import { formatDistance } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import type { MapController } from '../../map/map-controller';
import { nearestSettlement } from '../../scenario/nearest-settlement';
import { pointInCountry } from '../../scenario/point-in-country';
import { regionOfPoint } from '../../scenario/region-of-point';
import { nonNodeSettlementIndex } from '../../search/place-search';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../vocabulary/languages';
import type { LonLat } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from '../map/map-context';
import { PlaceCombobox } from '../search/place-combobox';
import { CoordinatesForm, coordinatesText } from './coordinates-form';

const NAME_LIMIT = 200;
/** The cross-hair's place is said this long after the map stops, not at every step of a pan. */
const SETTLE_MS = 600;

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
  // A settlement found by name that lies outside the atlas's outline of the country.
  const [refused, setRefused] = useState<string | null>(null);
  const inside = useMemo(
    () => position !== null && pointInCountry(atlas, position),
    [atlas, position],
  );

  const choose = (point: LonLat, suggestedName = '') => {
    setName(suggestedName);
    setRefused(null);
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
      <PlaceCombobox
        className="candidate-way candidate-search"
        label={t('planner:candidate.settlement')}
        placeholder={t('planner:candidate.settlementPlaceholder')}
        hint={t('planner:candidate.settlementHint')}
        indexOf={nonNodeSettlementIndex}
        detail={(hit) => regionName(atlas, hit.place.region, lang)}
        found={(count) => t('planner:point.settlementCount', { count })}
        none={t('planner:point.noSettlement')}
        invalid={refused !== null}
        onType={() => setRefused(null)}
        onChoose={(hit) => {
          const point = settlementPosition(atlas, hit.place.id);
          const name = hit.place.name[lang] ?? hit.place.name.en;
          // A few border villages fall outside the simplified outline: refused as any point there.
          if (!point || !pointInCountry(atlas, point)) {
            setRefused(name);
            return false;
          }
          choose(point, name);
          return true;
        }}
      />
      {refused ? (
        <p role="alert" className="candidate-alert">
          {t('planner:candidate.settlementOutside', { name: refused })}
        </p>
      ) : null}
      <CoordinatesForm
        className="candidate-way candidate-coordinates"
        legend={t('planner:candidate.coordinates')}
        submitLabel={t('planner:candidate.useCoordinates')}
        outside={(where) => t('planner:candidate.outsideCountry', { where })}
        onChoose={choose}
      />
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
