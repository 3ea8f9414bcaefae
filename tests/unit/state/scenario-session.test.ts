// @vitest-environment jsdom
// The session at start: a reload brings back the scenario that was open (never a copy of it), a
// link from elsewhere opens as a copy with a name the saved list can tell apart.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type CarriedScenarioRead,
  carriedScenarioRecord,
  readCarriedScenario,
} from '../../../src/scenario/carried-scenario';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { createScenarioStorage, localStorageBackend } from '../../../src/scenario/scenario-storage';
import {
  decodeDataReferences,
  encodeDataReferences,
  encodeScenarioHash,
} from '../../../src/scenario/url-codec';
import type { Scenario } from '../../../src/vocabulary/scenario';

/** What survives a reload: the browser's storage, the address and the history entry's state. */
const backing = new Map<string, string>();
const persistentStorage = () =>
  createScenarioStorage(
    localStorageBackend(
      () =>
        ({
          get length() {
            return backing.size;
          },
          key: (index: number) => [...backing.keys()][index] ?? null,
          getItem: (key: string) => backing.get(key) ?? null,
          setItem: (key: string, value: string) => void backing.set(key, value),
          removeItem: (key: string) => void backing.delete(key),
          clear: () => backing.clear(),
        }) as Storage,
    ),
  );

