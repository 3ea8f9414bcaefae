// The user's layers: adding, toggling, restyling and removing; saved with their scenario and read
// back for it alone; storage that is full keeps the layers on the map and says they were not saved.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { addUserFiles } from '../../../src/state/add-user-files';
import { useNoticeStore } from '../../../src/state/notice-store';
import { useScenarioStore } from '../../../src/state/scenario-store';
import {
  createUserLayerStorage,
  type UserLayerBackend,
} from '../../../src/state/user-layer-storage';
import { startUserLayersSession } from '../../../src/state/user-layers-session';
import { useUserLayersStore } from '../../../src/state/user-layers-store';
import type { ParsedLayer, ParsedTable } from '../../../src/user-data/types';

const schools: ParsedLayer = {
  kind: 'features',
  name: 'schools.geojson',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [74.6, 42.87] },
      properties: { pupils: 300 },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [72.8, 40.53] },
      properties: { pupils: 120 },
    },
  ],
  fields: [{ name: 'pupils', kind: 'number', distinct: 2 }],
  skipped: { nullGeometry: 0, invalidCoordinates: 0 },
};
const census: ParsedTable = {
  kind: 'table',
  name: 'census.csv',
  rows: [
    { region: 'Naryn', population: 1 },
    { region: 'Talas', population: 2 },
    { region: 'Osh', population: 3 },
  ],
  fields: [],
};

