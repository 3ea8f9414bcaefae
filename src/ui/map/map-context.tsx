/** Shares the one MapController with panels that move the camera (lists), without React state. */
import { createContext, type MutableRefObject, type ReactNode, useContext, useRef } from 'react';
import type { MapController } from '../../map/map-controller';

type ControllerRef = MutableRefObject<MapController | null>;
const MapControllerContext = createContext<ControllerRef | null>(null);

export function MapControllerProvider({ children }: { children: ReactNode }) {
  const ref = useRef<MapController | null>(null);
  return <MapControllerContext.Provider value={ref}>{children}</MapControllerContext.Provider>;
}

export function useMapControllerRef(): ControllerRef {
  const ref = useContext(MapControllerContext);
  if (!ref) throw new Error('useMapControllerRef() needs <MapControllerProvider>');
  return ref;
}
