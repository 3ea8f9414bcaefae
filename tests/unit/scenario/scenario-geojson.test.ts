// GeoJSON export and import: the identity on our own files, QGIS points, clear errors, fuzzing.
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n';
import { type Wording, wordingText } from '../../../src/i18n/wording';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { regionOfPoint } from '../../../src/scenario/region-of-point';
import {
  exportScenarioGeoJSON,
  importScenarioGeoJSON,
} from '../../../src/scenario/scenario-geojson';
import { parseScenario } from '../../../src/scenario/scenario-schema';
import { GROWTH_NODE_IDS } from '../../../src/vocabulary/ids';
import type { Scenario } from '../../../src/vocabulary/scenario';
import { realAtlas } from '../../helpers/atlas';
import {
  asVersion1,
  deepFreeze,
  migratedFromVersion1,
  sampleScenario,
  sampleSlide,
} from './sample-scenario';

const atlas = realAtlas();
const now = new Date('2026-12-01T00:00:00.000Z');

function frozenCurrent(): Scenario {
  return deepFreeze(defaultScenario({ id: 's-current', name: 'Current', now }));
}

function point(name: unknown, coordinates: unknown, extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { name, ...extra },
  };
}
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

/** Errors and warnings as the English interface words them. */
const english = (wording: Wording) => wordingText(translator('en'), wording);

function importOk(text: string, current: Scenario = frozenCurrent()) {
  const result = importScenarioGeoJSON(text, atlas, current, now);
  if (!result.ok) throw new Error(`expected ok, got: ${english(result.error)}`);
  return { ...result, warnings: result.warnings.map(english) };
}
function importError(text: string): string {
  const result = importScenarioGeoJSON(text, atlas, frozenCurrent(), now);
  if (result.ok) throw new Error('expected an error');
  return english(result.error);
}

describe('exportScenarioGeoJSON', () => {
  it('writes one Point per node of the scenario, with names, stage, candidate flag and region', () => {
    const scenario = sampleScenario();
    const out = exportScenarioGeoJSON(scenario, atlas);
    expect(out.type).toBe('FeatureCollection');
    expect(out.scenario).toEqual(scenario);
    expect(out.scenario.slides).toHaveLength(2);
    expect(out.features).toHaveLength(GROWTH_NODE_IDS.length - 2 + 2);
    const byId = new Map(out.features.map((f) => [f.properties.id, f]));
    expect(byId.has('kadamjay')).toBe(false);
    expect(byId.get('bishkek')?.properties).toEqual({
      id: 'bishkek',
      name: 'Bishkek',
      name_ky: 'Бишкек',
      name_ru: 'Бишкек',
      stage: 1,
      candidate: false,
      region: 'bishkek',
    });
    expect(byId.get('karakol')?.geometry.coordinates).toEqual(scenario.nodes.moved.karakol);
    const talas = atlas.settlements.features.find((f) => f.properties.id === 'talas');
    expect(byId.get('talas')?.geometry.coordinates).toEqual(talas?.geometry.coordinates);
    expect(byId.get('talas')?.properties.stage).toBeNull();
    expect(byId.get('candidate-2')?.properties).toEqual({
      id: 'candidate-2',
      name: 'Чолпон-Ата',
      stage: 3,
      candidate: true,
      region: 'issyk-kul',
    });
  });
});

