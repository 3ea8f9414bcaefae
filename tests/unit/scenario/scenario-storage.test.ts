// The scenario repository never loses work: corrupt records, full or blocked storage, undo.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import {
  createScenarioStorage,
  localStorageBackend,
  type StorageBackend,
} from '../../../src/scenario/scenario-storage';
import type { Scenario } from '../../../src/vocabulary/scenario';
import { asVersion1, migratedFromVersion1, sampleScenario, sampleSlide } from './sample-scenario';

/** A Storage that keeps strings in a Map and refuses writes beyond `quota` characters. */
class FakeStorage implements Storage {
  readonly map = new Map<string, string>();
  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}
  get length() {
    return this.map.size;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    let used = key.length + value.length;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}

const at = (iso: string) => new Date(iso);
const version = (s: Scenario, name: string, iso: string): Scenario => ({
  ...s,
  name,
  updatedAt: at(iso).toISOString(),
});

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scenario storage on IndexedDB', () => {
  it('saves, lists, loads and survives a reload', async () => {
    const storage = createScenarioStorage();
    const a = version(sampleScenario(), 'A', '2026-11-01T10:00:00Z');
    const b = defaultScenario({ id: 's-b', name: 'B', now: at('2026-11-02T10:00:00Z') });
    expect(await storage.save(a)).toEqual({ value: true });
    expect(await storage.save(b)).toEqual({ value: true });
    await storage.setCurrentId('s-b');
    expect(storage.persistence).toBe('persistent');

    const reloaded = createScenarioStorage();
    expect(await reloaded.list()).toEqual({
      value: [
        { id: 's-b', name: 'B', updatedAt: b.updatedAt },
        { id: a.id, name: 'A', updatedAt: a.updatedAt },
      ],
    });
    expect(await reloaded.load(a.id)).toEqual({ value: a });
    expect(await reloaded.getCurrentId()).toEqual({ value: 's-b' });
    expect(await reloaded.load('s-missing')).toEqual({ value: null });
  });

  it('removes a scenario and gives it back for undo', async () => {
    const storage = createScenarioStorage();
    const a = sampleScenario();
    await storage.save(a);
    const removed = await storage.remove(a.id);
    expect(removed).toEqual({ value: a });
    expect((await storage.list()).value).toEqual([]);
    await storage.save(removed.value as Scenario);
    expect(await storage.load(a.id)).toEqual({ value: a });
  });

  it('runs operations in call order', async () => {
    const storage = createScenarioStorage();
    const a = sampleScenario();
    const saving = storage.save(a);
    const loading = storage.load(a.id);
    const removing = storage.remove(a.id);
    const after = storage.load(a.id);
    expect((await saving).value).toBe(true);
    expect((await loading).value).toEqual(a);
    expect((await removing).value).toEqual(a);
    expect((await after).value).toBeNull();
  });

  it('round-trips slides, captions with markup kept as text', async () => {
    const storage = createScenarioStorage();
    const a: Scenario = {
      ...sampleScenario(),
      slides: [
        sampleSlide(3, { caption: { ky: '<script>alert(1)</script>', ru: '', en: 'Osh & co' } }),
        ...Array.from({ length: 99 }, (_, i) => sampleSlide(i + 10)),
      ],
    };
    expect(await storage.save(a)).toEqual({ value: true });
    expect(await createScenarioStorage().load(a.id)).toEqual({ value: a });
  });

  it('refuses to save an invalid scenario without touching the stored one', async () => {
    const storage = createScenarioStorage();
    const a = sampleScenario();
    await storage.save(a);
    expect(await storage.save({ ...a, name: '' })).toEqual({ value: false });
    expect((await storage.load(a.id)).value).toEqual(a);
  });
});

