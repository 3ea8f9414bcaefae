/** Choosing a place from a list, a table or the finder: select it (opens its profile) and fly there. */
import { focusFor } from '../../map/focus';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { Selection } from '../../vocabulary/selection';
import { useAtlas } from '../atlas/atlas-context';
import { useMapControllerRef } from './map-context';

export function useChoosePlace(): (selection: Selection) => void {
  const atlas = useAtlas();
  const controllerRef = useMapControllerRef();
  const select = useViewStore((state) => state.select);
  return (selection) => {
    select(selection);
    // The scenario's positions at the moment of choosing: a moved or candidate node is where it is now.
    const focus = focusFor(atlas, selection, useScenarioStore.getState().nodes);
    if (focus) controllerRef.current?.focus(focus);
  };
}
