// The user's tables kept between visits (the population base, the regional table), in their own
// IndexedDB database so a full or refused store never touches the saved scenarios.
import { createStore, del, get, set } from 'idb-keyval';

export type SaveOutcome = 'saved' | 'full' | 'unavailable';

let store: ReturnType<typeof createStore> | undefined;
const db = () => {
  store ??= createStore('aimak-atlas-user-data', 'tables');
  return store;
};
const available = () => typeof indexedDB !== 'undefined';

function isQuotaError(error: unknown): boolean {
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** What was kept under `key`, or undefined (nothing kept, or storage that does not open). */
export async function loadUserData(key: string): Promise<unknown> {
  if (!available()) return undefined;
  try {
    return await get(key, db());
  } catch {
    return undefined;
  }
}

/** Keeps `value` (null forgets it); says why when the browser refused, so the UI can tell. */
export async function saveUserData(key: string, value: unknown): Promise<SaveOutcome> {
  if (!available()) return 'unavailable';
  try {
    await (value === null ? del(key, db()) : set(key, value, db()));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}
