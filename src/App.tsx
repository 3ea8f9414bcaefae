/** The thin shell: providers and layout, nothing else. */
import { AtlasProvider } from './ui/atlas/atlas-context';
import { MapControllerProvider } from './ui/map/map-context';
import { AppLayout } from './ui/shell/app-layout';

export function App() {
  return (
    <AtlasProvider>
      <MapControllerProvider>
        <AppLayout />
      </MapControllerProvider>
    </AtlasProvider>
  );
}
