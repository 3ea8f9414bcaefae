/**
 * The analysis result the planner sees: the last good result (kept when a run fails), whether a
 * run is under way, the statistics row pointed at, and a node being dragged (not yet committed).
 */

import { create } from 'zustand';
import type { ScenarioComparison } from '../analysis/coverage-change';
import type { AnalysisResult } from '../analysis/types';
import type { AnalysisHighlight, DragPreview } from '../vocabulary/selection';

type AnalysisState = {
  computing: boolean;
  result: AnalysisResult | null;
  error: string | null;
  highlight: AnalysisHighlight | null;
  dragPreview: DragPreview | null;
  /** Two scenarios compared: the other's catchments (dashed) and the territory gained and lost. */
  compared: ScenarioComparison | null;
  setCompared: (compared: ScenarioComparison | null) => void;
  setHighlight: (highlight: AnalysisHighlight | null) => void;
  setDragPreview: (preview: DragPreview | null) => void;
  started: () => void;
  succeeded: (result: AnalysisResult) => void;
  failed: (message: string) => void;
};

export const useAnalysisStore = create<AnalysisState>()((set) => ({
  computing: false,
  result: null,
  error: null,
  highlight: null,
  dragPreview: null,
  compared: null,
  setCompared: (compared) => set({ compared }),
  setHighlight: (highlight) => set({ highlight }),
  setDragPreview: (dragPreview) => set({ dragPreview }),
  started: () => set({ computing: true }),
  succeeded: (result) => set({ result, computing: false, error: null }),
  failed: (error) => set({ computing: false, error }),
}));
