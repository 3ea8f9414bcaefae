// A repository of named scenarios that never loses work: IndexedDB, localStorage or memory.
import { createStore, del, get, keys, set } from 'idb-keyval';
import type { Scenario } from '../vocabulary/scenario';
import { parseScenario } from './scenario-schema';

/**
 * Told to the user: storage cannot be used at all (private mode), is full (changes are kept in
 * memory only), or a corrupt record was replaced by its last good copy (the corrupt one is kept
 * for export).
 */
export type StorageNotice = 'storage-unavailable' | 'storage-full' | 'recovered-corrupt';

/** Every operation resolves (never rejects) to its value and, when something went wrong, a notice. */
export type StorageResult<T> = { value: T; notice?: StorageNotice };

export type ScenarioSummary = { id: string; name: string; updatedAt: string };
export type CorruptRecord = { key: string; id: string; savedAt: string };

/** A string key–value store; any method may throw or reject, the repository copes. */
export type StorageBackend = {
  readonly kind: 'indexeddb' | 'localstorage';
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
};

export type ScenarioStorage = {
  /** Saved scenarios, most recently updated first; corrupt records are recovered on the way. */
  list(): Promise<StorageResult<ScenarioSummary[]>>;
  /** The scenario, its last good copy if the record is corrupt, or null if there is none. */
  load(id: string): Promise<StorageResult<Scenario | null>>;
  /** Stores the scenario, keeping the version it replaces as the last good copy. */
  save(scenario: Scenario): Promise<StorageResult<boolean>>;
  /** Deletes the scenario and returns it, so that undo can `save` it again. */
  remove(id: string): Promise<StorageResult<Scenario | null>>;
  getCurrentId(): Promise<StorageResult<string | null>>;
  setCurrentId(id: string | null): Promise<StorageResult<void>>;
  /** Checks every record; returns the ids recovered to their last good copy and those lost. */
  recoverCorrupt(): Promise<StorageResult<{ recovered: string[]; lost: string[] }>>;
  /** Corrupt records moved aside, newest first. */
  listCorrupt(): Promise<StorageResult<CorruptRecord[]>>;
  /** The raw text of a corrupt record, for the user to download. */
  exportCorrupt(key: string): Promise<StorageResult<string | null>>;
  /** 'memory' once a write could not reach persistent storage: work is kept for this session. */
  readonly persistence: 'persistent' | 'memory';
};

const SCENARIO = 'scenario:';
const PREVIOUS = 'prev:';
const CORRUPT = 'corrupt:';
const CURRENT = 'current';

/** The IndexedDB database `aimak-atlas`, object store `scenarios`, through idb-keyval. */
function indexedDbBackend(): StorageBackend {
  let store: ReturnType<typeof createStore> | undefined;
  const db = () => {
    store ??= createStore('aimak-atlas', 'scenarios');
    return store;
  };
  return {
    kind: 'indexeddb',
    async get(key) {
      const value: unknown = await get(key, db());
      if (value === undefined || typeof value === 'string') return value;
      return JSON.stringify(value) ?? String(value);
    },
    set: (key, value) => set(key, value, db()),
    delete: (key) => del(key, db()),
    keys: async () => (await keys(db())).filter((k): k is string => typeof k === 'string'),
  };
}

/** `window.localStorage` (or the given Storage), keys prefixed `aimak-atlas:`. */
export function localStorageBackend(storage?: () => Storage): StorageBackend {
  const prefix = 'aimak-atlas:';
  // Reading `window.localStorage` itself throws a SecurityError when cookies are blocked.
  const ls = storage ?? (() => globalThis.localStorage);
  return {
    kind: 'localstorage',
    get: async (key) => ls().getItem(prefix + key) ?? undefined,
    set: async (key, value) => ls().setItem(prefix + key, value),
    delete: async (key) => ls().removeItem(prefix + key),
    async keys() {
      const store = ls();
      const out: string[] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (key?.startsWith(prefix)) out.push(key.slice(prefix.length));
      }
      return out;
    },
  };
}

/** IndexedDB if it opens, else localStorage if it reads, else nothing (memory only). */
async function probeDefaultBackend(): Promise<StorageBackend | null> {
  if (typeof indexedDB !== 'undefined') {
    const idb = indexedDbBackend();
    try {
      await idb.get(CURRENT);
      return idb;
    } catch {
      // Firefox private windows and some embedded browsers refuse to open a database.
    }
  }
  try {
    const ls = localStorageBackend();
    await ls.get(CURRENT);
    return ls;
  } catch {
    return null;
  }
}