describe('importScenarioGeoJSON', () => {
  it('export → import is the identity', () => {
    for (const scenario of [sampleScenario(), defaultScenario()]) {
      const text = JSON.stringify(exportScenarioGeoJSON(scenario, atlas));
      expect(importOk(text)).toEqual({ ok: true, scenario, warnings: [] });
    }
  });

  it('export → import keeps the slides (order, captions with markup, cameras)', () => {
    const scenario: Scenario = {
      ...sampleScenario(),
      slides: [
        sampleSlide(7, {
          id: 'slide-1000',
          caption: { ky: '<script>alert(1)</script>', ru: '', en: 'A & B' },
        }),
        ...Array.from({ length: 99 }, (_, i) => sampleSlide(99 - i)),
      ],
    };
    const text = JSON.stringify(exportScenarioGeoJSON(scenario, atlas));
    expect(importOk(text)).toEqual({ ok: true, scenario, warnings: [] });
  });

  it('updates a scenario member of version 1 to version 3 (no slides, no choropleth), with a warning', () => {
    const scenario = sampleScenario();
    const file = { ...exportScenarioGeoJSON(scenario, atlas), scenario: asVersion1(scenario) };
    expect(importOk(JSON.stringify(file))).toEqual({
      ok: true,
      scenario: migratedFromVersion1(scenario),
      warnings: ['The scenario in the file was made by an older version and was updated.'],
    });
  });

  it('uses the stored scenario, with a warning, when the points were edited beside it', () => {
    const scenario = sampleScenario();
    const file = exportScenarioGeoJSON(scenario, atlas);
    const edited = {
      ...file,
      features: file.features.map((f, i) =>
        i === 0 ? { ...f, geometry: { type: 'Point', coordinates: [74.7, 42.9] } } : f,
      ),
    };
    expect(importOk(JSON.stringify(edited))).toEqual({
      ok: true,
      scenario,
      warnings: [
        'The points in the file differ from the scenario stored with them; the stored scenario was used.',
      ],
    });
  });

  it('restores the nodes from the points alone when QGIS drops the scenario member', () => {
    const scenario = sampleScenario();
    const { scenario: _dropped, ...plain } = exportScenarioGeoJSON(scenario, atlas);
    const current = frozenCurrent();
    const result = importOk(JSON.stringify(plain), current);
    expect(result.warnings).toEqual([]);
    const sortNodes = (s: Scenario) => ({
      ...s.nodes,
      removed: [...s.nodes.removed].sort(),
      candidates: s.nodes.candidates.map((c) => ({
        ...c,
        region: regionOfPoint(atlas, c.position),
      })),
    });
    // Stages of removed nodes have no point to travel with.
    const { kadamjay: _k, ...stages } = scenario.nodes.stages;
    expect(sortNodes(result.scenario)).toEqual(
      sortNodes({ ...scenario, nodes: { ...scenario.nodes, stages } }),
    );
    expect(result.scenario).toMatchObject({
      id: current.id,
      name: current.name,
      analysis: current.analysis,
      view: current.view,
      updatedAt: now.toISOString(),
    });
  });

  it('reads plain named points: Concept nodes by any of their names, others as candidates', () => {
    const home = (id: string): Position =>
      atlas.settlements.features.find((f) => f.properties.id === id)?.geometry.coordinates ?? [];
    const text = collection([
      point('OSH', home('osh'), { stage: 1 }),
      point('  Кара–Балта ', [73.9, 42.8]),
      point('ӨЗГӨН', home('uzgen'), { stage: '2' }),
      point('джалал абад', home('jalal-abad'), { stage: null }),
      point('Kazarman', [74.0333, 41.4], { stage: 3, elevation: 1200 }),
      point('Cholpon-Ata', [77.0819, 42.6496, 1620]),
    ]);
    const { scenario, warnings } = importOk(text);
    expect(warnings).toEqual([]);
    expect(scenario.nodes.moved).toEqual({ 'kara-balta': [73.9, 42.8] });
    expect(scenario.nodes.removed).toEqual(
      GROWTH_NODE_IDS.filter((id) => !['osh', 'kara-balta', 'uzgen', 'jalal-abad'].includes(id)),
    );
    expect(scenario.nodes.candidates).toEqual([
      { id: 'candidate-1', name: 'Kazarman', position: [74.0333, 41.4], region: 'jalal-abad' },
      { id: 'candidate-2', name: 'Cholpon-Ata', position: [77.0819, 42.6496], region: 'issyk-kul' },
    ]);
    expect(scenario.nodes.stages).toEqual({ osh: 1, uzgen: 2, 'candidate-1': 3 });
  });

  it('keeps names as plain text: markup kept verbatim, control characters removed, 200 characters at most', () => {
    const text = collection([
      point('<script>alert(1)</script><img src=x onerror=alert(2)>', [74.5, 42.8]),
      point('Tab\there\u0000\u202Eevil\u200B', [74.6, 42.8]),
      point('я'.repeat(300), [74.7, 42.8]),
    ]);
    const names = importOk(text).scenario.nodes.candidates.map((c) => c.name);
    expect(names[0]).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(names[1]).toBe('Tab here evil');
    expect(names[2]).toBe('я'.repeat(200));
  });

  it('flags points outside Kyrgyzstan, with 5 km of tolerance at the border', () => {
    const ring = atlas.country.features[0]?.geometry.coordinates[0] as Position[];
    const north = ring.reduce((a, b) => ((b[1] ?? 0) > (a[1] ?? 0) ? b : a));
    const [lon = 0, lat = 0] = north;
    const text = collection([
      point('Tashkent', [69.24, 41.3]),
      point('Just across', [lon, lat + 0.018]),
      point('Ten km out', [lon, lat + 0.09]),
    ]);
    const { warnings } = importOk(text);
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^No point in the file names a Concept growth node/);
    expect(warnings[1]).toBe(
      'Feature 1 (“Tashkent”): 69.24, 41.3 is outside Kyrgyzstan (kept as it is).',
    );
    expect(warnings[2]).toMatch(/^Feature 3 \(“Ten km out”\)/);
  });

  it.each([
    ['not JSON', '{"type": "FeatureCollection", features: [', /^The file is not valid JSON/],
    ['not a FeatureCollection', '{"type":"Feature"}', /not a GeoJSON FeatureCollection/],
    ['no features list', '{"type":"FeatureCollection","features":{}}', /no list of features/],
    [
      'a line',
      collection([
        point('A', [74, 41]),
        point('B', [74, 41]),
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [74, 41],
              [75, 42],
            ],
          },
          properties: { name: 'C' },
        },
      ]),
      /^Feature 3: the geometry must be a Point with two numbers\.$/,
    ],
    [
      'a string coordinate',
      collection([point('A', ['74', 41])]),
      /^Feature 1: the geometry must be a Point/,
    ],
    [
      'an infinite coordinate',
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1e999,41]},"properties":{"name":"A"}}]}',
      /^Feature 1: the geometry must be a Point/,
    ],
    ['latitude 91', collection([point('A', [74, 91])]), /^Feature 1: coordinates must be/],
    [
      'a numeric name',
      collection([
        ...Array.from({ length: 6 }, (_, i) => point(`P${i}`, [74, 41])),
        point(7, [74, 41]),
      ]),
      /^Feature 7: the property name must be a non-empty text\.$/,
    ],
    [
      'a blank name',
      collection([point(' \u0007 ', [74, 41])]),
      /^Feature 1: the property name must be a non-empty text\.$/,
    ],
    [
      'no properties',
      collection([
        { type: 'Feature', geometry: { type: 'Point', coordinates: [74, 41] }, properties: null },
      ]),
      /^Feature 1: its properties must be an object/,
    ],
    [
      'stage 4',
      collection([point('A', [74, 41], { stage: 4 })]),
      /^Feature 1: the property stage must be 1, 2, 3 or empty\.$/,
    ],
    [
      'a node twice',
      collection([point('Osh', [72.8, 40.5]), point('ОШ', [72.8, 40.6])]),
      /^Feature 2: “ОШ” is the growth node osh again \(already feature 1\)\.$/,
    ],
    [
      'too many points',
      collection(Array.from({ length: 521 }, (_, i) => point(`P${i}`, [74, 41]))),
      /^The file has 521 features; a scenario holds at most 20 Concept growth nodes and 500 candidates\.$/,
    ],
    [
      'a broken scenario member',
      JSON.stringify({
        ...exportScenarioGeoJSON(sampleScenario(), atlas),
        scenario: { ...sampleScenario(), view: { language: 'de' } },
      }),
      /^The scenario stored in the file has a value this app does not accept \(at view\./,
    ],
    [
      'a slide with a bad camera',
      JSON.stringify({
        ...exportScenarioGeoJSON(sampleScenario(), atlas),
        scenario: {
          ...sampleScenario(),
          slides: [sampleSlide(1), { ...sampleSlide(2), camera: { center: [74, 41], zoom: 30 } }],
        },
      }),
      /^The scenario stored in the file has a value this app does not accept \(at slides\[1\]\.camera\.zoom\)\.$/,
    ],
    [
      'a scenario from a newer app',
      JSON.stringify({
        ...exportScenarioGeoJSON(sampleScenario(), atlas),
        scenario: { ...sampleScenario(), version: 5 },
      }),
      /^The scenario in the file was made by a newer version of the app \(version 5\)\.$/,
    ],
  ])('refuses %s with a message naming what is wrong', (_label, text, message) => {
    expect(importError(text)).toMatch(message);
  });

  it('refuses files over 20 MB before parsing them', () => {
    const huge = `{"type":"FeatureCollection","features":[],"pad":"${' '.repeat(21 * 1024 * 1024)}"}`;
    expect(importError(huge)).toBe(
      'The file is too large (21 MB); files up to 20 MB can be imported.',
    );
  });

  it('refuses 100,000 features quickly and without throwing', () => {
    const features = Array.from({ length: 100_000 }, (_, i) =>
      point(`P${i}`, [74 + i / 1e6, 41.5]),
    );
    const text = collection(features);
    const started = performance.now();
    expect(importError(text)).toMatch(/^The file has 100,000 features;/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('accepts the largest scenario: 20 nodes and 500 candidates', () => {
    const base = sampleScenario();
    const scenario: Scenario = {
      ...base,
      nodes: {
        moved: {},
        removed: [],
        stages: {},
        candidates: Array.from({ length: 500 }, (_, i) => {
          const position: [number, number] = [
            72 + (i % 50) * 0.1,
            40.5 + Math.floor(i / 50) * 0.15,
          ];
          return {
            id: `candidate-${i + 1}`,
            name: `C ${i}`,
            position,
            region: regionOfPoint(atlas, position),
          };
        }),
      },
    };
    const { scenario: _s, ...plain } = exportScenarioGeoJSON(scenario, atlas);
    const result = importOk(JSON.stringify(plain));
    expect(result.scenario.nodes.candidates).toEqual(scenario.nodes.candidates);
  });
});

describe('import fuzzing', () => {
  const nodeNames = atlas.growthNodes.nodes.flatMap((n) => [n.name.en, n.name.ru, n.name.ky]);
  const weirdNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1e308, 1e308, -0, 2 ** 53, 181, -91),
    fc.double({ min: 69, max: 81, noNaN: true }),
  );
  const name = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '&lt;b&gt;',
      '',
      '   ',
      '\u202Egnp.exe',
      ...nodeNames,
    ),
    fc.anything(),
  );
  const coordinates = fc.oneof(
    fc.tuple(weirdNumber, weirdNumber),
    fc.tuple(
      fc.double({ min: 69, max: 81, noNaN: true }),
      fc.double({ min: 39, max: 44, noNaN: true }),
    ),
    fc.array(weirdNumber, { maxLength: 4 }),
    fc.anything(),
  );
  const geometry = fc.oneof(
    fc.record({ type: fc.constant('Point'), coordinates }),
    fc.record({
      type: fc.constantFrom('LineString', 'Polygon', 'point', 'MultiPoint'),
      coordinates,
    }),
    fc.constantFrom(null, undefined, {}, [], 'Point'),
  );
  const properties = fc.oneof(
    fc.record(
      {
        name,
        stage: fc.oneof(
          fc.constantFrom(1, 2, 3, '1', '3', 0, 4, null, '', 'two'),
          weirdNumber,
          fc.anything(),
        ),
        candidate: fc.oneof(fc.boolean(), fc.anything()),
        id: fc.oneof(
          fc.constantFrom(...GROWTH_NODE_IDS, 'candidate-1', 'candidate-1', 'candidate-x'),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );
  const feature = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record(
        { type: fc.constant('Feature'), geometry, properties },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
  const exported = JSON.stringify(exportScenarioGeoJSON(sampleScenario(), atlas));
  const toText = (value: unknown) => {
    // JSON.stringify would write NaN and Infinity as null; write them as files in the wild do.
    const text = JSON.stringify(value, (_k, v) =>
      typeof v === 'number' && !Number.isFinite(v) ? `__${v}__` : v,
    );
    return (text ?? 'undefined').replace(/"__(-?Infinity|NaN)__"/g, (_m, n: string) =>
      n === 'NaN' ? 'NaN' : n.startsWith('-') ? '-1e999' : '1e999',
    );
  };
  const text = fc.oneof(
    { weight: 2, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.json() },
    {
      weight: 6,
      arbitrary: fc
        .record(
          {
            type: fc.oneof(fc.constant('FeatureCollection'), fc.anything()),
            features: fc.oneof(
              { weight: 6, arbitrary: fc.array(feature, { maxLength: 25 }) },
              fc.anything(),
            ),
            scenario: fc.oneof(fc.constant(undefined), fc.anything()),
          },
          { requiredKeys: ['type', 'features'] },
        )
        .map(toText),
    },
    {
      weight: 3,
      // Our own export with one span of characters replaced: truncations, tampering.
      arbitrary: fc
        .tuple(fc.nat({ max: exported.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }))
        .map(([at, cut, insert]) => exported.slice(0, at) + insert + exported.slice(at + cut)),
    },
  );

  it('never throws, never changes the current scenario, always explains a refusal', () => {
    const current = frozenCurrent();
    const snapshot = structuredClone(current);
    let cases = 0;
    let accepted = 0;
    fc.assert(
      fc.property(text, (input) => {
        cases++;
        const result = importScenarioGeoJSON(input, atlas, current, now);
        expect(current).toEqual(snapshot);
        if (result.ok) {
          accepted++;
          expect(parseScenario(result.scenario).ok).toBe(true);
          for (const c of result.scenario.nodes.candidates) {
            expect(c.name.length).toBeGreaterThan(0);
            expect(c.name.length).toBeLessThanOrEqual(200);
            // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
            expect(c.name).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
          }
          expect(result.warnings.every((w) => english(w).length > 0)).toBe(true);
        } else {
          expect(english(result.error)).not.toContain('import.');
        }
      }),
      { numRuns: 1200 },
    );
    console.log(
      `fuzzed import: ${cases} cases (${accepted} accepted, ${cases - accepted} refused with a message)`,
    );
    expect(cases).toBeGreaterThanOrEqual(1000);
  });
});
