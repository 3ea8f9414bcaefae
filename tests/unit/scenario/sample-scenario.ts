// A scenario with moved, removed, staged and candidate nodes and slides, shared by the scenario tests.
import { defaultScenario } from '../../../src/scenario/default-scenario';
import type { Scenario, Slide } from '../../../src/vocabulary/scenario';

/** A valid slide `slide-<n>`, looking a little different for each n, with `changes` applied. */
export function sampleSlide(n: number, changes: Partial<Slide> = {}): Slide {
  const base = defaultScenario();
  return {
    id: `slide-${n}`,
    caption: {
      ky: `${n}-слайд: Ош жана Жалал-Абад`,
      ru: n % 2 === 0 ? '' : `Слайд ${n}: юг — «Ош» и Джалал-Абад`,
      en: `Slide ${n}: the south, Osh & Jalal-Abad <b>`,
    },
    notes: {
      ky: n % 2 === 0 ? `${n}: түштүк жөнүндө айтуу` : '',
      ru: '',
      en: `Say: slide ${n} shows the south & <i>Osh</i>`,
    },
    camera: {
      center: [72.8 + n * 0.1, 40.5 + n * 0.05],
      zoom: 7 + (n % 5),
      bearing: ((n * 37) % 720) - 360,
      pitch: n % 60,
    },
    mode: n % 2 === 0 ? 'explore' : 'analyse',
    overlays: { ...base.view.overlays, logistics: n % 3 !== 0 },
    analysisLayers: { ...base.view.analysisLayers, band: n % 2 === 0 },
    analysis: { ...base.analysis, radiusKm: 40 + n, method: n % 2 === 0 ? 'nearest' : 'combined' },
    indicator:
      n % 3 === 0
        ? {
            measure: 'grp',
            year: 2019,
            classing: 'manual',
            classes: 3,
            palette: 'cividis',
            manualBreaks: [30000, 60000 + n],
          }
        : null,
    ...changes,
  };
}

export function sampleScenario(): Scenario {
  const base = defaultScenario({
    id: 's-sample',
    name: 'Южный вариант — “test” <b>',
    now: new Date('2026-11-02T10:00:00.000Z'),
  });
  return {
    ...base,
    nodes: {
      moved: { karakol: [78.401234567891, 42.49876543210987], naryn: [76.0, 41.45] },
      removed: ['kadamjay', 'sary-tash'],
      stages: { bishkek: 1, osh: 1, karakol: 2, 'candidate-2': 3, kadamjay: 2 },
      candidates: [
        {
          id: 'candidate-2',
          name: 'Чолпон-Ата',
          position: [77.0819, 42.6496],
          region: 'issyk-kul',
        },
        { id: 'candidate-5', name: 'Kazarman', position: [74.0333, 41.4], region: 'jalal-abad' },
      ],
    },
    analysis: { ...base.analysis, method: 'combined', radiusKm: 72.5, bandDepthKm: 15 },
    view: {
      ...base.view,
      language: 'ru',
      mode: 'analyse',
      overlays: { ...base.view.overlays, clusters: false },
      camera: { center: [74.6, 41.3], zoom: 6.25 },
      indicator: {
        measure: 'industry-share',
        year: 2018,
        classing: 'ckmeans',
        classes: 4,
        palette: 'viridis',
        manualBreaks: [],
      },
    },
    slides: [sampleSlide(1), sampleSlide(4)],
  };
}

/** Freezes a value and everything inside it, so that any mutation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** `scenario` as version 1 stored it: no slides and no choropleth. */
export function asVersion1(scenario: Scenario): Record<string, unknown> {
  const { slides: _slides, view, ...rest } = scenario;
  const { indicator: _indicator, ...viewV1 } = view;
  return { ...rest, view: viewV1, version: 1 };
}

/** `scenario` as version 3 stored it: slides without speaker notes. */
export function asVersion3(scenario: Scenario): Record<string, unknown> {
  const slides = scenario.slides.map(({ notes: _notes, ...slide }) => slide);
  return { ...scenario, slides, version: 3 };
}

/** What a version-1 record of `scenario` becomes today: no slides, no choropleth. */
export function migratedFromVersion1(scenario: Scenario): Scenario {
  return { ...scenario, slides: [], view: { ...scenario.view, indicator: null } };
}
