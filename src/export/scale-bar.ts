/** The printed map's scale bar: ground metres per unit of the sheet and a round bar length. */

/** Web Mercator's equatorial circumference (WGS84 semi-major axis), in metres. */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;
/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
const TILE_SIZE = 512;

/**
 * Ground metres covered by one CSS pixel of a MapLibre map at `zoom`, at `latitude` (Mercator
 * stretches east–west distances by 1 / cos φ, so the true length shrinks towards the poles).
 * @example metresPerPixel(0, 0) // ≈ 78 271.5
 */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

export type ScaleBar = {
  /** The ground length the bar stands for: 1, 2 or 5 × a power of ten metres. */
  metres: number;
  /** The bar's length on the sheet, in the sheet's units. */
  length: number;
};

/**
 * The longest round ground length whose bar fits in `maxLength` sheet units.
 * @example scaleBar(1000, 120) // { metres: 100 000, length: 100 } — 1 km per unit, at most 120 units
 */
export function scaleBar(metresPerUnit: number, maxLength: number): ScaleBar {
  const longest = metresPerUnit * maxLength;
  const power = 10 ** Math.floor(Math.log10(longest));
  const metres = [5, 2, 1].map((step) => step * power).find((length) => length <= longest) ?? power;
  return { metres, length: metres / metresPerUnit };
}
