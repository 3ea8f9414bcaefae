/** How a slide's camera frames a map of another size than the one it was made for. */

/** Slides are framed for a 1920×1080 projector: a 1300×1080 map beside the caption column. */
const SLIDE_MAP = { width: 1300, height: 1080 };

/**
 * The zoom that keeps a slide's whole frame in a map of `width` × `height` CSS pixels: zoomed out
 * by the size ratio when the map is smaller, as framed when it is as large or larger.
 *
 * @example slideZoom(6.2, { width: 650, height: 540 }); // 5.2
 */
export function slideZoom(zoom: number, size: { width: number; height: number }): number {
  const fit = Math.min(size.width / SLIDE_MAP.width, size.height / SLIDE_MAP.height);
  return zoom + Math.min(0, Math.log2(fit > 0 ? fit : 1));
}
