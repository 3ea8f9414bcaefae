/**
 * Keeps the user's layers with their scenario: when another scenario opens its layers are read
 * back, and every change is saved. Storage that is full or missing loses nothing: the layers stay
 * on the map for the session and a notice says they were not saved.
 */
import type { StorageNotice } from '../scenario/scenario-storage';
import { useNoticeStore } from './notice-store';
import { useScenarioStore } from './scenario-store';
import {
  createUserLayerStorage,
  type StoredUserLayer,
  type UserLayerStorage,
} from './user-layer-storage';
import { partCount, type UserLayer, useUserLayersStore } from './user-layers-store';
import { useViewStore } from './view-store';

const storedOf = (layer: UserLayer): StoredUserLayer => ({
  id: layer.id,
  name: layer.name,
  count: partCount(layer.part),
  visible: layer.visible,
  style: layer.style,
  part: layer.part,
});

function reportUnsaved(notice: StorageNotice): void {
  useNoticeStore.getState().notify({
    tone: 'warning',
    message: {
      key: notice === 'storage-full' ? 'userLayersNotSavedFull' : 'userLayersNotSaved',
    },
  });
}

/**
 * Starts after the scenario session, so the scenario that opens first is the one restored.
 * Resolves once the open scenario's layers are read.
 *
 * @example
 *   await startScenarioSession();
 *   await startUserLayersSession();
 */
export async function startUserLayersSession(
  options: { storage?: UserLayerStorage; saveDelayMs?: number } = {},
): Promise<() => void> {
  const storage = options.storage ?? createUserLayerStorage();
  const delay = options.saveDelayMs ?? 300;
  let scenarioId = useScenarioStore.getState().meta.id;
  let loading = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let pendingSave: (() => Promise<void>) | null = null;

  const save = async (id: string, layers: readonly UserLayer[]) => {
    const result = await storage.save(id, layers.map(storedOf));
    if (result.notice) reportUnsaved(result.notice);
  };
  const flush = async () => {
    clearTimeout(pending);
    const run = pendingSave;
    pendingSave = null;
    await run?.();
    if (pendingSave === null) useUserLayersStore.setState({ saving: false });
  };
  const load = async (id: string) => {
    loading = true;
    useUserLayersStore.getState().replaceAll([]);
    const loaded = await storage.load(id);
    loading = false;
    if (id !== scenarioId) return; // another scenario opened meanwhile
    if (loaded.notice) reportUnsaved(loaded.notice);
    useUserLayersStore
      .getState()
      .replaceAll(loaded.layers.map(({ count: _count, ...layer }) => layer));
  };

  await load(scenarioId);
  const unsubscribeLayers = useUserLayersStore.subscribe((state, previous) => {
    if (loading || state.layers === previous.layers) return;
    const id = scenarioId;
    const layers = state.layers;
    pendingSave = () => save(id, layers);
    useUserLayersStore.setState({ saving: true });
    clearTimeout(pending);
    pending = setTimeout(() => void flush(), delay);
  });
  const unsubscribeScenario = useScenarioStore.subscribe((state) => {
    if (state.meta.id === scenarioId) return;
    scenarioId = state.meta.id;
    // The scenario left behind keeps its layers: its last change is written before the switch.
    void flush().then(() => load(state.meta.id));
  });
  // One profile at a time: choosing a place of the atlas closes a user feature's profile.
  const unsubscribeView = useViewStore.subscribe((state, previous) => {
    if (state.selection !== null && state.selection !== previous.selection) {
      useUserLayersStore.getState().select(null);
    }
  });
  return () => {
    unsubscribeLayers();
    unsubscribeScenario();
    unsubscribeView();
    void flush();
  };
}