/**
 * The scenario repository. Without a backend it uses IndexedDB, falls back to localStorage and,
 * when neither works, keeps everything in memory. Each write that fails (quota, security) is
 * kept in a memory layer over the backend, so the app goes on working and later reads see it;
 * the result carries a notice for the user. Operations run one at a time, in call order.
 *
 * @example
 *   const storage = createScenarioStorage();
 *   const { value: list, notice } = await storage.list(); // notice → show a banner
 *   await storage.save({ ...scenario, updatedAt: new Date().toISOString() });
 *   const { value: removed } = await storage.remove(id); // undo: storage.save(removed)
 */
export function createScenarioStorage(
  backend?: StorageBackend | null,
  options: { now?: () => Date } = {},
): ScenarioStorage {
  const now = options.now ?? (() => new Date());
  const layer = new MemoryLayer(backend === undefined ? probeDefaultBackend() : backend);
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `task` after the previous operations, resolving with its value and the worst notice. */
  function run<T>(task: (notes: Notices) => Promise<T>): Promise<StorageResult<T>> {
    const result = queue.then(async () => {
      const notes = new Notices();
      const value = await task(notes);
      return notes.result(value);
    });
    queue = result.catch(() => undefined);
    return result;
  }

  /** Reads a scenario record; a corrupt one is moved aside and the last good copy restored. */
  async function loadRecord(id: string, notes: Notices): Promise<Scenario | null> {
    const text = await layer.get(SCENARIO + id, notes);
    if (text === undefined) return null;
    const scenario = readScenario(text, id);
    if (scenario !== null) return scenario;
    notes.add('recovered-corrupt');
    await moveAside(id, text, notes);
    const previous = await layer.get(PREVIOUS + id, notes);
    const good = previous === undefined ? null : readScenario(previous, id);
    if (good !== null && previous !== undefined) {
      await layer.set(SCENARIO + id, previous, notes);
      return good;
    }
    if (previous !== undefined) {
      await moveAside(id, previous, notes);
      await layer.delete(PREVIOUS + id, notes);
    }
    await layer.delete(SCENARIO + id, notes);
    return null;
  }

  async function moveAside(id: string, text: string, notes: Notices): Promise<void> {
    const time = now().toISOString();
    let key = `${CORRUPT}${id}:${time}`;
    for (let n = 1; (await layer.get(key, notes)) !== undefined; n++) {
      key = `${CORRUPT}${id}:${time}#${n}`;
    }
    await layer.set(key, text, notes);
  }

  async function scenarioIds(notes: Notices): Promise<string[]> {
    const all = await layer.keys(notes);
    return all.filter((k) => k.startsWith(SCENARIO)).map((k) => k.slice(SCENARIO.length));
  }

  return {
    get persistence() {
      return layer.persistence;
    },

    list: () =>
      run(async (notes) => {
        const summaries: ScenarioSummary[] = [];
        for (const id of await scenarioIds(notes)) {
          const scenario = await loadRecord(id, notes);
          if (scenario !== null) {
            summaries.push({ id, name: scenario.name, updatedAt: scenario.updatedAt });
          }
        }
        return summaries.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
      }),

    load: (id) => run((notes) => loadRecord(id, notes)),

    save: (scenario) =>
      run(async (notes) => {
        const parsed = parseScenario(scenario);
        if (!parsed.ok) return false;
        const key = SCENARIO + scenario.id;
        const before = await layer.get(key, notes);
        const text = JSON.stringify(parsed.scenario);
        if (before === text) return true;
        if (before !== undefined) {
          if (readScenario(before, scenario.id) !== null) {
            await layer.set(PREVIOUS + scenario.id, before, notes);
          } else {
            await moveAside(scenario.id, before, notes);
          }
        }
        await layer.set(key, text, notes);
        return true;
      }),

    remove: (id) =>
      run(async (notes) => {
        const scenario = await loadRecord(id, notes);
        await layer.delete(SCENARIO + id, notes);
        await layer.delete(PREVIOUS + id, notes);
        return scenario;
      }),

    getCurrentId: () => run(async (notes) => (await layer.get(CURRENT, notes)) ?? null),

    setCurrentId: (id) =>
      run(async (notes) => {
        if (id === null) await layer.delete(CURRENT, notes);
        else await layer.set(CURRENT, id, notes);
      }),

    recoverCorrupt: () =>
      run(async (notes) => {
        const recovered: string[] = [];
        const lost: string[] = [];
        for (const id of await scenarioIds(notes)) {
          const local = new Notices();
          const scenario = await loadRecord(id, local);
          notes.merge(local);
          if (local.has('recovered-corrupt')) (scenario === null ? lost : recovered).push(id);
        }
        return { recovered, lost };
      }),

    listCorrupt: () =>
      run(async (notes) => {
        const records: CorruptRecord[] = [];
        for (const key of await layer.keys(notes)) {
          if (!key.startsWith(CORRUPT)) continue;
          const rest = key.slice(CORRUPT.length);
          const colon = rest.indexOf(':');
          records.push({ key, id: rest.slice(0, colon), savedAt: rest.slice(colon + 1) });
        }
        return records.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
      }),

    exportCorrupt: (key) =>
      run(async (notes) =>
        key.startsWith(CORRUPT) ? ((await layer.get(key, notes)) ?? null) : null,
      ),
  };
}

