/**
 * Keeps the planner's work: at start it opens the scenario of a shared link (as a new unsaved
 * copy), else the last one saved; then every change is autosaved and written to the address bar,
 * so copying the address shares exactly what is on screen. A reload of the tab brings back the
 * scenario that was open, never a copy of it. Loaded after the first paint.
 */

import { create } from 'zustand';
import { translator } from '../i18n/i18n';
import type { Wording } from '../i18n/wording';
import { EMBEDDED_BLOCK, embeddedJson } from '../platform/embedded-blocks';
import { PORTABLE } from '../platform/portable';
import { type CarriedScenarioRead, readCarriedScenario } from '../scenario/carried-scenario';
import { distinctName } from '../scenario/scenario-names';
import {
  type CorruptRecord,
  createScenarioStorage,
  type ScenarioStorage,
  type ScenarioSummary,
  type StorageNotice,
} from '../scenario/scenario-storage';
import {
  type DataReference,
  decodeDataReferences,
  decodeScenarioHash,
  encodeDataReferences,
  encodeScenarioHash,
} from '../scenario/url-codec';
import type { Scenario } from '../vocabulary/scenario';
import { useNoticeStore } from './notice-store';
import { currentScenario, useScenarioStore } from './scenario-store';
import { useUserLayersStore } from './user-layers-store';

const NOTICE_MESSAGE: Record<StorageNotice, Wording> = {
  'storage-unavailable': { key: 'storageUnavailable' },
  'storage-full': { key: 'storageFull' },
  'recovered-corrupt': { key: 'recoveredCorrupt' },
};

type SessionState = {
  /** Saved scenarios, newest first. */
  saved: ScenarioSummary[];
  /** A scenario opened from a link is not saved until the planner changes it. */
  unsaved: boolean;
  /** Stored records that could not be read, kept so the planner can export them. */
  corrupt: CorruptRecord[];
  /**
   * A change waits for autosave or is being written; false once the stored copy and the address
   * are current.
   */
  saving: boolean;
};

export const useSessionStore = create<SessionState>()(() => ({
  saved: [],
  unsaved: false,
  corrupt: [],
  saving: false,
}));

let storage: ScenarioStorage | null = null;

function report(notice: StorageNotice | undefined): void {
  if (notice)
    useNoticeStore.getState().notify({ tone: 'warning', message: NOTICE_MESSAGE[notice] });
}

async function refreshList(): Promise<void> {
  if (!storage) return;
  const listed = await storage.list();
  report(listed.notice);
  const corrupt = await storage.listCorrupt();
  useSessionStore.setState({ saved: listed.value, corrupt: corrupt.value });
}

/** Saves the scenario now (autosave calls this; so does opening another scenario). */
async function saveNow(scenario: Scenario = currentScenario()): Promise<void> {
  if (!storage) return;
  const saved = await storage.save(scenario);
  report(saved.notice);
  report((await storage.setCurrentId(scenario.id)).notice);
  useSessionStore.setState({ unsaved: false });
  await refreshList();
}

/** A saved scenario, read without opening it (to compare with the open one). */
export async function loadSavedScenario(id: string): Promise<Scenario | null> {
  if (!storage) return null;
  const loaded = await storage.load(id);
  report(loaded.notice);
  return loaded.value;
}

/** Opens a saved scenario; the one open before is saved first. */
export async function openScenario(id: string): Promise<void> {
  if (!storage) return;
  await saveNow();
  const loaded = await storage.load(id);
  report(loaded.notice);
  if (loaded.value) {
    useScenarioStore.getState().replaceScenario(loaded.value);
    await saveNow(loaded.value);
  }
}

/** The names of the saved scenarios other than `id`. */
function namesBesides(id: string): string[] {
  return useSessionStore
    .getState()
    .saved.filter((summary) => summary.id !== id)
    .map((summary) => summary.name);
}

/**
 * Starts working on `scenario` (new, duplicated or imported) and saves it, named so that the
 * saved list can tell it from the others.
 */