/** A backend in memory; `full` makes every write fail as a full IndexedDB does. */
function memoryBackend() {
  const values = new Map<string, unknown>();
  const backend: UserLayerBackend & { full: boolean } = {
    full: false,
    get: async (key) => structuredClone(values.get(key)),
    async set(key, value) {
      if (backend.full)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      values.set(key, structuredClone(value));
    },
    delete: async (key) => void values.delete(key),
  };
  return { backend, values };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(() => {
  useUserLayersStore.setState({
    layers: [],
    selected: null,
    reading: null,
    announcement: null,
    saving: false,
  });
  useNoticeStore.setState({ notices: [] });
  useScenarioStore.getState().replaceScenario({ ...defaultScenario(), id: 'scenario-a' });
});

describe('the user layers store', () => {
  it('adds each part as a layer, toggles, restyles and removes it, leaving the others', () => {
    const store = useUserLayersStore.getState();
    expect(store.add([schools, census])).toEqual(['layer-1', 'layer-2']);
    store.toggle('layer-1');
    expect(useUserLayersStore.getState().layers[0]?.visible).toBe(false);
    const style = {
      colour: '#1b9e77',
      symbology: { kind: 'single' as const },
      labelField: 'pupils',
    };
    store.restyle('layer-1', style);
    expect(useUserLayersStore.getState().layers[0]?.style).toBe(style);
    store.remove('layer-1');
    expect(useUserLayersStore.getState().layers.map((l) => [l.id, l.name])).toEqual([
      ['layer-2', 'census.csv'],
    ]);
    // Ids are never reused while the list holds a higher one.
    expect(store.add([schools])).toEqual(['layer-3']);
  });

  it('is not undone with the scenario: undo of a node edit keeps an added layer', async () => {
    const { undo } = await import('../../../src/state/scenario-store');
    useScenarioStore.getState().removeNode('naryn');
    useUserLayersStore.getState().add([schools]);
    undo();
    expect(useScenarioStore.getState().nodes.removed).toEqual([]);
    expect(useUserLayersStore.getState().layers).toHaveLength(1);
  });
});

describe('adding files', () => {
  it('adds what the parser read and refuses a file with an alert, changing nothing', async () => {
    useUserLayersStore.getState().add([schools]);
    await addUserFiles(
      [new File(['x'], 'census.csv'), new File(['{'], 'broken.geojson')],
      async (file) =>
        file.name === 'census.csv'
          ? { ok: true, fileName: file.name, format: 'csv', parts: [census] }
          : {
              ok: false,
              fileName: file.name,
              problem: { key: 'notReadable', values: { file: file.name } },
            },
    );
    expect(useUserLayersStore.getState().layers.map((l) => l.name)).toEqual([
      'schools.geojson',
      'census.csv',
    ]);
    expect(useUserLayersStore.getState().announcement).toMatchObject({
      file: 'census.csv',
      count: 3,
      table: true,
    });
    const [refusal] = useNoticeStore.getState().notices;
    expect(refusal).toMatchObject({
      tone: 'error',
      message: { key: 'fileRefused', values: { file: 'broken.geojson' } },
    });
    expect(refusal?.reasons?.[0]?.values).toEqual({
      // worded in the interface language (the default scenario's is Kyrgyz)
      text: 'broken.geojson: браузер файлды окуй алган жок.',
    });
    expect(useUserLayersStore.getState().reading).toBeNull();
  });
});

describe('user layer storage', () => {
  it('keeps each scenario’s layers apart and forgets a removed layer’s features', async () => {
    const { backend, values } = memoryBackend();
    const storage = createUserLayerStorage(backend);
    const layer = (id: string, part: ParsedLayer | ParsedTable) => ({
      id,
      name: part.name,
      count: part.kind === 'features' ? part.features.length : part.rows.length,
      visible: true,
      style: { colour: '#d95f02', symbology: { kind: 'single' as const }, labelField: null },
      part,
    });
    await storage.save('a', [layer('layer-1', schools), layer('layer-2', census)]);
    await storage.save('b', [layer('layer-1', census)]);
    expect((await storage.load('a')).layers.map((l) => [l.id, l.name, l.count])).toEqual([
      ['layer-1', 'schools.geojson', 2],
      ['layer-2', 'census.csv', 3],
    ]);
    expect((await storage.load('b')).layers.map((l) => l.name)).toEqual(['census.csv']);
    await storage.save('a', [layer('layer-2', census)]);
    expect([...values.keys()].sort()).toEqual([
      'layers:a',
      'layers:b',
      'part:a:layer-2',
      'part:b:layer-1',
    ]);
    expect((await storage.load('a')).layers[0]?.part).toEqual(census);
  });

  it('reads back through idb-keyval in a (fake) IndexedDB', async () => {
    const storage = createUserLayerStorage();
    await storage.save('idb', [
      {
        id: 'layer-1',
        name: 'schools.geojson',
        count: 2,
        visible: false,
        style: {
          colour: '#000000',
          symbology: { kind: 'category', field: 'pupils' },
          labelField: null,
        },
        part: schools,
      },
    ]);
    const again = await createUserLayerStorage().load('idb');
    expect(again.layers[0]).toMatchObject({
      name: 'schools.geojson',
      visible: false,
      part: schools,
    });
  });
});

describe('the user layers session', () => {
  it('saves the layers with the open scenario and reads them back after a restart', async () => {
    const { backend } = memoryBackend();
    const stop = await startUserLayersSession({
      storage: createUserLayerStorage(backend),
      saveDelayMs: 0,
    });
    useUserLayersStore.getState().add([schools]);
    await settle();
    stop();
    useUserLayersStore.setState({ layers: [] });
    const stopAgain = await startUserLayersSession({
      storage: createUserLayerStorage(backend),
      saveDelayMs: 0,
    });
    expect(useUserLayersStore.getState().layers.map((l) => [l.id, l.name])).toEqual([
      ['layer-1', 'schools.geojson'],
    ]);
    // Another scenario has none of them; going back brings them again.
    useScenarioStore.getState().replaceScenario({ ...defaultScenario(), id: 'scenario-b' });
    await settle();
    expect(useUserLayersStore.getState().layers).toEqual([]);
    useScenarioStore.getState().replaceScenario({ ...defaultScenario(), id: 'scenario-a' });
    await settle();
    expect(useUserLayersStore.getState().layers.map((l) => l.name)).toEqual(['schools.geojson']);
    stopAgain();
  });

  it('keeps a layer on the map when storage is full, and says it was not saved', async () => {
    const { backend } = memoryBackend();
    backend.full = true;
    const stop = await startUserLayersSession({
      storage: createUserLayerStorage(backend),
      saveDelayMs: 0,
    });
    useUserLayersStore.getState().add([schools]);
    await settle();
    expect(useUserLayersStore.getState().layers.map((l) => l.name)).toEqual(['schools.geojson']);
    expect(useNoticeStore.getState().notices.map((n) => n.message.key)).toEqual([
      'userLayersNotSavedFull',
    ]);
    // Once there is room again, the next change saves everything.
    backend.full = false;
    useUserLayersStore.getState().toggle('layer-1');
    await settle();
    expect((await createUserLayerStorage(backend).load('scenario-a')).layers).toHaveLength(1);
    stop();
  });
});
