// Choosing one of the user's features (from the "Your data" list or the search): its profile
// opens in place of any atlas place's, and the map flies to it.
import { userFeatureFocus } from '../../map/focus';
import { type UserFeatureSelection, useUserLayersStore } from '../../state/user-layers-store';
import { useViewStore } from '../../state/view-store';
import { useMapControllerRef } from './map-context';

export function useChooseUserFeature(): (selection: UserFeatureSelection) => void {
  const controllerRef = useMapControllerRef();
  return (selection) => {
    const layer = useUserLayersStore.getState().layers.find((l) => l.id === selection.layerId);
    const feature =
      layer?.part.kind === 'features' ? layer.part.features[selection.index] : undefined;
    useViewStore.getState().select(null);
    useUserLayersStore.getState().select(selection);
    if (feature) controllerRef.current?.focus(userFeatureFocus(feature));
  };
}