export async function startScenario(scenario: Scenario): Promise<void> {
  await saveNow();
  const named = { ...scenario, name: distinctName(scenario.name, namesBesides(scenario.id)) };
  useScenarioStore.getState().replaceScenario(named);
  await saveNow(named);
}

/** Deletes a saved scenario and returns it, so the planner can undo; the open one is replaced. */
export async function deleteScenario(
  id: string,
  replacement: () => Scenario,
): Promise<Scenario | null> {
  if (!storage) return null;
  const removed = await storage.remove(id);
  report(removed.notice);
  if (currentScenario().id === id) {
    const next = useSessionStore.getState().saved.find((s) => s.id !== id);
    if (next) await openScenario(next.id);
    else await startScenario(replacement());
  }
  await refreshList();
  return removed.value;
}

export async function restoreScenario(scenario: Scenario): Promise<void> {
  if (!storage) return;
  report((await storage.save(scenario)).notice);
  await refreshList();
}

/** The raw text of a damaged stored record, exactly as it was found. */
export async function damagedCopy(key: string): Promise<string | null> {
  if (!storage) return null;
  return (await storage.exportCorrupt(key)).value;
}

/**
 * The history entry's record of which saved scenario its address shows. A reload keeps the
 * entry's state, so the session can tell the tab's own scenario from a link opened from elsewhere
 * (another browser or tab has no such record, or one naming another scenario).
 */
const OWN_SCENARIO = 'aimakScenarioId';

function ownScenarioId(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const id = (state as Record<string, unknown>)[OWN_SCENARIO];
  return typeof id === 'string' ? id : null;
}

/** The address that shows the current scenario, keeping `?lang=`. */
/** The user's added layers as a link names them. */
function addedLayerReferences(): DataReference[] {
  return useUserLayersStore.getState().layers.map((layer) => ({
    name: layer.name,
    count: layer.part.kind === 'table' ? layer.part.rows.length : layer.part.features.length,
  }));
}

export function shareUrl(scenario: Scenario = currentScenario()): string {
  const url = new URL(window.location.href);
  url.hash = (encodeScenarioHash(scenario) + encodeDataReferences(addedLayerReferences())).slice(1);
  return url.href;
}

function debounce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

/**
 * @example
 * await startScenarioSession(); // once, after the first render
 */
