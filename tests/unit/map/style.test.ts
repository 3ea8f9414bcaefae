// Style builders are tested by invariants against the MapLibre style spec and our glyphs.
import { existsSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { layerMeta, SOURCE } from '../../../src/map/layers/common';
import { mapScene } from '../../../src/map/map-scene';
import { sceneStyle } from '../../../src/map/scene-style';
import { buildMapSources, sourceAttributions } from '../../../src/map/sources';
import { buildLayers, buildStyle } from '../../../src/map/style';
import { LANGUAGES } from '../../../src/vocabulary/languages';
import { OVERLAYS } from '../../../src/vocabulary/scenario';
import { realAtlas } from '../../helpers/atlas';
import { sceneInput } from '../../helpers/scene-input';

const sources = buildMapSources(realAtlas());
const style = buildStyle({
  lang: 'ky',
  glyphs: 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf',
  sources,
  attributions: sourceAttributions('en'),
});

describe('the embedded style', () => {
  it('is valid against the MapLibre style specification', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses only sources it declares, and every source is GeoJSON embedded in the style', () => {
    const declared = new Set(Object.keys(style.sources));
    for (const layer of style.layers) {
      if ('source' in layer) expect(declared.has(layer.source as string), layer.id).toBe(true);
    }
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('fetches nothing but glyphs, and no sprite or tile server', () => {
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style.sources)).not.toMatch(/https?:\/\//);
  });

  it('has unique layer ids', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws labels only with symbol layers whose fonts exist as generated glyphs', () => {
    for (const layer of buildLayers('ru')) {
      if (!layerMeta(layer).label) continue;
      expect(layer.type, layer.id).toBe('symbol');
      const fonts = JSON.stringify(layer.type === 'symbol' ? layer.layout?.['text-font'] : []);
      for (const stack of fonts.match(/Noto Sans [A-Za-z]+/g) ?? []) {
        expect(existsSync(`public/glyphs/${stack}/1024-1279.pbf`), stack).toBe(true);
      }
    }
  });

  it('labels each language with its own name property, falling back to English', () => {
    for (const lang of LANGUAGES) {
      const labels = buildLayers(lang).filter((layer) => layerMeta(layer).label);
      for (const layer of labels) {
        const field = JSON.stringify(layer.type === 'symbol' ? layer.layout?.['text-field'] : null);
        expect(field, layer.id).toContain(`name_${lang}`);
        expect(field, layer.id).toContain('name_en');
      }
    }
  });

  it('gives every overlay at least one layer and a clickable layer', () => {
    const layers = buildLayers('en');
    for (const overlay of OVERLAYS) {
      const own = layers.filter((layer) => layerMeta(layer).overlay === overlay);
      expect(own.length, overlay).toBeGreaterThan(0);
      expect(
        own.some((layer) => layerMeta(layer).selects),
        overlay,
      ).toBe(true);
    }
  });

  it('draws point overlays above every polygon fill so they stay clickable', () => {
    const ids = style.layers.map((layer) => layer.id);
    const lastFill = Math.max(
      ...style.layers.flatMap((layer, i) => (layer.type === 'fill' ? [i] : [])),
    );
    for (const id of ['growth-nodes', 'logistics-icon', 'clusters-icon']) {
      expect(ids.indexOf(id)).toBeGreaterThan(lastFill);
    }
  });

  it('attributes every data source that draws external data', () => {
    for (const id of [
      SOURCE.country,
      SOURCE.oblasts,
      SOURCE.settlements,
      SOURCE.lakes,
      SOURCE.rivers,
    ]) {
      expect(style.sources[id]).toHaveProperty('attribution');
    }
  });
});

describe('the style of a scene', () => {
  const scene = mapScene(
    sceneInput({
      language: 'ru',
      mode: 'analyse',
      selection: { kind: 'node', id: 'naryn' },
      onlineBasemap: true,
    }),
  );
  const glyphs = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';

  it('is valid, and says for every layer whether it shows', () => {
    const drawn = sceneStyle(scene, { glyphs, online: false });
    expect(validateStyleMin(drawn)).toEqual([]);
    for (const layer of buildLayers('ru'))
      expect(typeof scene.visible[layer.id], layer.id).toBe('boolean');
    const byId = new Map(drawn.layers.map((layer) => [layer.id, layer]));
    expect(byId.get('clusters-icon')?.layout).toMatchObject({ visibility: 'none' });
    expect(byId.get('analysis-catchments-fill')?.layout).toMatchObject({ visibility: 'visible' });
    expect(byId.get('growth-nodes-highlight')).toMatchObject({
      filter: ['==', ['get', 'id'], 'naryn'],
    });
    expect(byId.get('oblasts-fill')).toMatchObject({ paint: { 'fill-opacity': 0.25 } });
  });

  it('puts the online basemap where the controller adds it: hillshade under the tints', () => {
    const drawn = sceneStyle(scene, { glyphs, online: true });
    expect(validateStyleMin(drawn)).toEqual([]);
    const ids = drawn.layers.map((layer) => layer.id);
    expect(ids.indexOf('online-hillshade')).toBe(ids.indexOf('oblasts-fill') - 1);
    expect(ids.indexOf('online-rail')).toBe(ids.indexOf('country-outline-halo') - 1);
    expect(drawn.sources).toHaveProperty('online-osm');
  });
});
