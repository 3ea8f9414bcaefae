/**
 * The investor's finder filters: shared by the finder panel, the map and the address bar. Their
 * matches are derived in finder-matches.ts, never stored here.
 */
import { create } from 'zustand';
import { type FinderFilters, NO_FILTERS } from '../investor/finder';
import { hasFinderParams, readFinderFilters, withFinderFilters } from '../investor/finder-url';
import { useNoticeStore } from './notice-store';
import { useScenarioStore } from './scenario-store';

type FinderState = {
  filters: FinderFilters;
  setFilters: (changes: Partial<FinderFilters>) => void;
  clear: () => void;
};

export const useFinderStore = create<FinderState>()((set) => ({
  filters: NO_FILTERS,
  setFilters: (changes) => set((state) => ({ filters: { ...state.filters, ...changes } })),
  clear: () => set({ filters: NO_FILTERS }),
}));

/**
 * Opens a link's filters (then in the investor view) and keeps the address bar in step with them,
 * so the address is always a link to what the investor is looking at.
 *
 * @example
 *   startFinderSession(); // once, after the scenario session has restored the view
 */
export function startFinderSession(location: Location = window.location): void {
  if (hasFinderParams(location.search)) {
    const { filters, ignored } = readFinderFilters(location.search);
    useFinderStore.setState({ filters });
    useScenarioStore.getState().setView({ mode: 'invest' });
    if (ignored.length > 0) {
      useNoticeStore.getState().notify({
        tone: 'warning',
        message: { key: 'finderUrlIgnored' },
        // The link's own values, as they were written: plain text.
        reasons: [{ key: 'outsideText', values: { text: ignored.join(', ') } }],
      });
    }
  }
  useFinderStore.subscribe((state, previous) => {
    if (state.filters === previous.filters) return;
    const url = withFinderFilters(new URL(window.location.href), state.filters);
    window.history.replaceState(window.history.state, '', url);
  });
}
