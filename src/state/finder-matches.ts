/**
 * The finder's matches, derived once from the atlas, the finder's filters, the scenario's nodes
 * and the analysis result — outside any component — for the finder panel, the exports and the map.
 */
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import {
  type FinderFilters,
  type FinderMatch,
  type FinderOutcome,
  finderInputOf,
  findTerritories,
  hasFilters,
} from '../investor/finder';
import type { ScenarioNodes } from '../vocabulary/scenario';
import { useAnalysisStore } from './analysis-store';
import { useFinderStore } from './finder-store';
import { useScenarioStore } from './scenario-store';

type Inputs = { filters: FinderFilters; nodes: ScenarioNodes; result: AnalysisResult | null };

/** The last outcome per atlas: every reader asks about the same state, so one entry is enough. */
const lastOutcome = new WeakMap<AtlasData, Inputs & { outcome: FinderOutcome }>();

/**
 * The finder's outcome for these inputs; the same inputs give the same object, so the panel, the
 * map and the exports share one computation and the map can tell nothing changed.
 *
 * @example
 *   finderOutcome(atlas, { ...NO_FILTERS, clusters: ['tourism'] }, nodes, null).matches.length; // 3
 */
export function finderOutcome(
  atlas: AtlasData,
  filters: FinderFilters,
  nodes: ScenarioNodes,
  result: AnalysisResult | null,
): FinderOutcome {
  const last = lastOutcome.get(atlas);
  if (last && last.filters === filters && last.nodes === nodes && last.result === result) {
    return last.outcome;
  }
  const outcome = findTerritories(finderInputOf(atlas, nodes, result), filters);
  lastOutcome.set(atlas, { filters, nodes, result, outcome });
  return outcome;
}

/** The outcome for the state of the stores now (for code outside React: the map, the exports). */
export function currentFinderOutcome(atlas: AtlasData): FinderOutcome {
  return finderOutcome(
    atlas,
    useFinderStore.getState().filters,
    useScenarioStore.getState().nodes,
    useAnalysisStore.getState().result,
  );
}

/**
 * The matches the map marks, whichever panel is open: null while no filter is set (then every
 * place would "match", and nothing is ringed).
 */
export function currentFinderMatchesOnMap(atlas: AtlasData): readonly FinderMatch[] | null {
  return hasFilters(useFinderStore.getState().filters) ? currentFinderOutcome(atlas).matches : null;
}

/** The outcome for a component, re-rendered when a filter, the nodes or the result change. */
export function useFinderOutcome(atlas: AtlasData): FinderOutcome {
  const filters = useFinderStore((state) => state.filters);
  const nodes = useScenarioStore((state) => state.nodes);
  const result = useAnalysisStore((state) => state.result);
  return finderOutcome(atlas, filters, nodes, result);
}
