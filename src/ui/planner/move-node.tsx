/**
 * Moving a growth node without dragging it (WCAG 2.2, 2.5.7 and 2.1.1): the move panel over the
 * map, opened by the "Move <node>" buttons (./move-node-button.tsx). In the panel the arrow keys
 * move the node 1 km (10 km with Shift), Enter keeps it and Escape puts it back; buttons do the
 * same for a single pointer; a settlement found by name or typed coordinates put it there at once.
 * The state is the view store's move tool (src/state/node-move.ts); the map and the analysis follow
 * it through the drag preview, as they follow a drag.
 */
import {
  type KeyboardEvent,
  type MouseEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import { greatCircleKm } from '../../analysis/great-circle';
import type { AtlasData } from '../../data/atlas';
import { placeName, regionName, settlementPosition } from '../../data/atlas-index';
import { formatDistance } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import { nearestSettlement } from '../../scenario/nearest-settlement';
import { pointInCountry } from '../../scenario/point-in-country';
import { regionOfPoint } from '../../scenario/region-of-point';
import { settlementIndex } from '../../search/place-search';
import {
  cancelNodeMove,
  type Direction,
  dropNodeMovePreview,
  keepNodeMove,
  moveNodeTo,
  type NodeMove,
  stepNode,
} from '../../state/node-move';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../vocabulary/languages';
import type { LonLat } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { isTypingTarget } from '../keyboard';
import { useMapControllerRef } from '../map/map-context';
import { PlaceCombobox } from '../search/place-combobox';
import { CoordinatesForm } from './coordinates-form';
import { nodeName } from './move-node-button';

const STEP_KM = 1;
const BIG_STEP_KM = 10;
/** A held arrow key repeats about 30 times a second: the screen reader hears where it stopped. */
const ANNOUNCE_AFTER_MS = 700;
/** Close enough to see the node's surroundings; a closer view the planner chose is kept. */
const MOVE_ZOOM = 8;

const ARROW_KEYS: Record<string, Direction> = {
  ArrowUp: 'north',
  ArrowRight: 'east',
  ArrowDown: 'south',
  ArrowLeft: 'west',
};

/**
 * The move panel while a node is being moved, over the map (in the page's `main`, so that it
 * shows whether the side panel is open or not). Leaving analysis puts the node back.
 */
export function MoveNodeHost() {
  const tool = useViewStore((state) => state.tool);
  const move = tool.type === 'move-node' ? tool : null;
  const shown = useRef<NodeMove | null>(null);

  useEffect(() => {
    // Another tool took over (adding a candidate): the node goes back to where it was.
    const previous = shown.current;
    shown.current = move;
    if (previous && previous.id !== move?.id) dropNodeMovePreview(previous);
  }, [move]);
  useEffect(() => () => void cancelNodeMove(), []);

  if (!move) return null;
  const target = document.querySelector('main') ?? document.body;
  return createPortal(<MovePanel key={`${move.id}:${move.returnFocusTo}`} move={move} />, target);
}

/** Ends the move (keeping the node or putting it back) and gives the focus back to its button. */
function endMove(how: 'keep' | 'put-back'): void {
  const ended = how === 'keep' ? keepNodeMove() : cancelNodeMove();
  if (ended) document.getElementById(ended.returnFocusTo)?.focus();
}

/** Where the node is, in words: distance from its start, the nearest settlement, the region. */
function whereabouts(atlas: AtlasData, lang: Language, t: Translate, move: NodeMove) {
  const settlement = nearestSettlement(atlas, move.position);
  const region = regionOfPoint(atlas, move.position);
  const values = {
    distance: formatDistance(lang, greatCircleKm(move.start, move.position), { digits: 1 }),
    settlement: settlement ? placeName(atlas, { kind: 'settlement', id: settlement.id }, lang) : '',
    region: region
      ? regionName(atlas, region, lang)
      : pointInCountry(atlas, move.position)
        ? t('planner:outside')
        : t('planner:move.outsideCountry'),
  };
  return values;
}

function MovePanel({ move }: { move: NodeMove }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const controllerRef = useMapControllerRef();
  const candidates = useScenarioStore((state) => state.nodes.candidates);
  const padRef = useRef<HTMLDivElement>(null);
  const [bigSteps, setBigSteps] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const id = useId();
  const name = nodeName(atlas, candidates, move.id, lang);
  const where = useMemo(() => whereabouts(atlas, lang, t, move), [atlas, lang, t, move]);
  const moved = move.position !== move.start;

  useEffect(() => {
    padRef.current?.focus();
  }, []);

  // The camera follows the node, close enough to see a 1 km step. (The zoom is read again each
  // step, so a closer view stays; mid-flight it is below MOVE_ZOOM, which is then kept.)
  useEffect(() => {
    const controller = controllerRef.current;
    if (!controller) return;
    controller.focus({
      center: move.position,
      zoom: Math.max(controller.camera().zoom, MOVE_ZOOM),
    });
  }, [controllerRef, move.position]);

  // Said once the node rests, not on every step of a held key.
  const said = moved ? t('planner:move.said', { name, ...where }) : '';
  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setAnnouncement(said), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [said]);

  const step = (direction: Direction, big: boolean) =>
    stepNode(direction, big ? BIG_STEP_KM : STEP_KM);
  const placed = (position: LonLat) => {
    moveNodeTo(position);
    padRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // the profile under the panel stays open
      endMove('put-back');
      return;
    }
    if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const direction = ARROW_KEYS[event.key];
    if (direction) {
      event.preventDefault();
      step(direction, event.shiftKey);
    } else if (event.key === 'Enter' && event.target === padRef.current) {
      event.preventDefault();
      endMove('keep');
    }
  };

  const stepButton = (direction: Direction, arrow: string) => (
    <button
      type="button"
      className={`move-step move-${direction}`}
      aria-label={t(`planner:move.${direction}`, {
        distance: formatDistance(lang, bigSteps ? BIG_STEP_KM : STEP_KM),
      })}
      onClick={(event: MouseEvent) => step(direction, bigSteps || event.shiftKey)}
    >
      <span aria-hidden="true">{arrow}</span>
    </button>
  );

  return (
    <section className="move-node" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <h2 id={`${id}-title`}>{t('planner:move.title', { name })}</h2>
      <div
        ref={padRef}
        className="move-pad"
        // The arrow keys act here, also under a screen reader (which would otherwise read on).
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the pad is a keyboard widget that takes the arrow keys
        tabIndex={0}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help ${id}-where`}
        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Shift+ArrowUp Enter Escape"
      >
        <p id={`${id}-help`}>{t('planner:move.help', { name })}</p>
      </div>
      <p id={`${id}-where`} className="move-where">
        {t('planner:move.where', where)}
      </p>
      <div className="move-steps">
        <fieldset className="move-arrows">
          <legend className="visually-hidden">{t('planner:move.steps')}</legend>
          {stepButton('north', '↑')}
          {stepButton('west', '←')}
          {stepButton('east', '→')}
          {stepButton('south', '↓')}
        </fieldset>
        <label className="move-big-steps">
          <input
            type="checkbox"
            checked={bigSteps}
            onChange={(event) => setBigSteps(event.target.checked)}
          />
          {t('planner:move.bigSteps')}
        </label>
      </div>
      <PlaceCombobox
        className="move-search"
        label={t('planner:move.toSettlement')}
        indexOf={settlementIndex}
        detail={(hit) => regionName(atlas, hit.place.region, lang)}
        found={(count) => t('planner:point.settlementCount', { count })}
        none={t('planner:point.noSettlement')}
        onChoose={(hit) => {
          const position = settlementPosition(atlas, hit.place.id);
          if (position) placed(position);
          return position !== null;
        }}
      />
      <CoordinatesForm
        className="move-coordinates"
        legend={t('planner:move.coordinates')}
        submitLabel={t('planner:move.go')}
        position={move.position}
        outside={(where) => t('planner:move.outside', { where })}
        onChoose={placed}
      />
      <div className="buttons move-end">
        <button type="button" className="move-button primary" onClick={() => endMove('keep')}>
          {t('planner:move.keep')}
        </button>
        <button type="button" className="move-button" onClick={() => endMove('put-back')}>
          {t('planner:move.putBack')}
        </button>
      </div>
      <p role="status" className="visually-hidden move-announcement">
        {announcement}
      </p>
    </section>
  );
}
