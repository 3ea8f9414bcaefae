// @vitest-environment jsdom
// The handout's walk through a deck: each slide on the map in turn, the analysis awaited for a
// slide that analyses, and the user's view, parameters and selection back however it ends.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/types';
import type { MapController } from '../../src/map/map-controller';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useAnalysisStore } from '../../src/state/analysis-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { useViewStore } from '../../src/state/view-store';
import { handoutSlides } from '../../src/ui/export/handout-slides';
import { tourDeck } from '../../src/ui/presentation/decks';
import { realAtlas } from '../helpers/atlas';

const atlas = realAtlas();
const tour = tourDeck(atlas);
const chapter = (id: string) => {
  const found = tour.find((slide) => slide.id === id);
  if (!found) throw new Error(`no chapter ${id} in tour.json`);
  return found;
};
const camera = { center: [74.6, 41.3] as [number, number], zoom: 7, bearing: 0, pitch: 0 };
const controller = { camera: () => camera, jumpTo: vi.fn() } as unknown as MapController;
const history = () => useScenarioStore.temporal.getState();
const walk = (deck: typeof tour, signal = new AbortController().signal) =>
  handoutSlides(deck, atlas, controller, { signal, onSlide: () => undefined });

beforeEach(() => {
  useScenarioStore.getState().replaceScenario(defaultScenario({ id: 'test', name: 'Test' }));
  useScenarioStore.getState().setView({ language: 'en' });
  // The user's own parameters, unlike any chapter's, and a place of their own selected.
  useScenarioStore.getState().setAnalysis({ radiusKm: 80 });
  useViewStore.getState().select({ kind: 'node', id: 'naryn' });
  useAnalysisStore.setState({ result: null, computing: false, error: null });
});

describe('handout slides', () => {
  it('shows each slide with its layers, key and highlight, then puts the view back', async () => {
    const before = useScenarioStore.getState();
    const past = history().pastStates.length;
    const deck = [chapter('industrial-output-2015'), chapter('logistics-centres')];
    const seen: string[] = [];
    for await (const slide of walk(deck)) {
      seen.push(slide.caption);
      const shown = deck[seen.length - 1];
      expect(slide.state.view.overlays).toEqual(shown?.overlays);
      expect(useViewStore.getState().selection).toEqual(shown?.highlight ?? null);
      expect(slide.source).toBe(shown?.source);
    }
    expect(seen).toEqual(deck.map((slide) => slide.caption.en));
    const after = useScenarioStore.getState();
    expect(after.view).toEqual(before.view);
    expect(after.analysis).toEqual(before.analysis);
    expect(useViewStore.getState().selection).toEqual({ kind: 'node', id: 'naryn' });
    expect(history().pastStates.length).toBe(past);
    expect(history().isTracking).toBe(true);
  });

  it("waits for the result of an analysing slide's parameters, and restores when the export fails", async () => {
    const slides = walk([chapter('catchments')]);
    let shown = false;
    const next = slides.next().then((step) => {
      shown = true;
      return step;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shown).toBe(false); // no result for the chapter's 50 km yet
    const { analysis } = useScenarioStore.getState();
    expect(analysis.radiusKm).toBe(50);
    const none = { type: 'FeatureCollection', features: [] };
    const result = {
      params: analysis,
      ...{ catchments: none, uncovered: none, overlaps: none, zones: none, borderBand: none },
      coverage: { nodes: [] },
    } as unknown as AnalysisResult;
    useAnalysisStore.getState().started();
    useAnalysisStore.getState().succeeded(result);
    const step = await next;
    expect(step.done).toBe(false);
    expect(step.value?.state.result).toBe(result);
    // The page failed to print: the loop ends early and the walk puts everything back.
    await slides.return(undefined);
    expect(useScenarioStore.getState().analysis.radiusKm).toBe(80);
    expect(useScenarioStore.getState().view.mode).toBe('explore');
  });

  it('stops at Cancel with an AbortError and restores the view', async () => {
    const before = useScenarioStore.getState();
    const stop = new AbortController();
    const slides = walk([chapter('neighbour-zones')], stop.signal);
    const next = slides.next();
    stop.abort();
    await expect(next).rejects.toMatchObject({ name: 'AbortError' });
    expect(useScenarioStore.getState().analysis.radiusKm).toBe(80);
    expect(useScenarioStore.getState().view).toEqual(before.view);
    expect(useViewStore.getState().selection).toEqual({ kind: 'node', id: 'naryn' });
    expect(history().isTracking).toBe(true);
  });
});
