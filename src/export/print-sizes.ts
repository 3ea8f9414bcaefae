/** The resolutions a map image can be exported at, and the sheet and pixel sizes each gives. */
import { PAPER, POINTS_PER_CSS_PIXEL } from './sheet';

export const PNG_PRESETS = ['screen1', 'screen2', 'screen4', 'a4-150', 'a4-300', 'a3-300'] as const;
export type PngPreset = (typeof PNG_PRESETS)[number];

const PRESETS: Record<PngPreset, { paper: 'a4' | 'a3'; dpi: number } | { screenRatio: number }> = {
  screen1: { screenRatio: 1 },
  screen2: { screenRatio: 2 },
  screen4: { screenRatio: 4 },
  'a4-150': { paper: 'a4', dpi: 150 },
  'a4-300': { paper: 'a4', dpi: 300 },
  'a3-300': { paper: 'a3', dpi: 300 },
};

export type PrintSize = {
  /** The sheet in points. */
  sheet: { width: number; height: number };
  /** Output pixels per point. */
  scale: number;
  /** The PNG's size in pixels. */
  pixels: { width: number; height: number };
};

/**
 * The sheet and image size of a preset: paper at a dpi, or the map as it is on screen (its CSS
 * size) at 1, 2 or 4 device pixels per CSS pixel.
 * @example printSize('a4-300', screen).pixels // { width: 3508, height: 2480 }
 */
export function printSize(preset: PngPreset, screen: { width: number; height: number }): PrintSize {
  const spec = PRESETS[preset];
  const sheet =
    'paper' in spec
      ? PAPER[spec.paper]
      : {
          width: screen.width * POINTS_PER_CSS_PIXEL,
          height: screen.height * POINTS_PER_CSS_PIXEL,
        };
  const scale = 'paper' in spec ? spec.dpi / 72 : spec.screenRatio / POINTS_PER_CSS_PIXEL;
  return {
    sheet,
    scale,
    pixels: { width: Math.round(sheet.width * scale), height: Math.round(sheet.height * scale) },
  };
}

/** Device pixels per CSS pixel of a map drawn at `scale` pixels per point. */
export const mapPixelRatio = (scale: number) => scale * POINTS_PER_CSS_PIXEL;
