// A user layer's style becomes MapLibre expressions and legend classes that agree with each other
// and with classes worked out by hand; the scene draws it above the regions, below the Concept.
import {
  type ExpressionSpecification,
  expression,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  USER_FEATURE_KEY,
  userLayerClasses,
  userLayerLayers,
  userLayerSource,
} from '../../../src/map/layers/user-layers';
import { mapScene } from '../../../src/map/map-scene';
import { sceneStyle } from '../../../src/map/scene-style';
import type { ParsedLayer, UserFeature, UserValue } from '../../../src/user-data/types';
import { DEFAULT_USER_LAYER_STYLE, type UserLayerStyle } from '../../../src/vocabulary/user-layers';
import { sceneInput } from '../../helpers/scene-input';

const point = (properties: Record<string, UserValue>, lon = 74.6, lat = 42.87): UserFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties,
});

const byPopulation = (classes: number): UserLayerStyle => ({
  ...DEFAULT_USER_LAYER_STYLE,
  symbology: {
    kind: 'number',
    field: 'population',
    classing: 'quantile',
    classes,
    palette: 'blues',
    as: 'colour',
  },
});

/** Evaluates a paint value of a built layer on one feature, as MapLibre would. */
function paintOn(layer: unknown, property: string, properties: Record<string, UserValue>): unknown {
  const value = (layer as { paint: Record<string, unknown> }).paint[property];
  if (typeof value !== 'object') return value;
  const compiled = expression.createExpression(
    value as ExpressionSpecification,
    `paint.${property}`,
  );
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value
    .evaluate({ zoom: 6 }, { type: 1, properties, geometry: [] } as never)
    ?.toString();
}

// ColorBrewer Blues with three colours; two classes take its lightest and darkest.
const BLUE_LIGHT = '#deebf7';
const BLUE_DARK = '#3182bd';

describe('a user layer coloured by a numeric field', () => {
  // 1…5 in two quantile classes: the median 3 is the break; 3 belongs to the lower class.
  const features = [1, 2, 3, 4, 5].map((population) => point({ population }));
  const style = byPopulation(2);

  it('gives the classes and counts worked out by hand', () => {
    expect(userLayerClasses(features, style)).toEqual([
      expect.objectContaining({ kind: 'range', from: 1, to: 3, count: 3, colour: '#deebf7' }),
      expect.objectContaining({ kind: 'range', from: 3, to: 5, count: 2, colour: '#3182bd' }),
    ]);
  });

  it('colours each feature on the map as its class in the legend, a value on a break below it', () => {
    const circle = userLayerLayers('layer-1', style, userLayerClasses(features, style)).find(
      (layer) => layer.type === 'circle',
    );
    expect(paintOn(circle, 'circle-color', { population: 1 })).toBe(BLUE_LIGHT);
    expect(paintOn(circle, 'circle-color', { population: 3 })).toBe(BLUE_LIGHT);
    expect(paintOn(circle, 'circle-color', { population: 3.01 })).toBe(BLUE_DARK);
    expect(paintOn(circle, 'circle-color', { population: 5 })).toBe(BLUE_DARK);
  });

  it('counts and greys the features with no number', () => {
    const mixed = [...features, point({ population: null }), point({ population: 'n/a' })];
    const classes = userLayerClasses(mixed, style);
    expect(classes.at(-1)).toMatchObject({ kind: 'no-value', count: 2 });
    const circle = userLayerLayers('layer-1', style, classes).find((l) => l.type === 'circle');
    expect(paintOn(circle, 'circle-color', { population: 'n/a' })).toBe('#9e9e9e');
  });

  it('sizes the circles instead when asked, smallest for the lowest class', () => {
    const sized: UserLayerStyle = {
      ...style,
      symbology: {
        ...(style.symbology as Extract<UserLayerStyle['symbology'], { kind: 'number' }>),
        as: 'size',
      },
    };
    const circle = userLayerLayers('layer-1', sized, userLayerClasses(features, sized)).find(
      (layer) => layer.type === 'circle',
    );
    expect(Number(paintOn(circle, 'circle-radius', { population: 2 }))).toBe(4);
    expect(Number(paintOn(circle, 'circle-radius', { population: 5 }))).toBe(14);
  });
});

