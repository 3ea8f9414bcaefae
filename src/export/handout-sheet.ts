/**
 * One page of a printed handout: a slide's title, its map, and beside the map the caption, the
 * Concept section it cites and the key to what the map shows; the sources and "n / N" at the foot.
 */
import type { LegendSection } from './legend-entries';
import { legendLayout } from './legend-layout';
import {
  type DrawOp,
  type Measure,
  type Rect,
  SHEET_COLOUR,
  type Sheet,
  sheetFoot,
  sheetHead,
  textLines,
  wrapText,
} from './sheet';

export type HandoutPageText = {
  /** The chapter's title, or "Slide n" for a slide of the user's own. */
  title: string;
  /** "Aimak Atlas · <the Concept's name>": what the handout is from. */
  subtitle: string;
  caption: string;
  /** "Source: Concept, §5.1", or null when the slide cites no section. */
  source: string | null;
  date: string;
  legendTitle: string;
  attribution: string;
  /** "3 / 10". */
  pageNumber: string;
};

/** Caption type sizes tried from the largest down: a long caption is set smaller, never cut. */
const CAPTION_SIZES = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7, 6.5, 6];
const CAPTION_LEADING = 1.35;
/** The caption may take this share of the column; the key has the rest. */
const CAPTION_SHARE = 0.55;

/**
 * The caption's lines at the largest size whose lines fit `maxHeight`. A caption too long even at
 * the smallest size (far beyond the slides' 500 letters) is cut at the box with an ellipsis.
 */
function fitCaption(text: string, width: number, maxHeight: number, measure: Measure) {
  let lines: string[] = [];
  for (const size of CAPTION_SIZES) {
    lines = wrapText(text, width, size, 'regular', measure);
    if (lines.length * size * CAPTION_LEADING <= maxHeight) return { lines, size };
  }
  const size = CAPTION_SIZES[CAPTION_SIZES.length - 1] as number;
  const kept = lines.slice(0, Math.max(1, Math.floor(maxHeight / (size * CAPTION_LEADING))));
  let last = kept.pop() ?? '';
  while (last && measure(`${last}…`, size, 'regular') > width) last = last.slice(0, -1);
  return { lines: [...kept, `${last}…`], size };
}

/**
 * Lays out a handout page of `width` × `height` points (A4 landscape). The map goes into
 * `mapFrame` later (a `map` op marks its place), with `mapDecorations` drawn over it.
 */
export function handoutSheet(
  size: { width: number; height: number },
  text: HandoutPageText,
  legend: LegendSection[],
  measure: Measure,
): { sheet: Sheet; mapFrame: Rect } {
  const { width, height } = size;
  const margin = 28;
  const ops: DrawOp[] = [{ type: 'rect', rect: { x: 0, y: 0, width, height }, fill: '#ffffff' }];

  const head = sheetHead(text, { width, height, margin, titleSize: 18 }, measure);
  // The foot: the sources on the left, the page number on the right.
  const foot = sheetFoot(text, { width, height, margin }, measure);
  ops.push(...head.ops, ...foot.ops);
  const top = head.bottom + 12;
  const bottom = foot.top - 10;

  // The column beside the map: caption, citation, key.
  const columnWidth = Math.min(270, Math.max(200, width * 0.3));
  const column = { x: width - margin - columnWidth, y: top, height: bottom - top };
  const mapFrame: Rect = {
    x: margin,
    y: top,
    width: width - 2 * margin - columnWidth - 18,
    height: bottom - top,
  };

  const sourceSize = 8.5;
  const sourceLines = text.source
    ? wrapText(text.source, columnWidth, sourceSize, 'bold', measure)
    : [];
  const sourceHeight = sourceLines.length * sourceSize * 1.3;
  const caption = fitCaption(
    text.caption,
    columnWidth,
    column.height * CAPTION_SHARE - sourceHeight,
    measure,
  );
  let columnY = column.y;
  ops.push(
    ...textLines(caption.lines, column.x, columnY, {
      size: caption.size,
      leading: CAPTION_LEADING,
      weight: 'regular',
      colour: SHEET_COLOUR.ink,
    }),
  );
  columnY += caption.lines.length * caption.size * CAPTION_LEADING;
  if (sourceLines.length > 0) {
    columnY += 4;
    ops.push(
      ...textLines(sourceLines, column.x, columnY, {
        size: sourceSize,
        leading: 1.3,
        weight: 'bold',
        colour: SHEET_COLOUR.red,
      }),
    );
    columnY += sourceHeight;
  }
  if (legend.length > 0) {
    columnY += 10;
    ops.push({
      type: 'line',
      points: [
        [column.x, columnY],
        [column.x + columnWidth, columnY],
      ],
      stroke: SHEET_COLOUR.rule,
      lineWidth: 0.75,
    });
    columnY += 10;
    const box = {
      x: column.x,
      y: columnY,
      width: columnWidth,
      maxHeight: bottom - columnY,
      columns: 1,
    };
    ops.push(...legendLayout(text.legendTitle, legend, box, measure).ops);
  }
  ops.push({ type: 'map', rect: mapFrame });
  return { sheet: { width, height, ops }, mapFrame };
}
