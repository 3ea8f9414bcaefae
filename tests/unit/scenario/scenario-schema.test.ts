// The scenario schema accepts the defaults, names the path of a problem, checks slides and
// migrates v0 drafts and v1, v2 and v3 scenarios.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, newScenarioId } from '../../../src/scenario/default-scenario';
import { parseScenario, plainText } from '../../../src/scenario/scenario-schema';
import {
  asVersion1,
  asVersion3,
  migratedFromVersion1,
  sampleScenario,
  sampleSlide,
} from './sample-scenario';

/** The sample as version 1 stored it: no slides. */
function v1Record(): Record<string, unknown> {
  return asVersion1(sampleScenario());
}

/** The default scenario with these slides, as an untyped object (tests feed it wrong shapes). */
function withSlides(slides: unknown[]): Record<string, unknown> {
  return { ...defaultScenario(), slides };
}

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
    [
      'newer version',
      (s: Record<string, unknown>) => ({ ...s, version: 5 }),
      /^version: the scenario has version 5, made by a newer app \(this app reads up to 4\)$/,
    ],
    ['missing slides', ({ slides: _s, ...s }: Record<string, unknown>) => s, /^slides:/],
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

describe('slides', () => {
  const cases: [string, unknown[], RegExp][] = [
    [
      'too many slides',
      Array.from({ length: 101 }, (_, i) => sampleSlide(i + 1)),
      /^slides: expected at most 100 slides$/,
    ],
    [
      'a zoom beyond 22',
      [sampleSlide(1), sampleSlide(2, { camera: { ...sampleSlide(2).camera, zoom: 23 } })],
      /^slides\[1\]\.camera\.zoom: zoom must be at most 22$/,
    ],
    [
      'a pitch beyond 85',
      [sampleSlide(1, { camera: { ...sampleSlide(1).camera, pitch: 90 } })],
      /^slides\[0\]\.camera\.pitch: pitch must be at most 85$/,
    ],
    [
      'a bearing beyond -360',
      [sampleSlide(1, { camera: { ...sampleSlide(1).camera, bearing: -361 } })],
      /^slides\[0\]\.camera\.bearing: bearing must be at least -360$/,
    ],
    [
      'an infinite camera longitude',
      [sampleSlide(1, { camera: { ...sampleSlide(1).camera, center: [Number.NaN, 41] } })],
      /^slides\[0\]\.camera\.center\[0\]:/,
    ],
    [
      'a latitude beyond 90',
      [sampleSlide(1, { camera: { ...sampleSlide(1).camera, center: [74, 91] } })],
      /^slides\[0\]\.camera\.center\[1\]: latitude must be at most 90$/,
    ],
    [
      'a camera without bearing',
      [{ ...sampleSlide(1), camera: { center: [74, 41], zoom: 6, pitch: 0 } }],
      /^slides\[0\]\.camera\.bearing:/,
    ],
    ['a bad slide id', [sampleSlide(1, { id: 'slide1' })], /^slides\[0\]\.id: expected a slide id/],
    [
      'a duplicate slide id',
      [sampleSlide(1), sampleSlide(2), sampleSlide(2)],
      /^slides\[2\]\.id: duplicate slide id "slide-2"$/,
    ],
    [
      'no caption in any language',
      [sampleSlide(1, { caption: { ky: '', ru: ' \u0007 ', en: '\u200B' } })],
      /^slides\[0\]\.caption: expected a caption in at least one language$/,
    ],
    [
      'a caption over 500 characters',
      [sampleSlide(1, { caption: { ky: '', ru: '', en: 'x'.repeat(501) } })],
      /^slides\[0\]\.caption\.en: expected at most 500 characters$/,
    ],
    [
      'a caption that is not text',
      [{ ...sampleSlide(1), caption: { ky: 'A', ru: 'B', en: 3 } }],
      /^slides\[0\]\.caption\.en: expected string/,
    ],
    [
      'a caption in German',
      [{ ...sampleSlide(1), caption: { ky: 'A', ru: 'B', en: 'C', de: 'D' } }],
      /^slides\[0\]\.caption: .*"de"/,
    ],
    [
      'no notes',
      [(({ notes: _n, ...slide }) => slide)(sampleSlide(1))],
      /^slides\[0\]\.notes: expected object/,
    ],
    [
      'notes over 2000 characters',
      [sampleSlide(1), sampleSlide(2, { notes: { ky: 'я'.repeat(2001), ru: '', en: '' } })],
      /^slides\[1\]\.notes\.ky: expected at most 2000 characters$/,
    ],
    [
      'notes that are not text',
      [{ ...sampleSlide(1), notes: { ky: '', ru: null, en: '' } }],
      /^slides\[0\]\.notes\.ru: expected string/,
    ],
    [
      'notes missing a language',
      [{ ...sampleSlide(1), notes: { ky: '', ru: '' } }],
      /^slides\[0\]\.notes\.en: expected string/,
    ],
    [
      'notes in German',
      [{ ...sampleSlide(1), notes: { ky: '', ru: '', en: '', de: 'D' } }],
      /^slides\[0\]\.notes: .*"de"/,
    ],
    [
      'notes as one string',
      [{ ...sampleSlide(1), notes: 'Say this' }],
      /^slides\[0\]\.notes: expected object/,
    ],
    [
      'an unknown mode',
      [{ ...sampleSlide(1), mode: 'present' }],
      /^slides\[0\]\.mode: expected explore, analyse or invest$/,
    ],
    [
      'a missing overlay',
      [{ ...sampleSlide(1), overlays: { oblasts: true, growthNodes: true, logistics: true } }],
      /^slides\[0\]\.overlays\.clusters:/,
    ],
    [
      'an analysis radius out of range',
      [sampleSlide(1, { analysis: { ...sampleSlide(1).analysis, radiusKm: 151 } })],
      /^slides\[0\]\.analysis\.radiusKm:/,
    ],
    ['an extra key', [{ ...sampleSlide(1), html: '<b>' }], /^slides\[0\]: .*"html"/],
    ['not a list', [], /^slides: expected array/],
  ];
  it.each(cases)('refuses %s, naming the path', (label, slides, message) => {
    const raw = label === 'not a list' ? { ...defaultScenario(), slides: {} } : withSlides(slides);
    const result = parseScenario(raw);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    // The path at fault, as the user's notice names it, is the one the message starts with.
    if (!result.ok) expect(result.error.startsWith(`${result.field}:`)).toBe(true);
  });

  it('accepts 100 slides, in order', () => {
    const slides = Array.from({ length: 100 }, (_, i) => sampleSlide(100 - i));
    const result = parseScenario(withSlides(slides));
    expect(result).toMatchObject({ ok: true, migrated: false });
    if (result.ok) expect(result.scenario.slides).toEqual(slides);
  });

  it('keeps a caption with markup as plain text, verbatim', () => {
    const caption = {
      ky: '<script>alert(1)</script>',
      ru: '<img src=x onerror=alert(2)> &lt;b&gt;',
      en: '"><svg onload=alert(3)>',
    };
    const result = parseScenario(withSlides([sampleSlide(1, { caption })]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.slides[0]?.caption).toEqual(caption);
  });

  it('strips control characters from captions as from candidate names', () => {
    const caption = { ky: ' Tab\there\u0000\u202Eevil\u200B ', ru: 'Line\nbreak', en: '' };
    const result = parseScenario(withSlides([sampleSlide(1, { caption })]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.slides[0]?.caption).toEqual({
        ky: 'Tab here evil',
        ru: 'Line break',
        en: '',
      });
    }
  });

  it('keeps notes as plain text: markup verbatim, control characters gone, empty allowed', () => {
    const notes = { ky: '<b>Ош</b>\u0000 шаары\u202E', ru: ' Строка\nвторая ', en: '' };
    const result = parseScenario(withSlides([sampleSlide(1, { notes })]));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.scenario.slides[0]?.notes).toEqual({
        ky: '<b>Ош</b>  шаары',
        ru: 'Строка вторая',
        en: '',
      });
    }
    const long = { ky: 'я'.repeat(2000), ru: '', en: '' };
    expect(parseScenario(withSlides([sampleSlide(1, { notes: long })])).ok).toBe(true);
  });

  it('checks captions: never throws; what it accepts is clean, short and stable (fuzzed)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 520 }),
      fc.string({ unit: 'binary', maxLength: 520 }),
      fc.string({ unit: 'grapheme-composite', maxLength: 300 }),
      fc.constantFrom('', ' \u0000\u200B ', 'я'.repeat(500), 'я'.repeat(501)),
      fc
        .array(fc.constantFrom('e', '\u0301', '\u200B', '\u0000', ' ', '<', 'я', '\uD83D'), {
          maxLength: 12,
        })
        .map((parts) => parts.join('')),
    );
    let cases = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.record({ ky: text, ru: text, en: text }), (caption) => {
        cases++;
        const result = parseScenario(withSlides([{ ...sampleSlide(1), caption }]));
        if (!result.ok) {
          expect(result.error).toMatch(/^slides\[0\]\.caption/);
          return;
        }
        accepted++;
        const parsed = result.scenario.slides[0]?.caption;
        for (const value of Object.values(parsed ?? {})) {
          expect(value.length).toBeLessThanOrEqual(500);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
          expect(value).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E]/);
          expect(plainText(value)).toBe(value);
        }
        // Parsing what was parsed changes nothing: storage and links round-trip.
        expect(parseScenario(result.scenario)).toEqual({ ...result, migrated: false });
      }),
      { numRuns: 1000 },
    );
    console.log(`fuzzed captions: ${cases} cases (${accepted} accepted)`);
    expect(cases).toBeGreaterThanOrEqual(1000);
  });
});

