// @vitest-environment jsdom
// The scenario store: node edits are undoable, view changes are not, language is remembered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { LANGUAGE_STORAGE_KEY, setLanguage } from '../../../src/state/language';
import {
  currentScenario,
  redo,
  UNDO_JOIN_MS,
  undo,
  useScenarioStore,
} from '../../../src/state/scenario-store';
import type { Slide } from '../../../src/vocabulary/scenario';

const store = () => useScenarioStore.getState();

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  store().replaceScenario(defaultScenario({ id: 'test', name: 'Test' }));
});

afterEach(() => {
  vi.useRealTimers();
});

/** A slide of the current view (what "Add this view as a slide" captures). */
function slideOfView(): Omit<Slide, 'id'> {
  const { view, analysis } = store();
  return {
    caption: { ky: '', ru: '', en: '' },
    notes: { ky: '', ru: '', en: '' },
    camera: { center: [74.6, 41.3], zoom: 6, bearing: 0, pitch: 0 },
    mode: view.mode,
    overlays: view.overlays,
    analysisLayers: view.analysisLayers,
    analysis,
    indicator: view.indicator,
  };
}

/** Moves the clock on, past the time in which edits of one value join one undo step. */
const pause = () => vi.advanceTimersByTime(UNDO_JOIN_MS + 1);

describe('scenario store', () => {
  it('undoes and redoes a move, a removal and a new candidate, in order', () => {
    store().moveNode('naryn', [76, 41.5]);
    store().removeNode('kerben');
    const id = store().addCandidate({ name: 'Ak-Say', position: [75, 41.6], region: 'naryn' });
    expect(id).toBe('candidate-1');
    undo();
    expect(store().nodes.candidates).toEqual([]);
    undo();
    expect(store().nodes.removed).toEqual([]);
    undo();
    expect(store().nodes.moved).toEqual({});
    redo();
    expect(store().nodes.moved).toEqual({ naryn: [76, 41.5] });
  });

  it('undoes a new slide alone, never the node removal before it (issue 10)', () => {
    store().removeNode('kerben');
    store().addSlide(slideOfView());
    undo();
    expect(store().slides).toEqual([]);
    expect(store().nodes.removed).toEqual(['kerben']);
    undo();
    expect(store().nodes.removed).toEqual([]);
  });

  it('makes adding, editing, reordering and deleting a slide one undo step each', () => {
    const first = store().addSlide(slideOfView());
    const second = store().addSlide(slideOfView());
    pause();
    store().updateSlideCaption(first, { ky: '', ru: '', en: 'North and south' });
    pause();
    store().moveSlide(second, -1);
    store().deleteSlide(first);
    const order = () => store().slides.map((slide) => slide.id);
    expect(order()).toEqual([second]);
    undo();
    expect(order()).toEqual([second, first]);
    undo();
    expect(order()).toEqual([first, second]);
    undo();
    expect(store().slides[0]?.caption.en).toBe('');
    undo();
    expect(order()).toEqual([first]);
    redo();
    redo();
    expect(store().slides[0]?.caption.en).toBe('North and south');
  });

  it('makes a caption typed letter by letter one step, and a later edit another', () => {
    const id = store().addSlide(slideOfView());
    pause();
    for (const text of ['B', 'Ba', 'Bat', 'Batken']) {
      store().updateSlideCaption(id, { ky: '', ru: '', en: text });
      vi.advanceTimersByTime(200);
    }
    pause();
    store().updateSlideCaption(id, { ky: '', ru: '', en: 'Batken Region' });
    undo();
    expect(store().slides[0]?.caption.en).toBe('Batken');
    undo();
    expect(store().slides[0]?.caption.en).toBe('');
    expect(store().slides).toHaveLength(1);
  });

  it('makes notes typed letter by letter one step, apart from the caption typed before', () => {
    const id = store().addSlide(slideOfView());
    pause();
    store().updateSlideCaption(id, { ky: '', ru: '', en: 'Batken' });
    for (const text of ['S', 'Sa', 'Say it']) {
      store().updateSlideNotes(id, { ky: '', ru: text, en: '' });
      vi.advanceTimersByTime(200);
    }
    expect(store().slides[0]?.notes).toEqual({ ky: '', ru: 'Say it', en: '' });
    undo();
    expect(store().slides[0]?.notes.ru).toBe('');
    expect(store().slides[0]?.caption.en).toBe('Batken');
  });

  it('makes one drag of a slider one step, but two parameters two steps', () => {
    for (const radiusKm of [55, 60, 70, 80]) {
      store().setAnalysis({ radiusKm });
      vi.advanceTimersByTime(50);
    }
    store().setAnalysis({ zoneDepthKm: { ...store().analysis.zoneDepthKm, UZ: 40 } });
    store().setAnalysis({ method: 'nearest' });
    store().setAnalysis({ method: 'radius' });
    undo();
    expect(store().analysis.method).toBe('nearest');
    undo();
    expect(store().analysis.method).toBe('radius');
    expect(store().analysis.zoneDepthKm.UZ).toBe(40);
    undo();
    expect(store().analysis.zoneDepthKm.UZ).toBe(30);
    expect(store().analysis.radiusKm).toBe(80);
    undo();
    expect(store().analysis.radiusKm).toBe(50);
  });

  it('keeps view changes out of the history and keeps the scenario identity on undo', () => {
    store().setAnalysis({ radiusKm: 80 });
    store().setView({ mode: 'analyse' });
    undo();
    expect(store().analysis.radiusKm).toBe(50);
    expect(store().view.mode).toBe('analyse');
    expect(currentScenario().id).toBe('test');
  });

  it('assigns and clears stages, and removing a candidate drops its stage', () => {
    const id = store().addCandidate({ name: 'X', position: [75, 41.6], region: null });
    store().setStage(id, 2);
    store().setStage('naryn', 1);
    expect(store().nodes.stages).toEqual({ [id]: 2, naryn: 1 });
    store().removeNode(id);
    expect(store().nodes.stages).toEqual({ naryn: 1 });
    store().setStage('naryn', null);
    expect(store().nodes.stages).toEqual({});
  });

  it('gives the same scenario object while nothing changed', () => {
    expect(currentScenario()).toBe(currentScenario());
    store().rename('Other');
    expect(currentScenario().name).toBe('Other');
  });

  it('remembers a language choice and writes it to the URL', () => {
    setLanguage('en');
    expect(store().view.language).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(new URL(window.location.href).searchParams.get('lang')).toBe('en');
  });
});
