// @vitest-environment jsdom
// The scenario store: node edits are undoable, view changes are not, language is remembered.
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { LANGUAGE_STORAGE_KEY, setLanguage } from '../../../src/state/language';
import { currentScenario, redo, undo, useScenarioStore } from '../../../src/state/scenario-store';

const store = () => useScenarioStore.getState();

beforeEach(() => {
  localStorage.clear();
  store().replaceScenario(defaultScenario({ id: 'test', name: 'Test' }));
});

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
