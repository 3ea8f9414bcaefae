/**
 * Puts each slide of a deck on the map in turn for its handout page, as the presentation shows it
 * (src/ui/presentation/presentation-control.ts) but without presenting, and the user's view,
 * analysis parameters and selection back when the walk ends, is cancelled or fails. Nothing of
 * it reaches the undo history.
 */
import type { AtlasData } from '../../data/atlas';
import { pick } from '../../i18n/languages';
import { choroplethLegend, choroplethOf } from '../../investor/choropleth';
import type { MapController } from '../../map/map-controller';
import { useAnalysisStore } from '../../state/analysis-store';
import type { DeckSlide } from '../../state/presentation-store';
import { useScenarioStore } from '../../state/scenario-store';
import type { ScenarioAnalysis } from '../../vocabulary/scenario';
import { restoreView, showSlide, viewSnapshot } from '../presentation/presentation-control';
import { exportStateNow } from './export-state';
import type { HandoutSlide } from './exporters';

/** A run that has not answered by then is stuck (the worker failed to start). */
const ANALYSIS_TIMEOUT_MS = 120_000;
/** Long enough for React to mount the analysis runner a slide's mode asks for. */
const SETTLE_MS = 100;

const sameAnalysis = (a: ScenarioAnalysis, b: ScenarioAnalysis) =>
  a.method === b.method &&
  a.radiusKm === b.radiusKm &&
  a.bandDepthKm === b.bandDepthKm &&
  (Object.keys(a.zoneDepthKm) as Array<keyof ScenarioAnalysis['zoneDepthKm']>).every(
    (neighbour) => a.zoneDepthKm[neighbour] === b.zoneDepthKm[neighbour],
  );

/**
 * Resolves once the analysis result on the map is the one for the scenario's parameters now (the
 * runner in src/ui/analysis recomputes when they change); rejects if that run fails.
 */
function analysisResultIn(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    let ran = false;
    const finish = (settle: () => void) => {
      unsubscribe();
      window.clearTimeout(timer);
      window.clearTimeout(settled);
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const check = () => {
      const { computing, result, error } = useAnalysisStore.getState();
      if (computing) {
        ran = true;
        return;
      }
      const { analysis } = useScenarioStore.getState();
      if (result && sameAnalysis(result.params, analysis)) finish(resolve);
      else if (ran && error) finish(() => reject(new Error(error)));
    };
    const onAbort = () => finish(() => reject(signal.reason));
    const unsubscribe = useAnalysisStore.subscribe(check);
    const timer = window.setTimeout(
      () => finish(() => reject(new Error('The analysis did not finish'))),
      ANALYSIS_TIMEOUT_MS,
    );
    const settled = window.setTimeout(check, SETTLE_MS);
    signal.addEventListener('abort', onAbort);
  });
}

/**
 * Each slide of `deck` shown on the map, in order, as the handout prints it; `onSlide` hears its
 * number before it is shown. Ending the loop early (or an error in it) restores the view too.
 */
export async function* handoutSlides(
  deck: readonly DeckSlide[],
  atlas: AtlasData,
  controller: MapController,
  options: { signal: AbortSignal; onSlide: (n: number) => void },
): AsyncGenerator<HandoutSlide> {
  const history = useScenarioStore.temporal.getState();
  const tracking = history.isTracking;
  const snapshot = viewSnapshot(controller);
  history.pause();
  try {
    for (const [index, slide] of deck.entries()) {
      options.signal.throwIfAborted();
      options.onSlide(index + 1);
      // No controller: the map's camera stays where the user left it; the page frames the slide.
      showSlide(slide, null);
      if (slide.mode !== 'explore') await analysisResultIn(options.signal);
      const state = exportStateNow(atlas);
      const { language } = state;
      yield {
        state,
        title: slide.title ? pick(slide.title, language) : null,
        caption: pick(slide.caption, language),
        source: slide.source ?? null,
        camera: slide.camera,
        choropleth: slide.indicator
          ? choroplethLegend(atlas, choroplethOf(atlas, slide.indicator), language)
          : null,
      };
    }
  } finally {
    restoreView(snapshot, controller);
    if (tracking) history.resume();
  }
}
