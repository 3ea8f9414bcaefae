/** Draws a laid-out sheet on a 2D canvas (the PNG export): points scaled to the canvas's pixels. */
import type { DrawOp, Measure, Sheet } from './sheet';

const FONT_FAMILY = '"Noto Sans", sans-serif';
const fontOf = (size: number, weight: 'regular' | 'bold') =>
  `${weight === 'bold' ? 700 : 400} ${size}px ${FONT_FAMILY}`;

/**
 * Waits until the page's Noto Sans (regular and bold, Latin and Cyrillic subsets) is loaded, so
 * the canvas measures and draws with it rather than with a fallback font.
 */
export async function loadCanvasFonts(): Promise<void> {
  const sample = 'Aa Бб Өө Үү Ңң §';
  await Promise.all([
    document.fonts.load(fontOf(12, 'regular'), sample),
    document.fonts.load(fontOf(12, 'bold'), sample),
  ]);
}

/** Text widths as the canvas will draw them. */
export function canvasMeasure(context: CanvasRenderingContext2D): Measure {
  return (text, size, weight) => {
    context.font = fontOf(size, weight);
    return context.measureText(text).width;
  };
}

function drawOp(
  context: CanvasRenderingContext2D,
  op: DrawOp,
  map: CanvasImageSource | null,
): void {
  context.save();
  switch (op.type) {
    case 'rect':
      if (op.fill) {
        context.globalAlpha = op.fillOpacity ?? 1;
        context.fillStyle = op.fill;
        context.fillRect(op.rect.x, op.rect.y, op.rect.width, op.rect.height);
        context.globalAlpha = 1;
      }
      if (op.stroke) {
        context.strokeStyle = op.stroke;
        context.lineWidth = op.lineWidth ?? 1;
        context.strokeRect(op.rect.x, op.rect.y, op.rect.width, op.rect.height);
      }
      break;
    case 'circle':
      context.beginPath();
      context.arc(op.cx, op.cy, op.r, 0, Math.PI * 2);
      if (op.fill) {
        context.fillStyle = op.fill;
        context.fill();
      }
      if (op.stroke) {
        context.strokeStyle = op.stroke;
        context.lineWidth = op.lineWidth ?? 1;
        context.stroke();
      }
      break;
    case 'line':
    case 'polygon': {
      context.beginPath();
      for (const [i, [x, y]] of op.points.entries()) {
        if (i === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      if (op.type === 'polygon') {
        context.closePath();
        context.fillStyle = op.fill;
        context.fill();
      }
      if (op.stroke) {
        context.strokeStyle = op.stroke;
        context.lineWidth = op.lineWidth ?? 1;
        if (op.type === 'line' && op.dash) context.setLineDash(op.dash);
        context.stroke();
      }
      break;
    }
    case 'text':
      context.font = fontOf(op.size, op.weight);
      context.fillStyle = op.colour;
      context.textAlign = op.align ?? 'left';
      context.textBaseline = 'alphabetic';
      context.fillText(op.text, op.x, op.y);
      break;
    case 'pictogram': {
      // Same path data and stroke width as the map's rasterised icons (src/map/icons.ts).
      context.translate(op.x, op.y);
      context.scale(op.size / 24, op.size / 24);
      context.fillStyle = op.colour;
      context.strokeStyle = op.colour;
      context.lineWidth = 2.2;
      for (const d of op.pictogram.fill ?? []) context.fill(new Path2D(d));
      for (const d of op.pictogram.stroke ?? []) context.stroke(new Path2D(d));
      break;
    }
    case 'map':
      if (map) context.drawImage(map, op.rect.x, op.rect.y, op.rect.width, op.rect.height);
      break;
  }
  context.restore();
}

/**
 * Draws `sheet` on `context`, `scale` pixels per point; the map image is stretched into its
 * frame (it was rendered for that frame, possibly at a lower pixel ratio than asked for).
 */
export function drawSheet(
  context: CanvasRenderingContext2D,
  sheet: Sheet,
  scale: number,
  map: CanvasImageSource | null,
): void {
  context.save();
  context.scale(scale, scale);
  context.imageSmoothingQuality = 'high';
  for (const op of sheet.ops) drawOp(context, op, map);
  context.restore();
}
