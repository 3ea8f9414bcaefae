/**
 * Colour difference as a reader sees it: CIE L*a*b* (D65) and ΔE*76, with the dichromat
 * simulations of Machado, Oliveira & Fernandes (2009, severity 1.0) applied in linear sRGB.
 * Written here so the palette test does not check the palette with the palette's own library.
 */
type Rgb = [number, number, number];
type Matrix = [Rgb, Rgb, Rgb];

export const DICHROMACY: Record<'protanopia' | 'deuteranopia', Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

function hexToLinear(hex: string): Rgb {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [channel(1), channel(3), channel(5)];
}

function apply(matrix: Matrix, rgb: Rgb): Rgb {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return matrix.map((row) => clamp(row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])) as Rgb;
}

function linearToLab([r, g, b]: Rgb): Rgb {
  // sRGB → XYZ (D65), normalised by the D65 white point.
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** ΔE*76 between two #rrggbb colours, optionally as a dichromat sees them. */
export function deltaE(a: string, b: string, vision?: keyof typeof DICHROMACY): number {
  const see = (hex: string) => {
    const linear = hexToLinear(hex);
    return linearToLab(vision ? apply(DICHROMACY[vision], linear) : linear);
  };
  const [l1, a1, b1] = see(a);
  const [l2, a2, b2] = see(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