function readScenario(text: string, id: string): Scenario | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = parseScenario(raw);
  return parsed.ok && parsed.scenario.id === id ? parsed.scenario : null;
}

const NOTICE_PRIORITY: readonly StorageNotice[] = [
  'recovered-corrupt',
  'storage-full',
  'storage-unavailable',
];

/** Notices gathered during one operation; the most important one is reported. */
class Notices {
  private readonly seen = new Set<StorageNotice>();
  add(notice: StorageNotice): void {
    this.seen.add(notice);
  }
  has(notice: StorageNotice): boolean {
    return this.seen.has(notice);
  }
  merge(other: Notices): void {
    for (const notice of other.seen) this.seen.add(notice);
  }
  result<T>(value: T): StorageResult<T> {
    const notice = NOTICE_PRIORITY.find((n) => this.seen.has(n));
    return notice === undefined ? { value } : { value, notice };
  }
}

export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/**
 * The backend seen through a layer of memory: a write the backend refuses lands in the layer
 * (a deletion as a tombstone), and reads prefer the layer, so nothing the user did is dropped.
 */
class MemoryLayer {
  private readonly layer = new Map<string, string | null>();
  private backend: StorageBackend | null | undefined;
  private readonly ready: Promise<StorageBackend | null>;
  private readFailed = false;

  /** 'memory' while anything lives only in the layer, or the backend is missing or unreadable. */
  get persistence(): 'persistent' | 'memory' {
    const volatile = this.backend === null || this.layer.size > 0 || this.readFailed;
    return volatile ? 'memory' : 'persistent';
  }

  constructor(backend: StorageBackend | null | Promise<StorageBackend | null>) {
    this.ready = Promise.resolve(backend).catch(() => null);
  }

  private async primary(notes: Notices): Promise<StorageBackend | null> {
    this.backend ??= await this.ready;
    if (this.backend === null) notes.add('storage-unavailable');
    return this.backend;
  }

  private failed(error: unknown, notes: Notices): void {
    notes.add(isQuotaError(error) ? 'storage-full' : 'storage-unavailable');
  }

  async get(key: string, notes: Notices): Promise<string | undefined> {
    if (this.layer.has(key)) return this.layer.get(key) ?? undefined;
    const backend = await this.primary(notes);
    if (backend === null) return undefined;
    try {
      const value = await backend.get(key);
      return typeof value === 'string' ? value : undefined;
    } catch (error) {
      this.readFailed = true;
      this.failed(error, notes);
      return undefined;
    }
  }

  async set(key: string, value: string, notes: Notices): Promise<void> {
    const backend = await this.primary(notes);
    if (backend !== null) {
      try {
        await backend.set(key, value);
        this.layer.delete(key);
        return;
      } catch (error) {
        this.failed(error, notes);
      }
    }
    this.layer.set(key, value);
  }

  async delete(key: string, notes: Notices): Promise<void> {
    const backend = await this.primary(notes);
    if (backend !== null) {
      try {
        await backend.delete(key);
        this.layer.delete(key);
        return;
      } catch (error) {
        this.failed(error, notes);
      }
    }
    this.layer.set(key, null);
  }

  async keys(notes: Notices): Promise<string[]> {
    const backend = await this.primary(notes);
    const all = new Set<string>();
    if (backend !== null) {
      try {
        for (const key of await backend.keys()) all.add(key);
      } catch (error) {
        this.readFailed = true;
        this.failed(error, notes);
      }
    }
    for (const [key, value] of this.layer) {
      if (value === null) all.delete(key);
      else all.add(key);
    }
    return [...all];
  }
}
