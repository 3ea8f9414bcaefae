/**
 * What the atlas window and the presenter view (a second window, `?presenter`) say to each other
 * over a BroadcastChannel. BroadcastChannel works between windows of one origin, file:// pages in
 * Chromium included, needs no server, no `window.opener` and no storage. Pure: the types, the
 * channel's name and a validator; the windows own the channel itself.
 *
 * The atlas window is the one source of truth: it sends the whole deck's text (not the map's
 * layers or cameras) with the slide on screen each time something changes, and answers a hello.
 * The presenter view only asks: go to a slide, or one step. Anything read from the channel is
 * untrusted (another tab, another version of the app): `parseChannelMessage` accepts only the
 * shapes below, within the scenario's own limits, and never throws.
 */
import { LANGUAGES, type Language, type Localized } from '../vocabulary/languages';

/** The channel's name; `v1` changes when the messages do, so two versions never mix. */
export const PRESENTER_CHANNEL = 'aimak-atlas:presenter:v1';

/** The text of one slide, as the presenter view shows it. */
export type PresenterSlide = {
  id: string;
  title: Localized | null;
  caption: Localized;
  notes: Localized;
  /** The Concept section a tour chapter cites. */
  source: string | null;
};

/** Which deck is shown: the built-in tour or the presenter's own slides. */
export type DeckName = 'tour' | 'slides';

/** Sent by an atlas window. `from` tells atlas windows apart (two tabs may be open). */
export type AtlasMessage =
  | {
      kind: 'presenting';
      from: string;
      deckName: DeckName;
      deck: PresenterSlide[];
      index: number;
      /** When the presentation started (ms since 1970, the atlas window's clock). */
      startedAt: number;
      language: Language;
    }
  | {
      kind: 'idle';
      from: string;
      /** none: no presentation yet; stopped: it was left; closed: the atlas window went away. */
      reason: 'none' | 'stopped' | 'closed';
      language: Language;
    };

/** Sent by a presenter view; `to` names the atlas window whose presentation it follows. */
export type PresenterMessage =
  | { kind: 'hello' }
  | { kind: 'go'; to: string; index: number }
  | { kind: 'step'; to: string; offset: 1 | -1 };

export type ChannelMessage = AtlasMessage | PresenterMessage;

/** Most slides in a deck: as many as a scenario may hold (the tour has fewer). */
const MAX_DECK = 100;
/** Longest text per language, as the scenario schema allows captions (500) and notes (2000). */
const MAX_TITLE = 200;
const MAX_CAPTION = 500;
const MAX_NOTES = 2000;
const MAX_SOURCE = 100;
const SLIDE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const WINDOW_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** A random id for this window, as `from` and `to` carry it. */
export function newWindowId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

const isWindowId = (value: unknown): value is string =>
  typeof value === 'string' && WINDOW_ID.test(value);

const isIndex = (value: unknown, length: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;

/** Exactly the keys given (no more, no fewer): nothing unexpected is carried along. */
function hasKeys(raw: Raw, keys: readonly string[]): boolean {
  const own = Object.keys(raw);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(raw, key));
}

function localized(value: unknown, max: number): Localized | null {
  if (!isRecord(value) || !hasKeys(value, LANGUAGES)) return null;
  const { ky, ru, en } = value;
  if (!isText(ky, max) || !isText(ru, max) || !isText(en, max)) return null;
  return { ky, ru, en };
}

function slide(value: unknown): PresenterSlide | null {
  if (!isRecord(value) || !hasKeys(value, ['id', 'title', 'caption', 'notes', 'source'])) {
    return null;
  }
  const { id, source } = value;
  if (typeof id !== 'string' || !SLIDE_ID.test(id)) return null;
  if (source !== null && !isText(source, MAX_SOURCE)) return null;
  const title = value.title === null ? null : localized(value.title, MAX_TITLE);
  if (value.title !== null && title === null) return null;
  const caption = localized(value.caption, MAX_CAPTION);
  const notes = localized(value.notes, MAX_NOTES);
  if (caption === null || notes === null) return null;
  return { id, title, caption, notes, source };
}

function presenting(raw: Raw): AtlasMessage | null {
  const keys = ['kind', 'from', 'deckName', 'deck', 'index', 'startedAt', 'language'];
  if (!hasKeys(raw, keys) || !isWindowId(raw.from) || !isLanguage(raw.language)) return null;
  if (raw.deckName !== 'tour' && raw.deckName !== 'slides') return null;
  if (!Array.isArray(raw.deck) || raw.deck.length === 0 || raw.deck.length > MAX_DECK) return null;
  const deck: PresenterSlide[] = [];
  for (const item of raw.deck) {
    const parsed = slide(item);
    if (parsed === null) return null;
    deck.push(parsed);
  }
  if (!isIndex(raw.index, deck.length)) return null;
  if (typeof raw.startedAt !== 'number' || !Number.isFinite(raw.startedAt) || raw.startedAt < 0) {
    return null;
  }
  return {
    kind: 'presenting',
    from: raw.from,
    deckName: raw.deckName,
    deck,
    index: raw.index,
    startedAt: raw.startedAt,
    language: raw.language,
  };
}

/**
 * The message, rebuilt from what was checked, or null for anything else (wrong kind, a key too
 * many or too few, text too long, an index outside the deck, a hostile object).
 *
 * @example
 *   parseChannelMessage({ kind: 'hello' }); // { kind: 'hello' }
 *   parseChannelMessage({ kind: 'step', to: 'a1b2c3d4e5', offset: 2 }); // null
 */
export function parseChannelMessage(data: unknown): ChannelMessage | null {
  try {
    if (!isRecord(data)) return null;
    switch (data.kind) {
      case 'hello':
        return hasKeys(data, ['kind']) ? { kind: 'hello' } : null;
      case 'go':
        return hasKeys(data, ['kind', 'to', 'index']) &&
          isWindowId(data.to) &&
          isIndex(data.index, MAX_DECK)
          ? { kind: 'go', to: data.to, index: data.index }
          : null;
      case 'step':
        return hasKeys(data, ['kind', 'to', 'offset']) &&
          isWindowId(data.to) &&
          (data.offset === 1 || data.offset === -1)
          ? { kind: 'step', to: data.to, offset: data.offset }
          : null;
      case 'idle':
        return hasKeys(data, ['kind', 'from', 'reason', 'language']) &&
          isWindowId(data.from) &&
          isLanguage(data.language) &&
          (data.reason === 'none' || data.reason === 'stopped' || data.reason === 'closed')
          ? { kind: 'idle', from: data.from, reason: data.reason, language: data.language }
          : null;
      case 'presenting':
        return presenting(data);
      default:
        return null;
    }
  } catch {
    return null;
  }
}
