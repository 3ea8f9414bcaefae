/**
 * A layer the user added: its classes (the legend's rows, with counts) and its MapLibre layers,
 * both from its style, so the map and the legend cannot disagree. Numeric fields are classed
 * like the choropleth (classLimits/classOf), categories take a categorical palette.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { schemeTableau10 } from 'd3-scale-chromatic';
import type { Feature, FeatureCollection } from 'geojson';
import { classLimits, classOf } from '../../investor/classify';
import { classColours } from '../../investor/palettes';
import type { UserFeature } from '../../user-data/types';
import { MAX_CATEGORIES, type UserLayerStyle } from '../../vocabulary/user-layers';
import { fonts } from '../fonts';
import { palette } from '../palette';

/** The property of a drawn feature that names it (`<layer id>:<index>`), for a click to select. */
export const USER_FEATURE_KEY = '__atlas_feature';

/** Features with no value of the styled field (and the "other" categories) are drawn grey. */
const NO_VALUE_COLOUR = '#9e9e9e';

/** Smallest and largest circle radius (px) when sized by a numeric field. */
const RADIUS = { single: 5, min: 4, max: 14 } as const;

export type UserLayerClass =
  | { kind: 'single'; colour: string; radius: number; count: number }
  /** Values in (from, to], the first class including `from`. */
  | { kind: 'range'; from: number; to: number; colour: string; radius: number; count: number }
  | { kind: 'category'; value: string; colour: string; radius: number; count: number }
  | { kind: 'other'; colour: string; radius: number; count: number }
  | { kind: 'no-value'; colour: string; radius: number; count: number };

function numericValues(features: readonly UserFeature[], field: string): number[] {
  const values: number[] = [];
  for (const feature of features) {
    const value = feature.properties[field];
    if (typeof value === 'number' && Number.isFinite(value)) values.push(value);
  }
  return values;
}

function radii(count: number): number[] {
  if (count <= 1) return [RADIUS.single];
  return Array.from(
    { length: count },
    (_, i) => RADIUS.min + ((RADIUS.max - RADIUS.min) * i) / (count - 1),
  );
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/**
 * The legend's rows for `style` over `features`, each with how many features it holds.
 *
 * @example
 *   userLayerClasses(features, { ...style, symbology: { kind: 'category', field: 'type' } });
 *   // [{ kind: 'category', value: 'school', colour: '#4e79a7', count: 3, … }, …]
 */
export function userLayerClasses(
  features: readonly UserFeature[],
  style: UserLayerStyle,
): UserLayerClass[] {
  const { symbology } = style;
  if (symbology.kind === 'single') {
    return [
      { kind: 'single', colour: style.colour, radius: RADIUS.single, count: features.length },
    ];
  }
  const noValue = (count: number): UserLayerClass[] =>
    count > 0 ? [{ kind: 'no-value', colour: NO_VALUE_COLOUR, radius: RADIUS.min, count }] : [];
  if (symbology.kind === 'number') {
    const values = numericValues(features, symbology.field);
    const limits = classLimits(values, symbology.classing, symbology.classes, []);
    const count = Math.max(0, limits.length - 1);
    const colours = classColours(symbology.palette, count);
    const sizes = radii(count);
    const counts = new Array<number>(count).fill(0);
    for (const value of values) {
      const at = classOf(value, limits);
      counts[at] = (counts[at] ?? 0) + 1;
    }
    const ranges = counts.map(
      (n, i): UserLayerClass => ({
        kind: 'range',
        from: limits[i] ?? 0,
        to: limits[i + 1] ?? 0,
        colour: symbology.as === 'colour' ? (colours[i] ?? style.colour) : style.colour,
        radius: symbology.as === 'size' ? (sizes[i] ?? RADIUS.single) : RADIUS.single,
        count: n,
      }),
    );
    // Empty values and text count as having no value for a numeric style.
    return [...ranges, ...noValue(features.length - values.length)];
  }
  const counts = new Map<string, number>();
  for (const feature of features) {
    const value = feature.properties[symbology.field];
    if (isEmpty(value)) continue;
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // The most frequent first; equal counts in the order of the values, so the legend is stable.
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = ranked.slice(0, MAX_CATEGORIES);
  const rest = ranked.slice(MAX_CATEGORIES).reduce((sum, [, n]) => sum + n, 0);
  return [
    ...shown.map(
      ([value, count], i): UserLayerClass => ({
        kind: 'category',
        value,
        colour: schemeTableau10[i % schemeTableau10.length] ?? style.colour,
        radius: RADIUS.single,
        count,
      }),
    ),
    ...(rest > 0
      ? [{ kind: 'other', colour: NO_VALUE_COLOUR, radius: RADIUS.single, count: rest } as const]
      : []),
    ...noValue(features.filter((f) => isEmpty(f.properties[symbology.field])).length),
  ];
}

/** A value per class as MapLibre reads it from each feature (colour or radius). */
function classExpression(
  style: UserLayerStyle,
  classes: readonly UserLayerClass[],
  pick: (c: UserLayerClass) => string | number,
): ExpressionSpecification | string | number {
  const { symbology } = style;
  const fallback = classes.find((c) => c.kind === 'no-value' || c.kind === 'other');
  if (symbology.kind === 'single')
    return pick(
      classes[0] ?? { kind: 'single', colour: style.colour, radius: RADIUS.single, count: 0 },
    );
  const value: ExpressionSpecification = ['get', symbology.field];
  if (symbology.kind === 'number') {
    const ranges = classes.filter((c) => c.kind === 'range');
    const last = ranges[ranges.length - 1];
    if (!last)
      return pick(
        fallback ??
          classes[0] ?? { kind: 'single', colour: style.colour, radius: RADIUS.single, count: 0 },
      );
    // (from, to] as classOf: a value on a limit belongs to the lower class.
    const steps = ranges.slice(0, -1).flatMap((c) => [['<=', value, c.to], pick(c)]);
    return [
      'case',
      ['!=', ['typeof', value], 'number'],
      pick(fallback ?? last),
      ...steps,
      pick(last),
    ] as ExpressionSpecification;
  }
  const categories = classes.filter((c) => c.kind === 'category');
  const otherwise = pick(
    fallback ?? { kind: 'other', colour: NO_VALUE_COLOUR, radius: RADIUS.single, count: 0 },
  );
  if (categories.length === 0) return otherwise;
  return [
    'match',
    ['to-string', value],
    ...categories.flatMap((c) => [c.value, pick(c)]),
    otherwise,
  ] as ExpressionSpecification;
}

export const userSourceId = (layerId: string) => `user-${layerId}`;

/** User layers are drawn just below this layer: over the regions, under the Concept's symbols. */
export const USER_LAYERS_BEFORE = 'finder-regions-halo';

const POINTS: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['Point', 'MultiPoint']],
];
const LINES: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const POLYGONS: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['Polygon', 'MultiPolygon']],
];

