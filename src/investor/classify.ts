/** Class limits for a choropleth: quantiles, natural breaks (Ckmeans) or breaks the user types. */

import { ckmeans, quantileSorted } from 'simple-statistics';
import { type Classing, MAX_CLASSES } from '../vocabulary/indicators';

/** Manual breaks that cannot class the data: the message says why (English; shown with a translated lead). */
export class BreaksError extends Error {}

/**
 * Ascending class limits `[min, b1, …, max]` of `values`; class i holds values in
 * (limits[i], limits[i+1]] (the first class includes its lower limit). Duplicate limits from tied
 * values are merged, so there may be fewer classes than asked. `manualBreaks` are the inner limits.
 *
 * @example
 *   classLimits([1, 2, 3, 4, 10, 11, 12], 'ckmeans', 2, []); // [1, 4, 12]
 *   classLimits([1, 2, 3, 4], 'quantile', 2, []); // [1, 2.5, 4]
 *   classLimits([1, 5, 9], 'manual', 0, [4]); // [1, 4, 9]
 */
export function classLimits(
  values: readonly number[],
  classing: Classing,
  classes: number,
  manualBreaks: readonly number[],
): number[] {
  if (values.length === 0) return [];
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const distinct = new Set(sorted).size;
  const count = Math.max(1, Math.min(Math.round(classes), MAX_CLASSES, distinct));
  let inner: number[];
  if (classing === 'manual') {
    inner = checkedManualBreaks(manualBreaks, min, max);
  } else if (classing === 'ckmeans') {
    // Each cluster's upper value is a limit: no class boundary ever splits tied values.
    inner = ckmeans(sorted, count)
      .slice(0, -1)
      .map((cluster) => cluster[cluster.length - 1] ?? min);
  } else {
    inner = Array.from({ length: count - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / count));
  }
  return [...new Set([min, ...inner, max])];
}

function checkedManualBreaks(breaks: readonly number[], min: number, max: number): number[] {
  if (breaks.length === 0) throw new BreaksError('enter at least one break');
  if (breaks.length > MAX_CLASSES - 1) {
    throw new BreaksError(`at most ${MAX_CLASSES - 1} breaks`);
  }
  breaks.forEach((value, i) => {
    if (!Number.isFinite(value)) throw new BreaksError(`break ${i + 1} is not a number`);
    const previous = breaks[i - 1];
    if (previous !== undefined && value <= previous) {
      throw new BreaksError('breaks must increase from left to right');
    }
  });
  // Breaks outside the data leave an empty class, which the legend shows with a count of 0.
  return breaks.filter((value) => value > min && value < max);
}

/**
 * The class of `value` for `limits` from classLimits: 0 for the lowest class.
 *
 * @example
 *   classOf(2.5, [1, 2.5, 4]); // 0
 *   classOf(3, [1, 2.5, 4]); // 1
 */
export function classOf(value: number, limits: readonly number[]): number {
  for (let i = 1; i < limits.length - 1; i += 1) {
    if (value <= (limits[i] ?? Number.POSITIVE_INFINITY)) return i - 1;
  }
  return Math.max(0, limits.length - 2);
}