export async function startScenarioSession(
  options: {
    storage?: ScenarioStorage;
    location?: Location;
    history?: History;
    /** The portable atlas's scenario (read from the page when omitted there). */
    carried?: CarriedScenarioRead;
  } = {},
): Promise<void> {
  const location = options.location ?? window.location;
  const history = options.history ?? window.history;
  storage = options.storage ?? createScenarioStorage();
  const notify = useNoticeStore.getState().notify;
  const language = useScenarioStore.getState().view.language; // ?lang= or remembered, set at start

  report((await storage.recoverCorrupt()).notice);
  await refreshList();
  const fromLink = decodeScenarioHash(location.hash);
  const reloadedId = ownScenarioId(history.state);
  // A portable atlas opens on the scenario it carries; once edited, its address holds the edits.
  const carried: CarriedScenarioRead =
    options.carried ??
    (PORTABLE ? readCarriedScenario(embeddedJson(EMBEDDED_BLOCK.carried)) : { ok: 'none' });
  if (fromLink.ok === 'none' && carried.ok === true) {
    const { scenario, madeAt } = carried.carried;
    const name = distinctName(scenario.name, namesBesides(scenario.id));
    useScenarioStore.getState().replaceScenario({ ...scenario, name });
    useSessionStore.setState({ unsaved: true });
    const made = madeAt.toISOString().slice(0, 16).replace('T', ' ');
    notify({
      tone: 'info',
      message: { key: 'atlasCarries', values: { name, made: `${made} UTC` } },
    });
  } else if (fromLink.ok === true && reloadedId !== null) {
    // A reload of this tab: the address holds the newest state of its own scenario (autosave
    // may not have caught up), so it is opened as that scenario, not as a copy.
    const scenario = { ...fromLink.scenario, id: reloadedId };
    useScenarioStore.getState().replaceScenario(scenario);
    await saveNow(scenario);
  } else if (fromLink.ok === true) {
    const same = await savedScenarioShownBy(location.hash);
    if (same) {
      // A link to exactly what is saved here (a bookmark, a second tab): open the saved one.
      useScenarioStore.getState().replaceScenario(same);
      await saveNow(same);
    } else {
      const copy = fromLink.scenario;
      const name = distinctName(copy.name, namesBesides(copy.id));
      useScenarioStore.getState().replaceScenario({ ...copy, name });
      useSessionStore.setState({ unsaved: true });
      notify({ tone: 'info', message: { key: 'linkLoaded' } });
      const references = decodeDataReferences(location.hash);
      if (references.length > 0) {
        notify({
          tone: 'info',
          message: {
            key: 'linkNamesLayers',
            values: {
              count: references.length,
              layers: references.map((ref) => `${ref.name} (${ref.count})`).join(', '),
            },
          },
        });
      }
    }
  } else {
    if (fromLink.ok === false)
      notify({ tone: 'warning', message: { key: 'linkInvalid' }, reasons: [fromLink.error] });
    if (carried.ok === false)
      notify({
        tone: 'warning',
        message: { key: 'carriedInvalid' },
        reasons: [{ key: 'outsideText', values: { text: carried.error } }],
      });
    const currentId = await storage.getCurrentId();
    report(currentId.notice);
    const stored = currentId.value ? await storage.load(currentId.value) : null;
    if (stored?.value) useScenarioStore.getState().replaceScenario(stored.value);
    // The language the planner asked for by link or choice wins over the stored one.
    if (new URLSearchParams(location.search).has('lang')) {
      useScenarioStore.getState().setView({ language });
    }
    if (!stored?.value) {
      // The first scenario is named in the planner's language.
      useScenarioStore
        .getState()
        .rename(
          `${translator(useScenarioStore.getState().view.language)('planner:scenario.title')} 1`,
        );
    }
  }
  await refreshList();

  const writeAddressNow = () => {
    const scenario = currentScenario();
    history.replaceState({ ...history.state, [OWN_SCENARIO]: scenario.id }, '', shareUrl(scenario));
  };
  const writeAddress = debounce(writeAddressNow, 250);
  // Each change bumps the count; only the save that follows the latest change clears `saving`.
  let changes = 0;
  const autosave = debounce(() => {
    const upTo = changes;
    writeAddressNow(); // so that "saved" means the address is current too
    void saveNow().finally(() => {
      if (upTo === changes) useSessionStore.setState({ saving: false });
    });
  }, 400);
  let last = currentScenario();
  useScenarioStore.subscribe(() => {
    const scenario = currentScenario();
    if (scenario === last) return;
    const edited =
      scenario.id === last.id &&
      (scenario.nodes !== last.nodes ||
        scenario.analysis !== last.analysis ||
        scenario.slides !== last.slides ||
        scenario.name !== last.name);
    last = scenario;
    writeAddress();
    // A link's copy is saved once the planner makes it theirs by editing it.
    if (!useSessionStore.getState().unsaved || edited) {
      changes += 1;
      useSessionStore.setState({ saving: true });
      autosave();
    }
  });
  writeAddress();
}

/** The saved scenario whose share link is `hash`, read only when some saved one could be it. */
async function savedScenarioShownBy(hash: string): Promise<Scenario | null> {
  if (!storage) return null;
  // The layers a link may name after the scenario (`&d=…`) are not the scenario.
  const scenarioPart = hash.split('&')[0];
  for (const summary of useSessionStore.getState().saved) {
    const loaded = await storage.load(summary.id);
    if (loaded.value && encodeScenarioHash(loaded.value) === scenarioPart) return loaded.value;
  }
  return null;
}