describe('corrupt records', () => {
  async function storageWithCorruptRecord(corruptText: string) {
    const backend = localStorageBackend(() => fake);
    const fake = new FakeStorage();
    let clock = 0;
    const storage = createScenarioStorage(backend, {
      now: () => new Date(Date.UTC(2026, 10, 3, 12, 0, clock++)),
    });
    const good = version(sampleScenario(), 'good', '2026-11-01T00:00:00Z');
    const newer = version(good, 'newer', '2026-11-02T00:00:00Z');
    await storage.save(good);
    await storage.save(newer);
    await backend.set(`scenario:${good.id}`, corruptText);
    return { storage, backend, good, newer };
  }

  it.each([
    ['truncated JSON', '{"version":1,"id":"s-sample","na'],
    ['JSON of the wrong shape', '{"version":1,"id":"s-sample","name":42}'],
    ['another scenario under this key', JSON.stringify(defaultScenario({ id: 's-other' }))],
  ])('recovers %s to the last good copy and keeps the corrupt one for export', async (_l, text) => {
    const { storage, good } = await storageWithCorruptRecord(text);
    expect(await storage.load(good.id)).toEqual({ value: good, notice: 'recovered-corrupt' });
    // Recovered for good: the next load is clean.
    expect(await storage.load(good.id)).toEqual({ value: good });
    const corrupt = await storage.listCorrupt();
    expect(corrupt.value).toEqual([
      {
        key: `corrupt:${good.id}:2026-11-03T12:00:00.000Z`,
        id: good.id,
        savedAt: '2026-11-03T12:00:00.000Z',
      },
    ]);
    expect(await storage.exportCorrupt(corrupt.value[0]?.key ?? '')).toEqual({ value: text });
    expect(await storage.exportCorrupt('scenario:s-sample')).toEqual({ value: null });
  });

  it('recovers while listing and through recoverCorrupt at startup', async () => {
    const { storage, good } = await storageWithCorruptRecord('garbage');
    expect(await storage.recoverCorrupt()).toEqual({
      value: { recovered: [good.id], lost: [] },
      notice: 'recovered-corrupt',
    });
    expect(await storage.list()).toEqual({
      value: [{ id: good.id, name: 'good', updatedAt: good.updatedAt }],
    });

    const second = await storageWithCorruptRecord('garbage');
    const listed = await second.storage.list();
    expect(listed.notice).toBe('recovered-corrupt');
    expect(listed.value.map((s) => s.name)).toEqual(['good']);
  });

  it('keeps both copies when no good copy is left, and reports the scenario lost', async () => {
    const { storage, backend, good } = await storageWithCorruptRecord('garbage 1');
    await backend.set(`prev:${good.id}`, 'garbage 2');
    expect(await storage.recoverCorrupt()).toEqual({
      value: { recovered: [], lost: [good.id] },
      notice: 'recovered-corrupt',
    });
    expect((await storage.list()).value).toEqual([]);
    const corrupt = (await storage.listCorrupt()).value;
    const texts = await Promise.all(
      corrupt.map(async (c) => (await storage.exportCorrupt(c.key)).value),
    );
    expect(texts.sort()).toEqual(['garbage 1', 'garbage 2']);
  });

  it('moves a corrupt record aside before saving over it', async () => {
    const { storage, good } = await storageWithCorruptRecord('garbage');
    const next = version(good, 'next', '2026-11-04T00:00:00Z');
    expect(await storage.save(next)).toEqual({ value: true });
    expect((await storage.load(good.id)).value).toEqual(next);
    const corrupt = (await storage.listCorrupt()).value;
    expect(corrupt).toHaveLength(1);
    expect((await storage.exportCorrupt(corrupt[0]?.key ?? '')).value).toBe('garbage');
  });
});

describe('records of older versions', () => {
  it('migrates a v1 record to v3 (no slides, no choropleth) on load, and keeps it readable as the last good copy', async () => {
    const fake = new FakeStorage();
    const backend = localStorageBackend(() => fake);
    const v1 = sampleScenario();
    const v1Text = JSON.stringify(asVersion1(v1));
    await backend.set(`scenario:${v1.id}`, v1Text);

    const storage = createScenarioStorage(backend);
    const expected: Scenario = migratedFromVersion1(v1);
    expect(await storage.load(v1.id)).toEqual({ value: expected });
    expect(await storage.list()).toEqual({
      value: [{ id: v1.id, name: v1.name, updatedAt: v1.updatedAt }],
    });
    expect(await storage.recoverCorrupt()).toEqual({ value: { recovered: [], lost: [] } });
    expect((await storage.listCorrupt()).value).toEqual([]);
    // Loading does not rewrite the record; the next save does, in version 3.
    expect(fake.getItem(`aimak-atlas:scenario:${v1.id}`)).toBe(v1Text);

    const edited: Scenario = { ...expected, slides: [sampleSlide(1)] };
    expect(await storage.save(edited)).toEqual({ value: true });
    expect(JSON.parse(fake.getItem(`aimak-atlas:scenario:${v1.id}`) ?? '')).toEqual(edited);
    expect(fake.getItem(`aimak-atlas:prev:${v1.id}`)).toBe(v1Text);

    // A corrupt v3 record falls back to the v1 last good copy, migrated.
    await backend.set(`scenario:${v1.id}`, '{"version":3,');
    expect(await storage.load(v1.id)).toEqual({ value: expected, notice: 'recovered-corrupt' });
  });

  it('sets aside a record from a newer app as corrupt (kept for export), not as lost silently', async () => {
    const fake = new FakeStorage();
    const backend = localStorageBackend(() => fake);
    const newer = JSON.stringify({ ...sampleScenario(), version: 5 });
    await backend.set('scenario:s-sample', newer);
    const storage = createScenarioStorage(backend);
    expect(await storage.load('s-sample')).toEqual({ value: null, notice: 'recovered-corrupt' });
    const [record] = (await storage.listCorrupt()).value;
    expect((await storage.exportCorrupt(record?.key ?? '')).value).toBe(newer);
  });
});

