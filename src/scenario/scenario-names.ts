/** Scenario names a planner can tell apart in the saved list. */

/**
 * `name`, or `name (2)`, `name (3)`… — the first that no scenario in `taken` has yet.
 *
 * @example
 *   distinctName('Scenario 1', ['Scenario 1', 'Scenario 1 (2)']); // 'Scenario 1 (3)'
 *   distinctName('Baseline', ['Scenario 1']); // 'Baseline'
 */
export function distinctName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  // A name that already ends in "(n)" counts on from its stem, so a copy of "A (2)" is "A (3)".
  const stem = name.replace(/ \(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!names.has(candidate)) return candidate;
  }
}
