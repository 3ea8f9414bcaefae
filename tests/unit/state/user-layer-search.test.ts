// The user's features are found in the header search by their label field, across scripts, and
// only once a label field is chosen.
import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../../src/search/place-search';
import {
  searchIndexWithUserLayers,
  userFeatureOfPlace,
  userFeaturePlaces,
} from '../../../src/state/user-layer-search';
import type { UserLayer } from '../../../src/state/user-layers-store';
import { DEFAULT_USER_LAYER_STYLE } from '../../../src/vocabulary/user-layers';
import { realAtlas } from '../../helpers/atlas';

const wells = (labelField: string | null): UserLayer => ({
  id: 'layer-7',
  name: 'wells.csv',
  visible: true,
  style: { ...DEFAULT_USER_LAYER_STYLE, labelField },
  part: {
    kind: 'features',
    name: 'wells.csv',
    skipped: { nullGeometry: 0, invalidCoordinates: 0 },
    fields: [{ name: 'title', kind: 'text', distinct: 2 }],
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [74.6, 42.9] },
        properties: { title: 'Скважина Чуй' },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [74.7, 42.8] },
        properties: { title: null },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [74.8, 42.7] },
        properties: { title: 'Ала-Арча' },
      },
    ],
  },
});

describe('the user’s features in the search', () => {
  it('are findable only by a chosen label field, the unlabelled ones left out', () => {
    expect(userFeaturePlaces([wells(null)])).toEqual([]);
    expect(userFeaturePlaces([wells('title')]).map((p) => p.name.en)).toEqual([
      'Скважина Чуй',
      'Ала-Арча',
    ]);
  });

  it('are found beside the atlas’s places, in Latin for a Cyrillic label, and point back to their feature', () => {
    const atlas = realAtlas();
    const layers = [wells('title')];
    const index = searchIndexWithUserLayers(atlas, layers);
    const [hit] = searchPlaces(index, 'skvazhina').filter((h) => h.place.kind === 'userFeature');
    expect(hit && userFeatureOfPlace(hit.place)).toEqual({ layerId: 'layer-7', index: 0 });
    expect(searchPlaces(index, 'Uzgen')[0]?.place.id).toBe('uzgen');
    expect(searchIndexWithUserLayers(atlas, layers)).toBe(index);
  });
});