/** Loads the app's session afresh (module state gone, as after F5) and starts it. */
async function startApp(carried?: CarriedScenarioRead) {
  vi.resetModules();
  const store = await import('../../../src/state/scenario-store');
  const session = await import('../../../src/state/scenario-session');
  const notices = await import('../../../src/state/notice-store');
  store.useScenarioStore.getState().setView({ language: 'en' });
  await session.startScenarioSession({
    storage: persistentStorage(),
    ...(carried ? { carried } : {}),
  });
  await vi.advanceTimersByTimeAsync(1000); // address and autosave debounces
  return {
    scenario: () => store.currentScenario(),
    edit: store.useScenarioStore.getState(),
    session: () => session.useSessionStore.getState(),
    notices: () => notices.useNoticeStore.getState().notices.map((n) => n.message.key),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  backing.clear();
  window.history.replaceState(null, '', '/?lang=en');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('scenario session at start', () => {
  it('brings back the open scenario after three reloads and edits, with one saved entry (issue 10)', async () => {
    let app = await startApp();
    const id = app.scenario().id;
    for (const [index, town] of ['naryn', 'talas', 'batken'].entries()) {
      app.edit.moveNode(town, [74 + index, 41]);
      await vi.advanceTimersByTimeAsync(1000);
      app = await startApp();
      expect(app.scenario().id).toBe(id);
      expect(app.session().unsaved).toBe(false);
    }
    expect(app.scenario().nodes.moved).toEqual({
      naryn: [74, 41],
      talas: [75, 41],
      batken: [76, 41],
    });
    expect(app.session().saved.map((s) => s.name)).toEqual(['Scenario 1']);
    expect(app.notices()).not.toContain('linkLoaded');
  });

  it('keeps the newest edit on a reload even when autosave had not caught up', async () => {
    let app = await startApp();
    app.edit.moveNode('naryn', [75.5, 41.2]);
    await vi.advanceTimersByTimeAsync(300); // the address is written (250 ms), the save not yet
    app = await startApp();
    expect(app.scenario().nodes.moved).toEqual({ naryn: [75.5, 41.2] });
  });

  it('opens a link from elsewhere as an unsaved copy whose name differs from the saved ones', async () => {
    const mine = await startApp();
    mine.edit.setStage('naryn', 1); // saves "Scenario 1" in this browser
    await vi.advanceTimersByTimeAsync(1000);
    const shared: Scenario = {
      ...defaultScenario({ name: 'Scenario 1' }),
      nodes: { moved: {}, removed: ['kerben'], stages: {}, candidates: [] },
    };
    window.history.replaceState(null, '', `/?lang=en${encodeScenarioHash(shared)}`);
    const app = await startApp();
    expect(app.session().unsaved).toBe(true);
    expect(app.scenario().nodes.removed).toEqual(['kerben']);
    expect(app.scenario().name).toBe('Scenario 1 (2)');
    expect(app.notices()).toContain('linkLoaded');
  });

  it('says which added layers a link names, since their files do not travel in it', async () => {
    const references = encodeDataReferences([
      { name: 'census.csv', count: 4 },
      { name: 'roads.geojson', count: 2 },
    ]);
    window.history.replaceState(
      null,
      '',
      `/?lang=en${encodeScenarioHash(defaultScenario({ name: 'Shared' }))}${references}`,
    );
    const app = await startApp();
    expect(app.notices()).toContain('linkLoaded');
    expect(app.notices()).toContain('linkNamesLayers');
    expect(decodeDataReferences(`#s=x${references}`)).toEqual([
      { name: 'census.csv', count: 4 },
      { name: 'roads.geojson', count: 2 },
    ]);
  });

  it('names the added layers in the link it writes, without their data', async () => {
    await startApp();
    const layers = await import('../../../src/state/user-layers-store');
    const session = await import('../../../src/state/scenario-session');
    layers.useUserLayersStore.getState().add([
      {
        kind: 'table',
        name: 'grp.csv',
        rows: [{ region: 'Нарын', grp: 1 }],
        fields: [],
      },
    ]);
    const link = session.shareUrl();
    expect(decodeDataReferences(new URL(link).hash)).toEqual([{ name: 'grp.csv', count: 1 }]);
    expect(link).not.toContain('grp');
  });

  it('reads no layers from a garbled list, and opens the saved scenario whatever layers a link names', async () => {
    expect(decodeDataReferences('#s=abc&d=garbage')).toEqual([]);
    const first = await startApp();
    first.edit.setStage('naryn', 1);
    await vi.advanceTimersByTimeAsync(1000);
    const saved = first.scenario();
    const references = encodeDataReferences([{ name: 'census.csv', count: 4 }]);
    window.history.replaceState(null, '', `/?lang=en${encodeScenarioHash(saved)}${references}`);
    const app = await startApp();
    expect(app.scenario().id).toBe(saved.id);
    expect(app.session().unsaved).toBe(false);
  });

  it('opens the saved scenario itself when a link from another tab shows exactly it', async () => {
    const first = await startApp();
    first.edit.setStage('naryn', 1);
    await vi.advanceTimersByTimeAsync(1000);
    const saved = first.scenario();
    window.history.replaceState(null, '', `/?lang=en${encodeScenarioHash(saved)}`);
    const app = await startApp();
    expect(app.scenario().id).toBe(saved.id);
    expect(app.session().unsaved).toBe(false);
    expect(app.session().saved).toHaveLength(1);
  });
});

describe('a portable atlas at start (issue 14)', () => {
  const madeAt = new Date('2026-11-30T09:15:00Z');
  const carriedScenario = (): Scenario => ({
    ...defaultScenario(),
    name: 'Naryn forum',
    nodes: { ...defaultScenario().nodes, moved: { naryn: [76.1, 41.3] } },
  });
  const carrying = (scenario: Scenario) =>
    readCarriedScenario(JSON.parse(JSON.stringify(carriedScenarioRecord(scenario, madeAt))));

  it('opens the scenario it carries, unsaved until edited, and says when it was made', async () => {
    const app = await startApp(carrying(carriedScenario()));
    expect(app.scenario().name).toBe('Naryn forum');
    expect(app.scenario().nodes.moved).toEqual({ naryn: [76.1, 41.3] });
    expect(app.session().unsaved).toBe(true);
    expect(app.session().saved).toEqual([]);
    expect(app.notices()).toEqual(['atlasCarries']);
  });

  it('keeps the edits made in the file over the scenario it carries on a reload', async () => {
    let app = await startApp(carrying(carriedScenario()));
    app.edit.moveNode('talas', [72.3, 42.5]);
    await vi.advanceTimersByTimeAsync(1000);
    app = await startApp(carrying(carriedScenario()));
    expect(app.scenario().nodes.moved).toEqual({ naryn: [76.1, 41.3], talas: [72.3, 42.5] });
    expect(app.session().saved.map((s) => s.name)).toEqual(['Naryn forum']);
  });

  it('opens the defaults with a warning when the carried scenario cannot be read', async () => {
    const damaged = readCarriedScenario({ format: 'aimak-atlas/carried-scenario', madeAt: 'soon' });
    const app = await startApp(damaged);
    expect(app.scenario().name).toBe('Scenario 1');
    expect(app.notices()).toEqual(['carriedInvalid']);
  });
});
