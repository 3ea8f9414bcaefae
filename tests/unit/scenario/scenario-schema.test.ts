// The scenario schema accepts the defaults, names the path of a problem and migrates v0 drafts.
import { describe, expect, it } from 'vitest';
import { defaultScenario, newScenarioId } from '../../../src/scenario/default-scenario';
import { parseScenario } from '../../../src/scenario/scenario-schema';
import { sampleScenario } from './sample-scenario';

describe('parseScenario', () => {
  it('accepts the default and a full sample scenario unchanged', () => {
    for (const scenario of [defaultScenario(), sampleScenario()]) {
      expect(parseScenario(structuredClone(scenario))).toEqual({
        ok: true,
        scenario,
        migrated: false,
      });
    }
  });

  it('has the app defaults', () => {
    const s = defaultScenario({ id: 'a', name: 'N', now: new Date('2026-01-01T00:00:00Z') });
    expect(s.analysis).toEqual({
      method: 'radius',
      radiusKm: 50,
      zoneDepthKm: { UZ: 30, TJ: 30, KZ: 30, CN: 30 },
      bandDepthKm: 30,
    });
    expect(s.view.analysisLayers.band).toBe(false);
    expect(Object.values(s.view.overlays).every(Boolean)).toBe(true);
    expect(s).toMatchObject({ id: 'a', name: 'N', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(s.view).toMatchObject({ language: 'ky', mode: 'explore', camera: null });
  });

  it('names the path of the first problem', () => {
    const s = sampleScenario();
    const bad = structuredClone(s) as unknown as {
      nodes: { candidates: { position: unknown[] }[] };
    };
    const second = bad.nodes.candidates[1];
    if (second) second.position = [74, 'north'];
    const result = parseScenario(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^nodes\.candidates\[1\]\.position\[1\]: expected number/);
    }
  });

  it.each([
    ['name too long', (s: Record<string, unknown>) => ({ ...s, name: 'x'.repeat(201) }), /^name:/],
    ['extra key', (s: Record<string, unknown>) => ({ ...s, extra: 1 }), /extra/],
    ['newer version', (s: Record<string, unknown>) => ({ ...s, version: 2 }), /newer app/],
    [
      'unknown stage node',
      (s: Record<string, unknown>) => ({
        ...s,
        nodes: { moved: {}, removed: [], stages: { nowhere: 1 }, candidates: [] },
      }),
      /^nodes\.stages\.nowhere:/,
    ],
    [
      'stage 4',
      (s: Record<string, unknown>) => ({
        ...s,
        nodes: { moved: {}, removed: [], stages: { osh: 4 }, candidates: [] },
      }),
      /^nodes\.stages\.osh:/,
    ],
    [
      'bad candidate id',
      (s: Record<string, unknown>) => ({
        ...s,
        nodes: {
          moved: {},
          removed: [],
          stages: {},
          candidates: [{ id: 'c1', name: 'A', position: [74, 41], region: null }],
        },
      }),
      /^nodes\.candidates\[0\]\.id:/,
    ],
    [
      'too many candidates',
      (s: Record<string, unknown>) => ({
        ...s,
        nodes: {
          moved: {},
          removed: [],
          stages: {},
          candidates: Array.from({ length: 501 }, (_, i) => ({
            id: `candidate-${i}`,
            name: 'A',
            position: [74, 41],
            region: null,
          })),
        },
      }),
      /^nodes\.candidates: expected at most 500/,
    ],
    [
      'infinite longitude',
      (s: Record<string, unknown>) => ({
        ...s,
        nodes: {
          moved: { osh: [Number.POSITIVE_INFINITY, 40] },
          removed: [],
          stages: {},
          candidates: [],
        },
      }),
      /^nodes\.moved\.osh\[0\]:/,
    ],
    [
      'radius out of range',
      (s: Record<string, unknown>) => ({
        ...s,
        analysis: {
          method: 'radius',
          radiusKm: 151,
          zoneDepthKm: { UZ: 30, TJ: 30, KZ: 30, CN: 30 },
          bandDepthKm: 30,
        },
      }),
      /^analysis\.radiusKm:/,
    ],
  ])('refuses %s', (_label, change, message) => {
    const result = parseScenario(change(defaultScenario() as unknown as Record<string, unknown>));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        has() {
          throw new Error('boom');
        },
      },
    );
    for (const raw of [
      null,
      undefined,
      42,
      'x',
      [],
      hostile,
      { version: 'one' },
      { version: -1 },
    ]) {
      const result = parseScenario(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
    }
  });
});

describe('migrations', () => {
  it('migrates an unversioned v0 draft to v1', () => {
    const v0 = {
      name: 'Old draft',
      moved: { osh: [72.81, 40.52] },
      params: { method: 'nearest', radiusKm: 80, zoneDepthKm: { UZ: 40 } },
      language: 'en',
    };
    const result = parseScenario(v0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migrated).toBe(true);
    expect(result.scenario).toMatchObject({
      version: 1,
      name: 'Old draft',
      nodes: { moved: { osh: [72.81, 40.52] }, removed: [], stages: {}, candidates: [] },
      analysis: {
        method: 'nearest',
        radiusKm: 80,
        zoneDepthKm: { UZ: 40, TJ: 30, KZ: 30, CN: 30 },
        bandDepthKm: 30,
      },
      view: { language: 'en' },
    });
    expect(parseScenario(result.scenario)).toMatchObject({ ok: true, migrated: false });
  });

  it('refuses a v0 draft whose content is wrong after migrating, naming the v1 path', () => {
    const result = parseScenario({ name: 'Old', moved: { osh: [500, 40] }, params: {} });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^nodes\.moved\.osh\[0\]/) });
    expect(parseScenario({ name: 'Old', moved: 'nope' })).toMatchObject({ ok: false });
  });
});

describe('newScenarioId', () => {
  it('gives distinct ids the schema accepts', () => {
    const ids = new Set(Array.from({ length: 1000 }, newScenarioId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(parseScenario(defaultScenario({ id })).ok).toBe(true);
  });
});