/**
 * The MapLibre layers of one user layer: polygons (fill and outline), lines, points as circles,
 * and labels of its label field (placed with collision detection, so labels never overlap).
 */
export function userLayerLayers(
  layerId: string,
  style: UserLayerStyle,
  classes: readonly UserLayerClass[],
): LayerSpecification[] {
  const source = userSourceId(layerId);
  const colour = classExpression(style, classes, (c) => c.colour);
  const radius = classExpression(style, classes, (c) => c.radius);
  const layers: LayerSpecification[] = [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: POLYGONS,
      paint: { 'fill-color': colour as string, 'fill-opacity': 0.45 },
    },
    {
      id: `${source}-outline`,
      type: 'line',
      source,
      filter: POLYGONS,
      paint: { 'line-color': colour as string, 'line-width': 1.2 },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      filter: LINES,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': colour as string, 'line-width': 2.5 },
    },
    {
      id: `${source}-circle`,
      type: 'circle',
      source,
      filter: POINTS,
      paint: {
        'circle-color': colour as string,
        'circle-radius': radius as number,
        // A dark rim keeps the palette's lightest class visible on the pale basemap.
        'circle-stroke-color': '#333',
        'circle-stroke-width': 0.8,
      },
    },
  ];
  if (style.labelField !== null) {
    layers.push({
      id: `${source}-label`,
      type: 'symbol',
      source,
      layout: {
        'text-field': ['to-string', ['get', style.labelField]],
        'text-font': [...fonts.regular],
        'text-size': 12,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
      },
      paint: { 'text-color': '#222', 'text-halo-color': palette.halo, 'text-halo-width': 1.5 },
    });
  }
  return layers;
}

/** The layer's features as MapLibre draws them, each named by USER_FEATURE_KEY. */
export function userLayerSource(
  layerId: string,
  features: readonly UserFeature[],
): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map(
      (feature, index): Feature => ({
        type: 'Feature',
        geometry: feature.geometry,
        properties: { ...feature.properties, [USER_FEATURE_KEY]: `${layerId}:${index}` },
      }),
    ),
  };
}
