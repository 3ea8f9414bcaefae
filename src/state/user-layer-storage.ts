// The layers a user added, kept with their scenario in IndexedDB: the features once per layer,
// the list (name, count, style) per scenario. A write the browser refuses is reported, never thrown.
import { createStore, del, get, set } from 'idb-keyval';
import { isQuotaError, type StorageNotice } from '../scenario/scenario-storage';
import type { ParsedPart } from '../user-data/types';
import type { UserLayerStyle } from '../vocabulary/user-layers';

/** What a scenario keeps of a layer besides its features. */
export type UserLayerRecord = {
  id: string;
  name: string;
  count: number;
  visible: boolean;
  style: UserLayerStyle;
};

export type StoredUserLayer = UserLayerRecord & { part: ParsedPart };

/** A key–value store of structured-cloneable values; any method may reject. */
export type UserLayerBackend = {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
};

export type UserLayerStorage = {
  /** Stores the scenario's layers (features only of layers not stored before) and forgets removed ones. */
  save(
    scenarioId: string,
    layers: readonly StoredUserLayer[],
  ): Promise<{ saved: boolean; notice?: StorageNotice }>;
  /** The scenario's layers; those whose features cannot be read are left out and counted. */
  load(
    scenarioId: string,
  ): Promise<{ layers: StoredUserLayer[]; missing: number; notice?: StorageNotice }>;
};

const listKey = (scenarioId: string) => `layers:${scenarioId}`;
const partKey = (scenarioId: string, layerId: string) => `part:${scenarioId}:${layerId}`;

/** The IndexedDB database `aimak-atlas-layers` (beside the scenarios'), through idb-keyval. */
function indexedDbLayerBackend(): UserLayerBackend {
  let store: ReturnType<typeof createStore> | undefined;
  const db = () => {
    store ??= createStore('aimak-atlas-layers', 'layers');
    return store;
  };
  return {
    get: (key) => get(key, db()),
    set: (key, value) => set(key, value, db()),
    delete: (key) => del(key, db()),
  };
}

function isPart(value: unknown): value is ParsedPart {
  if (typeof value !== 'object' || value === null) return false;
  const part = value as Partial<Record<string, unknown>>;
  return (
    (part.kind === 'features' && Array.isArray(part.features) && Array.isArray(part.fields)) ||
    (part.kind === 'table' && Array.isArray(part.rows) && Array.isArray(part.fields))
  );
}

function isRecordList(value: unknown): value is UserLayerRecord[] {
  return (
    Array.isArray(value) &&
    value.every(
      (r) =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.id === 'string' &&
        typeof r.name === 'string' &&
        typeof r.style === 'object',
    )
  );
}

const noticeOf = (error: unknown): StorageNotice =>
  isQuotaError(error) ? 'storage-full' : 'storage-unavailable';

/**
 * @example
 *   const storage = createUserLayerStorage();
 *   const { saved, notice } = await storage.save(scenario.id, layers); // notice → tell the user
 *   const { layers } = await storage.load(scenario.id);
 */
export function createUserLayerStorage(
  backend: UserLayerBackend | null = typeof indexedDB === 'undefined'
    ? null
    : indexedDbLayerBackend(),
): UserLayerStorage {
  // Features are written once per layer; a layer's features never change after it is added.
  const written = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    save: (scenarioId, layers) =>
      serial(async () => {
        if (backend === null) return { saved: false, notice: 'storage-unavailable' as const };
        try {
          for (const layer of layers) {
            const key = partKey(scenarioId, layer.id);
            if (written.has(key)) continue;
            await backend.set(key, layer.part);
            written.add(key);
          }
          const before = await backend.get(listKey(scenarioId));
          const records = layers.map(({ part: _part, ...record }) => record);
          await backend.set(listKey(scenarioId), records);
          const kept = new Set(layers.map((l) => l.id));
          for (const old of isRecordList(before) ? before : []) {
            if (kept.has(old.id)) continue;
            await backend.delete(partKey(scenarioId, old.id));
            written.delete(partKey(scenarioId, old.id));
          }
          return { saved: true };
        } catch (error) {
          return { saved: false, notice: noticeOf(error) };
        }
      }),
    load: (scenarioId) =>
      serial(async () => {
        if (backend === null) return { layers: [], missing: 0 };
        try {
          const records = await backend.get(listKey(scenarioId));
          if (!isRecordList(records)) return { layers: [], missing: 0 };
          const layers: StoredUserLayer[] = [];
          for (const record of records) {
            const key = partKey(scenarioId, record.id);
            const part = await backend.get(key);
            if (!isPart(part)) continue;
            written.add(key);
            layers.push({ ...record, part });
          }
          return { layers, missing: records.length - layers.length };
        } catch (error) {
          return { layers: [], missing: 0, notice: noticeOf(error) };
        }
      }),
  };
}
