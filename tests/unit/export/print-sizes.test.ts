// Paper sizes at a dpi and screen multiples, computed from millimetres and inches.
import { describe, expect, it } from 'vitest';
import { printSize } from '../../../src/export/print-sizes';

const screen = { width: 1560, height: 1012 };
const pixelsAt = (mm: number, dpi: number) => Math.round((mm / 25.4) * dpi);

describe('print sizes', () => {
  it('gives paper its size in pixels at the chosen dpi', () => {
    expect(printSize('a4-300', screen).pixels).toEqual({
      width: pixelsAt(297, 300),
      height: pixelsAt(210, 300),
    });
    expect(printSize('a4-300', screen).pixels).toEqual({ width: 3508, height: 2480 });
    expect(printSize('a4-150', screen).pixels).toEqual({ width: 1754, height: 1240 });
    expect(printSize('a3-300', screen).pixels).toEqual({ width: 4961, height: 3508 });
  });

  it('gives the screen presets the map size times the pixel ratio', () => {
    expect(printSize('screen1', screen).pixels).toEqual(screen);
    expect(printSize('screen2', screen).pixels).toEqual({ width: 3120, height: 2024 });
    expect(printSize('screen4', screen).pixels).toEqual({ width: 6240, height: 4048 });
  });
});