describe('migrations', () => {
  it('migrates a v1 scenario to v4 with no slides and no choropleth, keeping everything else', () => {
    const result = parseScenario(v1Record());
    expect(result).toEqual({
      ok: true,
      scenario: migratedFromVersion1(sampleScenario()),
      migrated: true,
    });
    if (result.ok) expect(parseScenario(result.scenario)).toMatchObject({ migrated: false });
  });

  it('refuses a v1 scenario that claims slides, and one that is wrong after migrating', () => {
    expect(parseScenario({ ...v1Record(), slides: [sampleSlide(1)] })).toEqual({
      ok: false,
      error: 'migrating from version 1: slides: a version-1 scenario cannot have slides',
      field: 'version',
    });
    expect(parseScenario({ ...v1Record(), name: '' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^name:/),
      field: 'name',
    });
  });

  it('migrates a v2 scenario to v4: no choropleth in the view or in any slide, no notes', () => {
    const scenario = sampleScenario();
    const { indicator: _view, ...viewV2 } = scenario.view;
    const v2 = {
      ...scenario,
      version: 2,
      view: viewV2,
      slides: scenario.slides.map(({ indicator: _slide, notes: _notes, ...slide }) => slide),
    };
    expect(parseScenario(v2)).toEqual({
      ok: true,
      scenario: {
        ...scenario,
        view: { ...scenario.view, indicator: null },
        slides: scenario.slides.map((slide) => ({
          ...slide,
          indicator: null,
          notes: { ky: '', ru: '', en: '' },
        })),
      },
      migrated: true,
    });
  });

  it('migrates a v3 scenario to v4: every slide gets empty notes, nothing else changes', () => {
    const scenario = sampleScenario();
    const result = parseScenario(asVersion3(scenario));
    expect(result).toEqual({
      ok: true,
      scenario: {
        ...scenario,
        slides: scenario.slides.map((slide) => ({ ...slide, notes: { ky: '', ru: '', en: '' } })),
      },
      migrated: true,
    });
    if (result.ok) expect(parseScenario(result.scenario)).toMatchObject({ migrated: false });
    // A v3 record with no slides, or whose slides are not a list, fails where v3 would have.
    expect(parseScenario({ ...asVersion3(scenario), slides: [] })).toMatchObject({ ok: true });
    expect(parseScenario({ ...asVersion3(scenario), slides: 'x' })).toMatchObject({
      ok: false,
      field: 'slides',
    });
  });

  it('refuses a v3 slide that is not an object after migrating, naming it', () => {
    expect(parseScenario({ ...asVersion3(sampleScenario()), slides: [null] })).toMatchObject({
      ok: false,
      field: 'slides[0]',
    });
  });

  it('refuses a choropleth with unknown measures, too many classes or breaks that are not numbers', () => {
    const base = sampleScenario();
    const indicator = base.view.indicator;
    const withIndicator = (changes: Record<string, unknown>) => ({
      ...base,
      view: { ...base.view, indicator: { ...indicator, ...changes } },
    });
    expect(parseScenario(withIndicator({ measure: 'gdp' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^view\.indicator\.measure:/),
    });
    expect(parseScenario(withIndicator({ classes: 9 }))).toEqual({
      ok: false,
      error: 'view.indicator.classes: expected at most 7 classes',
      field: 'view.indicator.classes',
    });
    expect(parseScenario(withIndicator({ year: 2020 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^view\.indicator\.year: expected one of the years 2017, 2018, 2019/,
      ),
    });
    expect(parseScenario(withIndicator({ manualBreaks: ['1e3'] }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^view\.indicator\.manualBreaks\[0\]:/),
    });
  });

  it('migrates an unversioned v0 draft to v4 through v1, v2 and v3', () => {
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
      version: 4,
      slides: [],
      name: 'Old draft',
      nodes: { moved: { osh: [72.81, 40.52] }, removed: [], stages: {}, candidates: [] },
      analysis: {
        method: 'nearest',
        radiusKm: 80,
        zoneDepthKm: { UZ: 40, TJ: 30, KZ: 30, CN: 30 },
        bandDepthKm: 30,
      },
      view: { language: 'en', indicator: null },
    });
    expect(parseScenario(result.scenario)).toMatchObject({ ok: true, migrated: false });
  });

  it('refuses a v0 draft whose content is wrong after migrating, naming the path', () => {
    const result = parseScenario({ name: 'Old', moved: { osh: [500, 40] }, params: {} });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^nodes\.moved\.osh\[0\]/),
      field: 'nodes.moved.osh[0]',
    });
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
