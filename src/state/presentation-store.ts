/**
 * A presentation in progress: the deck (the built-in tour or the presenter's slides), the slide
 * on screen, and the view to restore exactly when the presenter leaves.
 */
import { create } from 'zustand';
import type { Localized } from '../vocabulary/languages';
import type { Camera, ScenarioAnalysis, ScenarioView } from '../vocabulary/scenario';
import type { Selection } from '../vocabulary/selection';
import type { DeckName } from './presenter-channel';

/** One slide of either deck, in the shape the presenter's screen needs. */
export type DeckSlide = {
  id: string;
  title?: Localized;
  caption: Localized;
  /** What the speaker says over the slide; shown only in the presenter view (any may be empty). */
  notes: Localized;
  /** The Concept section a tour chapter cites. */
  source?: string;
  camera: Camera;
  mode: ScenarioView['mode'];
  overlays: ScenarioView['overlays'];
  analysisLayers: ScenarioView['analysisLayers'];
  /** The choropleth the slide shows; the tour's chapters show none. */
  indicator?: ScenarioView['indicator'];
  /** Parameters the slide sets; the rest stay as the planner had them. */
  analysis?: Partial<ScenarioAnalysis>;
  highlight?: Selection;
};

/** What the presentation changes, saved on entry and put back on exit. */
export type PresentationSnapshot = {
  view: ScenarioView;
  analysis: ScenarioAnalysis;
  selection: Selection | null;
  camera: Camera | null;
};

type PresentationState = {
  deck: DeckSlide[] | null;
  /** Which deck it is, for the presenter view. */
  deckName: DeckName;
  index: number;
  /** When the presentation started (ms since 1970), for the presenter view's elapsed time. */
  startedAt: number | null;
  snapshot: PresentationSnapshot | null;
  start: (deck: DeckSlide[], snapshot: PresentationSnapshot, deckName?: DeckName) => void;
  go: (index: number) => void;
  step: (offset: 1 | -1) => void;
  stop: () => PresentationSnapshot | null;
};

export const usePresentationStore = create<PresentationState>()((set, get) => ({
  deck: null,
  deckName: 'tour',
  index: 0,
  startedAt: null,
  snapshot: null,
  start: (deck, snapshot, deckName = 'tour') => {
    if (deck.length > 0) set({ deck, deckName, index: 0, startedAt: Date.now(), snapshot });
  },
  go: (index) => {
    const { deck } = get();
    if (deck) set({ index: Math.max(0, Math.min(deck.length - 1, index)) });
  },
  step: (offset) => get().go(get().index + offset),
  stop: () => {
    const { snapshot } = get();
    set({ deck: null, index: 0, startedAt: null, snapshot: null });
    return snapshot;
  },
}));
