// Renders a panel inside the providers it needs, with the real atlas from geodata/ on disk.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AtlasProvider } from '../../src/ui/atlas/atlas-context';
import { MapControllerProvider } from '../../src/ui/map/map-context';
import { realAtlas } from '../helpers/atlas';

const loadRealAtlas = () => Promise.resolve(realAtlas());

export function renderWithAtlas(ui: ReactElement) {
  return render(
    <AtlasProvider load={loadRealAtlas}>
      <MapControllerProvider>{ui}</MapControllerProvider>
    </AtlasProvider>,
  );
}
