/** Sequential colour schemes for the choropleth that stay distinguishable with colour-vision deficiency. */

import {
  interpolateCividis,
  interpolateViridis,
  schemeBlues,
  schemeYlGnBu,
} from 'd3-scale-chromatic';
import type { PaletteId } from '../vocabulary/indicators';

export const PALETTE_NAMES: Record<PaletteId, string> = {
  ylgnbu: 'YlGnBu',
  blues: 'Blues',
  viridis: 'Viridis',
  cividis: 'Cividis',
};

function fromScheme(scheme: ReadonlyArray<readonly string[]>, count: number): string[] {
  // ColorBrewer schemes start at three colours; two classes take its lightest and darkest.
  const colours = scheme[Math.max(3, count)] ?? [];
  return count < 3 ? [colours[0] ?? '', colours[2] ?? ''] : [...colours];
}

function fromInterpolator(interpolate: (t: number) => string, count: number): string[] {
  // Darker for more, like the ColorBrewer schemes; the ends are trimmed so labels stay legible.
  return Array.from({ length: count }, (_, i) =>
    interpolate(0.95 - (0.85 * i) / Math.max(1, count - 1)),
  );
}

/**
 * `count` colours of `palette`, lightest (lowest class) first.
 *
 * @example
 *   classColours('blues', 3); // ['#deebf7', '#9ecae1', '#3182bd']
 */
export function classColours(palette: PaletteId, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return classColours(palette, 2).slice(1);
  switch (palette) {
    case 'ylgnbu':
      return fromScheme(schemeYlGnBu, count);
    case 'blues':
      return fromScheme(schemeBlues, count);
    case 'viridis':
      return fromInterpolator(interpolateViridis, count);
    case 'cividis':
      return fromInterpolator(interpolateCividis, count);
  }
}
