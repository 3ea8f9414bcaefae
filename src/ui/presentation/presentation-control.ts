/**
 * Entering and leaving a presentation: the view, analysis parameters, selection and camera are
 * saved on entry and put back exactly on exit; edits made by slides never reach the undo history.
 */
import type { MapController } from '../../map/map-controller';
import {
  type DeckSlide,
  type PresentationSnapshot,
  usePresentationStore,
} from '../../state/presentation-store';
import type { DeckName } from '../../state/presenter-channel';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';

/** The view, analysis parameters, selection and camera now: what showing slides changes. */
export function viewSnapshot(controller: MapController | null): PresentationSnapshot {
  const { view, analysis } = useScenarioStore.getState();
  return {
    view,
    analysis,
    selection: useViewStore.getState().selection,
    camera: controller?.camera() ?? null,
  };
}

/** Puts back what `viewSnapshot` saved, outside the undo history (it is paused while slides show). */
export function restoreView(
  snapshot: PresentationSnapshot,
  controller: MapController | null,
): void {
  const scenario = useScenarioStore.getState();
  scenario.setView(snapshot.view);
  scenario.setAnalysis(snapshot.analysis);
  useViewStore.getState().select(snapshot.selection);
  if (snapshot.camera) controller?.jumpTo(snapshot.camera);
}

export function startPresentation(
  deck: DeckSlide[],
  controller: MapController | null,
  deckName: DeckName = 'tour',
): void {
  if (deck.length === 0 || usePresentationStore.getState().deck) return;
  useScenarioStore.temporal.getState().pause();
  usePresentationStore.getState().start(deck, viewSnapshot(controller), deckName);
  // Full screen is a courtesy: a browser may refuse it (no user gesture, kiosk policy).
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function stopPresentation(controller: MapController | null): void {
  const snapshot = usePresentationStore.getState().stop();
  if (snapshot) restoreView(snapshot, controller);
  useScenarioStore.temporal.getState().resume();
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
}

/** Shows a slide: its layers, mode and parameters, its highlighted feature, then its camera. */
export function showSlide(
  slide: DeckSlide,
  controller: MapController | null,
  inset: { left: number; bottom: number } = { left: 0, bottom: 0 },
): void {
  const scenario = useScenarioStore.getState();
  scenario.setView({
    mode: slide.mode,
    overlays: slide.overlays,
    analysisLayers: slide.analysisLayers,
    indicator: slide.indicator ?? null,
  });
  if (slide.analysis) scenario.setAnalysis(slide.analysis);
  useViewStore.getState().select(slide.highlight ?? null);
  controller?.present(slide.camera, inset);
}
