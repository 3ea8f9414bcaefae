// @vitest-environment jsdom
// The analysis panel's spoken result (issue 15): one polite sentence per settled result — none
// while a node is dragged or a newer run is under way, one for a burst of edits — with the change.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/types';
import { translator } from '../../src/i18n/i18n';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useAnalysisStore } from '../../src/state/analysis-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import {
  CoverageAnnouncement,
  coverageAnnouncement,
  SETTLE_MS,
} from '../../src/ui/analysis/coverage-announcement';

/** A result with only the two figures the announcement reads. */
const result = (populationCovered: number, coveredAreaKm2: number) =>
  ({ coverage: { populationCovered, coveredAreaKm2 } }) as AnalysisResult;

function setLanguage(language: 'en' | 'ru' | 'ky') {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language, mode: 'analyse' } });
}

/** Spaces as a reader hears them: Russian and Kyrgyz group digits with a no-break space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

/** The live region's text. */
const spoken = () => screen.getByRole('status').textContent;

beforeEach(() => {
  vi.useFakeTimers();
  setLanguage('en');
  useAnalysisStore.setState({ result: null, computing: false, dragPreview: null, error: null });
});
afterEach(() => vi.useRealTimers());

describe('coverageAnnouncement', () => {
  it('says the covered people and area and what changed, in each language', () => {
    const before = { populationCovered: 2_922_115, coveredAreaKm2: 90_475.2 };
    const now = { populationCovered: 2_934_415, coveredAreaKm2: 90_475.4 };
    expect(coverageAnnouncement(translator('en'), 'en', now, before)).toBe(
      'Covered: 2,934,415 people of listed settlements, 90,475 km² (+12,300 people)',
    );
    expect(coverageAnnouncement(translator('en'), 'en', before, now)).toBe(
      'Covered: 2,922,115 people of listed settlements, 90,475 km² (−12,300 people)',
    );
    const moved = { populationCovered: 2_934_415, coveredAreaKm2: 88_000 };
    expect(plain(coverageAnnouncement(translator('ru'), 'ru', moved, now))).toBe(
      'Охвачено: 2 934 415 человек в учтённых населённых пунктах, 88 000 км² (−2 475 км²)',
    );
    expect(
      plain(
        coverageAnnouncement(translator('ru'), 'ru', now, { ...now, populationCovered: 2_934_413 }),
      ),
    ).toMatch(/\(\+2 человека\)$/);
    expect(plain(coverageAnnouncement(translator('ky'), 'ky', now, now))).toBe(
      'Камтылды: тизмедеги конуштарда 2 934 415 адам, 90 475 км² (өзгөрүү жок)',
    );
    expect(coverageAnnouncement(translator('en'), 'en', now, null)).toBe(
      'Covered: 2,934,415 people of listed settlements, 90,475 km²',
    );
  });
});

describe('CoverageAnnouncement', () => {
  it('stays silent about the result already on screen when the panel opens', () => {
    useAnalysisStore.setState({ result: result(1_000, 500) });
    render(<CoverageAnnouncement />);
    act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(spoken()).toBe('');
  });

  it('takes the first result as the base, then says a settled change once, after the settling time', () => {
    render(<CoverageAnnouncement />);
    act(() => useAnalysisStore.setState({ result: result(1_000, 500) }));
    act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(spoken()).toBe('');
    act(() => useAnalysisStore.setState({ result: result(1_200, 520) }));
    act(() => vi.advanceTimersByTime(SETTLE_MS - 50));
    expect(spoken()).toBe('');
    act(() => vi.advanceTimersByTime(100));
    expect(spoken()).toBe(
      'Covered: 1,200 people of listed settlements, 520 km² (+200 people, +20 km²)',
    );
  });

  it('says nothing during a drag, then one sentence for where the node was left', () => {
    useAnalysisStore.setState({ result: result(1_000, 500) });
    render(<CoverageAnnouncement />);
    act(() => useAnalysisStore.setState({ dragPreview: { id: 'naryn', position: [76, 41.5] } }));
    for (let frame = 1; frame <= 5; frame++) {
      act(() => useAnalysisStore.setState({ result: result(1_000 + frame * 10, 500) }));
      act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
      expect(spoken()).toBe('');
    }
    // The drag ends: the node is committed and the scenario's run is under way, then lands.
    act(() => useAnalysisStore.setState({ dragPreview: null, computing: true }));
    act(() => vi.advanceTimersByTime(SETTLE_MS * 2));
    expect(spoken()).toBe('');
    act(() => useAnalysisStore.setState({ result: result(1_060, 510), computing: false }));
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(spoken()).toBe(
      'Covered: 1,060 people of listed settlements, 510 km² (+60 people, +10 km²)',
    );
  });

  it('says one sentence for a burst of edits, measured from what was said before', () => {
    useAnalysisStore.setState({ result: result(1_000, 500) });
    render(<CoverageAnnouncement />);
    for (const people of [1_100, 1_200, 1_300]) {
      act(() => useAnalysisStore.setState({ result: result(people, 500) }));
      act(() => vi.advanceTimersByTime(SETTLE_MS / 3));
      expect(spoken()).toBe('');
    }
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(spoken()).toBe('Covered: 1,300 people of listed settlements, 500 km² (+300 people)');
    act(() => useAnalysisStore.setState({ result: result(1_250, 500) }));
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(spoken()).toBe('Covered: 1,250 people of listed settlements, 500 km² (−50 people)');
  });
});
