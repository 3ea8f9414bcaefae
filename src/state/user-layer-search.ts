// The header search finds the user's features by their label field, beside the atlas's places.
import type { AtlasData } from '../data/atlas';
import {
  buildSearchIndex,
  placesOfAtlas,
  type SearchablePlace,
  type SearchIndex,
} from '../search/place-search';
import type { UserFeatureSelection, UserLayer } from './user-layers-store';

const SEPARATOR = '/';

/** The labelled features of the user's layers as searchable places (a layer without a label field has none). */
export function userFeaturePlaces(layers: readonly UserLayer[]): SearchablePlace[] {
  const places: SearchablePlace[] = [];
  for (const layer of layers) {
    const field = layer.style.labelField;
    if (layer.part.kind !== 'features' || field === null) continue;
    layer.part.features.forEach((feature, index) => {
      const label = feature.properties[field];
      if (label === null || label === undefined || label === '') return;
      places.push({
        kind: 'userFeature',
        id: `${layer.id}${SEPARATOR}${index}`,
        name: { en: String(label), ru: null, ky: null },
        region: null,
        population: null,
      });
    });
  }
  return places;
}

/** Which feature a `userFeature` search hit is. */
export function userFeatureOfPlace(place: SearchablePlace): UserFeatureSelection {
  const cut = place.id.lastIndexOf(SEPARATOR);
  return { layerId: place.id.slice(0, cut), index: Number(place.id.slice(cut + 1)) };
}

const indexes = new WeakMap<readonly UserLayer[], { atlas: AtlasData; index: SearchIndex }>();

/** The atlas's places and the user's labelled features in one index, built once per layer list. */
export function searchIndexWithUserLayers(
  atlas: AtlasData,
  layers: readonly UserLayer[],
): SearchIndex {
  const kept = indexes.get(layers);
  if (kept?.atlas === atlas) return kept.index;
  const index = buildSearchIndex([...placesOfAtlas(atlas), ...userFeaturePlaces(layers)]);
  indexes.set(layers, { atlas, index });
  return index;
}
