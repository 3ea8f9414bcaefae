/** How the indicator choropleth is classed and coloured: the choices a scenario can store. */

/** Quantiles, natural breaks (Ckmeans) or breaks the user types. */
export const CLASSINGS = ['quantile', 'ckmeans', 'manual'] as const;
export type Classing = (typeof CLASSINGS)[number];

export const MIN_CLASSES = 2;
export const MAX_CLASSES = 7;

// ColorBrewer's Blues and YlGnBu are marked colour-blind safe; viridis and cividis were designed to be.
export const PALETTES = ['ylgnbu', 'blues', 'viridis', 'cividis'] as const;
export type PaletteId = (typeof PALETTES)[number];
