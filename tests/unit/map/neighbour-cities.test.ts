// The neighbours' cities layer: muted, collision-handled labels, big cities from the country view.
import { describe, expect, it } from 'vitest';
import { NEIGHBOUR_CITY_MINZOOM } from '../../../src/map/layers/neighbour-cities';
import { buildMapSources } from '../../../src/map/sources';
import { buildLayers } from '../../../src/map/style';
import { realAtlas } from '../../helpers/atlas';
import { loadGeodataFile } from '../../helpers/read-geodata';

const layers = buildLayers('ru');
const ids = layers.map((layer) => layer.id);
const cityLayers = layers.filter((layer) => layer.id.startsWith('neighbour-cities-'));
const labels = cityLayers.filter((layer) => layer.type === 'symbol');
const cities = loadGeodataFile('foreignCities').features;
/** The default country view (the whole country fitted, ~z5.5 at 1920×1080). */
const COUNTRY_VIEW_ZOOM = 5.5;

/** The minzoom from which a city of `population` is drawn, read from the layers' own filters. */
function minzoomOf(population: number): number {
  const drawn = labels.filter((layer) => {
    const [, low, high] = (layer as { filter: unknown[] }).filter as [
      unknown,
      [string, unknown, number],
      [string, unknown, number],
    ];
    return population >= low[2] && population < high[2];
  });
  expect(drawn).toHaveLength(1);
  return drawn[0]?.minzoom ?? Number.NaN;
}

describe('neighbour-cities layers', () => {
  it('sit just beneath the neighbours’ country names', () => {
    const last = Math.max(...cityLayers.map((layer) => ids.indexOf(layer.id)));
    expect(ids[last + 1]).toBe('neighbours-label');
  });

  it('show every city of a million or more from the country view, smaller ones only closer', () => {
    for (const { properties } of cities) {
      const minzoom = minzoomOf(properties.population);
      if (properties.population >= 1_000_000)
        expect(minzoom).toBeLessThanOrEqual(COUNTRY_VIEW_ZOOM);
      else expect(minzoom).toBeGreaterThan(COUNTRY_VIEW_ZOOM);
    }
    expect(NEIGHBOUR_CITY_MINZOOM.million).toBeLessThan(NEIGHBOUR_CITY_MINZOOM.large);
  });

  it('label in the language, falling back to English, growing with the zoom, never overlapping', () => {
    for (const layer of labels) {
      if (layer.type !== 'symbol') continue;
      expect(layer.layout?.['text-field']).toEqual([
        'coalesce',
        ['get', 'name_ru'],
        ['get', 'name_en'],
      ]);
      expect(layer.layout?.['text-allow-overlap']).toBeUndefined();
      expect(layer.layout?.['text-ignore-placement']).toBeUndefined();
      const size = layer.layout?.['text-size'] as unknown[];
      expect(size.slice(0, 3)).toEqual(['interpolate', ['linear'], ['zoom']]);
      expect(layer.metadata).toMatchObject({ label: true, selects: 'foreignCity' });
    }
  });

  it('draw every city of the data file once, with its names and population', () => {
    const source = buildMapSources(realAtlas())['neighbour-cities'];
    expect(source.features).toHaveLength(cities.length);
    const tashkent = source.features.find((f) => f.properties?.id === 'uz-tashkent');
    expect(tashkent?.properties).toMatchObject({
      name_ru: 'Ташкент',
      name_en: 'Tashkent',
      population: 1978028,
    });
  });
});
