/** How a measure is first classed and coloured (kept light: the tour loads it with the first page). */
import type { IndicatorView } from '../vocabulary/scenario';

/** In the indicator panel when a measure is first chosen, and in the tour's chapters. */
export const DEFAULT_INDICATOR_STYLE: Omit<IndicatorView, 'measure'> = {
  year: 2019,
  classing: 'ckmeans',
  classes: 4,
  palette: 'ylgnbu',
  manualBreaks: [],
};
