/** Choosing a place from a list, a table or the finder: select it (opens its profile) and fly there. */
import { focusFor } from '../../map/focus';
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
    const focus = focusFor(atlas, selection);
    if (focus) controllerRef.current?.focus(focus);
  };
}
