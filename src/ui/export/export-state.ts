/** The state the exports print, read from the stores at the moment a file is asked for. */
import type { AtlasData } from '../../data/atlas';
import { useAnalysisStore } from '../../state/analysis-store';
import { currentFinderOutcome } from '../../state/finder-matches';
import { useFinderStore } from '../../state/finder-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { ExportState } from './exporters';

/** The state on screen, read once when the user asks for a file: the exports read no store. */
export function exportStateNow(atlas: AtlasData): ExportState {
  const { meta, view, nodes, analysis } = useScenarioStore.getState();
  return {
    atlas,
    language: view.language,
    scenarioName: meta.name,
    view,
    nodes,
    analysis,
    result: useAnalysisStore.getState().result,
    selection: useViewStore.getState().selection,
    finderFilters: useFinderStore.getState().filters,
    finderMatches: currentFinderOutcome(atlas).matches,
  };
}
