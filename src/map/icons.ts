/**
 * Map symbols drawn from SVG path data: rasterised for MapLibre on demand (no sprite server) and
 * reused as inline SVG in the legend, so the map and its legend cannot drift apart.
 */
import { analysisColours, clusterColours, palette } from './palette';

export type Pictogram = { fill?: readonly string[]; stroke?: readonly string[] };
type Badge = { shape: 'circle' | 'square'; colour: string; ring?: string; pictogram: Pictogram };

/** Pictograms on a 24×24 grid, drawn in white on their badge. */
export const clusterPictograms: Record<string, Pictogram> = {
  education: {
    fill: ['M12 4 1 9l11 5 9-4.1V16h2V9z', 'M5 12.2V16s3 3 7 3 7-3 7-3v-3.8l-7 3.3z'],
  },
  construction: {
    fill: ['M3 5h8v4H3z', 'M13 5h8v4h-8z', 'M3 11h4v4H3z', 'M9 11h6v4H9z', 'M17 11h4v4h-4z'],
  },
  tourism: { fill: ['M2 20 9 7l4 7 3-4 6 10z'] },
  petrochemical: { fill: ['M12 2s-7 8-7 12.5a7 7 0 0 0 14 0C19 10 12 2 12 2z'] },
  'agro-industrial': {
    fill: ['M12 10c0-4 3-6.5 7-6.5 0 4-3 6.5-7 6.5z', 'M12 15c0-4-3-6.5-7-6.5 0 4 3 6.5 7 6.5z'],
    stroke: ['M12 21V8'],
  },
  livestock: {
    fill: [
      'M6 7C4 7 2.5 5 2.5 3.5 5 3.5 6.5 5 7.5 6h9c1-1 2.5-2.5 5-2.5C21.5 5 20 7 18 7v7c0 4-3 7-6 7s-6-3-6-7z',
    ],
  },
  'transport-communication': {
    fill: [
      'M2 6h12v9H2z',
      'M14 9h4l3 3v3h-7z',
      'M4 18a2 2 0 1 0 4 0 2 2 0 1 0-4 0',
      'M15 18a2 2 0 1 0 4 0 2 2 0 1 0-4 0',
    ],
  },
  'medical-pharmaceutical': { fill: ['M9 3h6v6h6v6h-6v6H9v-6H3V9h6z'] },
};

export const logisticsPictogram: Pictogram = { fill: ['M3 10l9-5.5 9 5.5v10h-6v-6H9v6H3z'] };

/** The cluster types in a fixed order: the order decides each type's colour. */
const CLUSTER_TYPES = Object.keys(clusterPictograms);

export function clusterColour(type: string): string {
  const index = CLUSTER_TYPES.indexOf(type);
  return (
    clusterColours[(index < 0 ? CLUSTER_TYPES.length : index) % clusterColours.length] ?? '#555'
  );
}

export const clusterIconId = (type: string) => `cluster-${type}`;
export const LOGISTICS_ICON = 'logistics';
export const LOGISTICS_MULTIMODAL_ICON = 'logistics-multimodal';
export const HIGHLIGHT_RING_ICON = 'highlight-ring';
export const UNCOVERED_HATCH = 'uncovered-hatch';
export const OVERLAP_HATCH = 'overlap-hatch';
export const VALUE_PILL = 'value-pill';

/** Every icon the style can ask for, so the map can have them all before its first layout. */
const ICON_IDS: readonly string[] = [
  HIGHLIGHT_RING_ICON,
  LOGISTICS_ICON,
  LOGISTICS_MULTIMODAL_ICON,
  UNCOVERED_HATCH,
  OVERLAP_HATCH,
  VALUE_PILL,
  ...CLUSTER_TYPES.map(clusterIconId),
];

function badgeFor(iconId: string): Badge | null {
  if (iconId === HIGHLIGHT_RING_ICON) {
    return { shape: 'circle', colour: 'rgba(0,0,0,0)', ring: palette.highlight, pictogram: {} };
  }
  if (iconId === LOGISTICS_ICON) {
    return { shape: 'square', colour: palette.logistics, pictogram: logisticsPictogram };
  }
  if (iconId === LOGISTICS_MULTIMODAL_ICON) {
    return {
      shape: 'square',
      colour: palette.logistics,
      ring: palette.capitalRing,
      pictogram: logisticsPictogram,
    };
  }
  const type = iconId.replace(/^cluster-/, '');
  const pictogram = clusterPictograms[type];
  if (!iconId.startsWith('cluster-') || !pictogram) return null;
  return { shape: 'circle', colour: clusterColour(type), pictogram };
}

const ICON_SIZE = 26;

/** A square canvas of `px` device pixels to draw one icon on; null where there is no DOM. */
function iconCanvas(px: number): CanvasRenderingContext2D | null {
  if (typeof document === 'undefined') return null;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  // A CPU-backed canvas: reading a GPU one back (getImageData) stalls for ~70 ms per icon.
  return canvas.getContext('2d', { willReadFrequently: true });
}
const ICON_PIXEL_RATIO = 2;

/**
 * Rasterises a known icon id into RGBA pixels for `map.addImage`, or null for an unknown id.
 * Uses Path2D so it is synchronous and needs no image decoding or network.
 */