describe('a user layer coloured by a category', () => {
  it('ranks the categories by count and puts the rest in "other" beyond ten', () => {
    // 12 kinds: kind-00 once … kind-11 twelve times, and one feature with no kind.
    const features = Array.from({ length: 12 }, (_, k) =>
      Array.from({ length: k + 1 }, () => point({ kind: `kind-${String(k).padStart(2, '0')}` })),
    ).flat();
    features.push(point({ kind: null }));
    const style: UserLayerStyle = {
      ...DEFAULT_USER_LAYER_STYLE,
      symbology: { kind: 'category', field: 'kind' },
    };
    const classes = userLayerClasses(features, style);
    expect(classes.map((c) => [c.kind, c.count])).toEqual([
      ...Array.from({ length: 10 }, (_, i) => ['category', 12 - i]),
      ['other', 1 + 2],
      ['no-value', 1],
    ]);
    expect(classes[0]).toMatchObject({ value: 'kind-11', colour: '#4e79a7' });
    const circle = userLayerLayers('layer-2', style, classes).find((l) => l.type === 'circle');
    expect(paintOn(circle, 'circle-color', { kind: 'kind-11' })).toBe('#4e79a7');
    expect(paintOn(circle, 'circle-color', { kind: 'kind-00' })).toBe('#9e9e9e');
  });
});

describe('a user layer on the map', () => {
  const layer: ParsedLayer = {
    kind: 'features',
    name: 'schools.geojson',
    features: [point({ name: 'School 1' }), point({ name: 'School 2' }, 72.8, 40.5)],
    fields: [{ name: 'name', kind: 'text', distinct: 2 }],
    skipped: { nullGeometry: 0, invalidCoordinates: 0 },
  };
  const style: UserLayerStyle = { ...DEFAULT_USER_LAYER_STYLE, labelField: 'name' };

  it('names each feature by its layer and index, keeping its own properties', () => {
    const source = userLayerSource('layer-3', layer.features);
    expect(source.features.map((f) => f.properties)).toEqual([
      { name: 'School 1', [USER_FEATURE_KEY]: 'layer-3:0' },
      { name: 'School 2', [USER_FEATURE_KEY]: 'layer-3:1' },
    ]);
  });

  it('is drawn above the regions and below the growth nodes, labelled, in a valid style', () => {
    const scene = mapScene(
      sceneInput({ userLayers: [{ id: 'layer-3', part: layer, visible: false, style }] }),
    );
    const drawn = sceneStyle(scene, {
      glyphs: 'http://127.0.0.1/g/{fontstack}/{range}.pbf',
      online: false,
    });
    expect(validateStyleMin(drawn)).toEqual([]);
    const ids = drawn.layers.map((l) => l.id);
    const circle = ids.indexOf('user-layer-3-circle');
    expect(circle).toBeGreaterThan(ids.indexOf('oblasts-fill'));
    expect(circle).toBeLessThan(ids.indexOf('growth-nodes'));
    expect(ids).toContain('user-layer-3-label');
    const label = drawn.layers.find((l) => l.id === 'user-layer-3-label');
    expect(label?.layout).toMatchObject({
      visibility: 'none',
      'text-field': ['to-string', ['get', 'name']],
    });
    expect(drawn.sources['user-layer-3']).toMatchObject({ type: 'geojson' });
  });

  it('keeps the same source object while only the style changes', () => {
    const first = mapScene(
      sceneInput({ userLayers: [{ id: 'layer-3', part: layer, visible: true, style }] }),
    );
    const restyled = mapScene(
      sceneInput({
        userLayers: [
          { id: 'layer-3', part: layer, visible: true, style: { ...style, colour: '#1b9e77' } },
        ],
      }),
    );
    expect(restyled.userLayers[0]?.data).toBe(first.userLayers[0]?.data);
    expect(restyled.userLayers[0]?.layers).not.toBe(first.userLayers[0]?.layers);
  });

  it('draws nothing for a table', () => {
    const scene = mapScene(
      sceneInput({
        userLayers: [
          {
            id: 'layer-4',
            part: { kind: 'table', name: 't.csv', rows: [], fields: [] },
            visible: true,
            style,
          },
        ],
      }),
    );
    expect(scene.userLayers).toEqual([]);
  });
});