describe('full or unavailable storage', () => {
  it('keeps working in memory when localStorage is full, and says so', async () => {
    const fake = new FakeStorage(9_000);
    const storage = createScenarioStorage(localStorageBackend(() => fake));
    const small = defaultScenario({ id: 's-small', name: 'small' });
    expect(await storage.save(small)).toEqual({ value: true });
    expect(storage.persistence).toBe('persistent');

    const big = { ...sampleScenario(), name: 'x'.repeat(200) };
    big.nodes.candidates = Array.from({ length: 200 }, (_, i) => ({
      id: `candidate-${i}`,
      name: `Candidate ${i}`,
      position: [74 + i / 1000, 41] as [number, number],
      region: null,
    }));
    big.nodes.stages = {};
    expect(await storage.save(big)).toEqual({ value: true, notice: 'storage-full' });
    expect(storage.persistence).toBe('memory');
    expect(await storage.load(big.id)).toEqual({ value: big });
    expect((await storage.list()).value.map((s) => s.id).sort()).toEqual(
      [big.id, 's-small'].sort(),
    );
    // What did fit is still on disk.
    expect(fake.getItem('aimak-atlas:scenario:s-small')).not.toBeNull();
  });

  it('works in memory when localStorage throws SecurityError', async () => {
    const storage = createScenarioStorage(
      localStorageBackend(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    );
    const a = sampleScenario();
    expect(await storage.list()).toEqual({ value: [], notice: 'storage-unavailable' });
    expect(await storage.save(a)).toEqual({ value: true, notice: 'storage-unavailable' });
    expect((await storage.load(a.id)).value).toEqual(a);
    await storage.setCurrentId(a.id);
    expect((await storage.getCurrentId()).value).toBe(a.id);
    expect((await storage.remove(a.id)).value).toEqual(a);
    expect((await storage.load(a.id)).value).toBeNull();
    expect(storage.persistence).toBe('memory');
  });

  it('falls back to localStorage when IndexedDB will not open, then to memory', async () => {
    const brokenIdb = {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    };
    vi.stubGlobal('indexedDB', brokenIdb);
    const fake = new FakeStorage();
    vi.stubGlobal('localStorage', fake);
    const onLocal = createScenarioStorage();
    expect(await onLocal.save(sampleScenario())).toEqual({ value: true });
    expect(fake.getItem('aimak-atlas:scenario:s-sample')).not.toBeNull();

    vi.stubGlobal('localStorage', undefined);
    const inMemory = createScenarioStorage();
    expect(await inMemory.list()).toEqual({ value: [], notice: 'storage-unavailable' });
    expect(await inMemory.save(sampleScenario())).toEqual({
      value: true,
      notice: 'storage-unavailable',
    });
    expect((await inMemory.load('s-sample')).value).toEqual(sampleScenario());
    expect(inMemory.persistence).toBe('memory');
  });

  it('reads through a backend whose reads fail, without throwing', async () => {
    const failing: StorageBackend = {
      kind: 'indexeddb',
      get: () => Promise.reject(new Error('disk I/O')),
      set: () => Promise.reject(new Error('disk I/O')),
      delete: () => Promise.reject(new Error('disk I/O')),
      keys: () => Promise.reject(new Error('disk I/O')),
    };
    const storage = createScenarioStorage(failing);
    const a = sampleScenario();
    expect(await storage.list()).toEqual({ value: [], notice: 'storage-unavailable' });
    expect((await storage.save(a)).value).toBe(true);
    expect(await storage.load(a.id)).toEqual({ value: a });
    expect((await storage.list()).value).toHaveLength(1);
  });
});
