// The analysis parameters' choices, defaults and ranges, free of zod so the UI can use them
// without loading the validator; params.ts builds its schema from these.

export const CATCHMENT_METHODS = ['radius', 'nearest', 'combined'] as const;
export type CatchmentMethod = (typeof CATCHMENT_METHODS)[number];

export const ZONE_NEIGHBOURS = ['UZ', 'TJ', 'KZ', 'CN'] as const;

/** Slider ranges in km (issue 3): catchment radius, zone depth per neighbour, border band depth. */
export const RADIUS_RANGE_KM = { min: 5, max: 150 } as const;
export const ZONE_DEPTH_RANGE_KM = { min: 5, max: 100 } as const;
export const BAND_DEPTH_RANGE_KM = { min: 5, max: 100 } as const;

export const DEFAULT_RADIUS_KM = 50;
export const DEFAULT_ZONE_DEPTH_KM = 30;
export const DEFAULT_BAND_DEPTH_KM = 30;
