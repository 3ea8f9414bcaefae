// A scenario with moved, removed, staged and candidate nodes, shared by the scenario tests.
import { defaultScenario } from '../../../src/scenario/default-scenario';
import type { Scenario } from '../../../src/scenario/types';

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
    },
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