function rasteriseIcon(iconId: string): ImageData | null {
  if (iconId === UNCOVERED_HATCH || iconId === OVERLAP_HATCH)
    return rasteriseHatch(HATCHES[iconId]);
  if (iconId === VALUE_PILL) return rasterisePill();
  const badge = badgeFor(iconId);
  const px = ICON_SIZE * ICON_PIXEL_RATIO;
  const ctx = badge ? iconCanvas(px) : null;
  if (!badge || !ctx) return null;
  ctx.scale(ICON_PIXEL_RATIO, ICON_PIXEL_RATIO);
  const inset = badge.ring ? 2 : 1;
  ctx.beginPath();
  if (badge.shape === 'circle') {
    ctx.arc(ICON_SIZE / 2, ICON_SIZE / 2, ICON_SIZE / 2 - inset, 0, Math.PI * 2);
  } else {
    ctx.roundRect(inset, inset, ICON_SIZE - 2 * inset, ICON_SIZE - 2 * inset, 5);
  }
  ctx.fillStyle = badge.colour;
  ctx.fill();
  ctx.lineWidth = badge.ring ? 3 : 1.5; // a ring marks the special case (multimodal, selected)
  ctx.strokeStyle = badge.ring ?? '#ffffff';
  ctx.stroke();
  const scale = 0.62;
  const offset = (ICON_SIZE - 24 * scale) / 2;
  ctx.translate(offset, offset);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2.2;
  for (const d of badge.pictogram.fill ?? []) ctx.fill(new Path2D(d));
  for (const d of badge.pictogram.stroke ?? []) ctx.stroke(new Path2D(d));
  return ctx.getImageData(0, 0, px, px);
}

/** CSS pixels of the value pill's image; its middle stretches around the text (icon-text-fit). */
const PILL_SIZE = 20;
const PILL_RADIUS = 6;

/** How MapLibre may stretch the value pill: only its straight middle, never its rounded corners. */
function pillImageOptions(): {
  pixelRatio: number;
  stretchX: [number, number][];
  stretchY: [number, number][];
  content: [number, number, number, number];
} {
  const r = ICON_PIXEL_RATIO;
  const inner: [number, number] = [PILL_RADIUS * r, (PILL_SIZE - PILL_RADIUS) * r];
  return {
    pixelRatio: r,
    stretchX: [inner],
    stretchY: [inner],
    content: [4 * r, 4 * r, (PILL_SIZE - 4) * r, (PILL_SIZE - 4) * r],
  };
}

/** How an icon's pixels are read: its pixel ratio and, for the value pill, what may stretch. */
type IconOptions = ReturnType<typeof pillImageOptions> | { pixelRatio: number };

/** The icon's MapLibre image options: every icon at its pixel ratio, the pill with its stretch zones. */
function iconOptions(iconId: string): IconOptions {
  return iconId === VALUE_PILL ? pillImageOptions() : { pixelRatio: ICON_PIXEL_RATIO };
}

/** The part of a MapLibre map that takes images (a stand-in in tests). */
export type IconTarget = {
  hasImage(id: string): boolean;
  addImage(id: string, image: ImageData, options: IconOptions): unknown;
  setMissingStyleImageResolver(resolve: (id: string) => void): unknown;
};

/**
 * Gives a map every icon the style can ask for, each with its options, and a resolver for any
 * other: the one registration the live map and the print map share, so they draw alike.
 *
 * @example
 *   registerIcons(map); // before the style's first layout
 */
export function registerIcons(map: IconTarget): void {
  const add = (iconId: string) => {
    if (map.hasImage(iconId)) return;
    const image = rasteriseIcon(iconId);
    if (image) map.addImage(iconId, image, iconOptions(iconId));
  };
  // All icons up front: added on demand, each reaches the worker a round trip later and makes
  // MapLibre lay out again every tile that uses it. The resolver stays as a fallback.
  for (const iconId of ICON_IDS) add(iconId);
  map.setMissingStyleImageResolver(add);
}

/** A white rounded box with a dark edge: a choropleth value reads over any fill and any label. */
function rasterisePill(): ImageData | null {
  const px = PILL_SIZE * ICON_PIXEL_RATIO;
  const ctx = iconCanvas(px);
  if (!ctx) return null;
  ctx.scale(ICON_PIXEL_RATIO, ICON_PIXEL_RATIO);
  ctx.beginPath();
  ctx.roundRect(1, 1, PILL_SIZE - 2, PILL_SIZE - 2, PILL_RADIUS);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.94)';
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = 'rgba(43, 49, 69, 0.55)';
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

type Hatch = { colour: string; alpha: number; width: number; crossed: boolean };

/**
 * Uncovered territory: one diagonal in grey, read as "not served" over any region tint.
 * Overlaps: both diagonals in navy, legible over the catchments' blue wash.
 */
const HATCHES: Record<typeof UNCOVERED_HATCH | typeof OVERLAP_HATCH, Hatch> = {
  [UNCOVERED_HATCH]: { colour: analysisColours.uncovered, alpha: 0.6, width: 1.2, crossed: false },
  [OVERLAP_HATCH]: { colour: analysisColours.overlap, alpha: 0.7, width: 1.1, crossed: true },
};

function rasteriseHatch({ colour, alpha, width, crossed }: Hatch): ImageData | null {
  const px = 8 * ICON_PIXEL_RATIO;
  const ctx = iconCanvas(px);
  if (!ctx) return null;
  ctx.strokeStyle = colour;
  ctx.globalAlpha = alpha;
  ctx.lineWidth = width * ICON_PIXEL_RATIO;
  ctx.beginPath();
  // Each diagonal drawn three times so the pattern tiles seamlessly across cell edges.
  for (const offset of [-px, 0, px]) {
    ctx.moveTo(offset, px);
    ctx.lineTo(offset + px, 0);
    if (crossed) {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + px, px);
    }
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}
