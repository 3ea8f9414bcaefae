/**
 * The drawing vocabulary of exported sheets: a sheet is laid out once as a list of operations in
 * points (1/72 in, y down) and then drawn on a canvas (PNG) or a PDF page, so both look the same.
 */
import type { Pictogram } from '../map/icons';

export type Rect = { x: number; y: number; width: number; height: number };
export type Weight = 'regular' | 'bold';
/** The advance width of `text` at `size` points in the renderer's font. */
export type Measure = (text: string, size: number, weight: Weight) => number;
type Point = [number, number];

export type DrawOp =
  | {
      type: 'rect';
      rect: Rect;
      fill?: string;
      fillOpacity?: number;
      stroke?: string;
      lineWidth?: number;
    }
  | {
      type: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill?: string;
      stroke?: string;
      lineWidth?: number;
    }
  | { type: 'line'; points: Point[]; stroke: string; lineWidth: number; dash?: number[] }
  | { type: 'polygon'; points: Point[]; fill: string; stroke?: string; lineWidth?: number }
  /** `y` is the baseline. */
  | {
      type: 'text';
      text: string;
      x: number;
      y: number;
      size: number;
      weight: Weight;
      colour: string;
      align?: 'left' | 'right' | 'center';
    }
  /** A 24×24-grid pictogram (src/map/icons.ts) scaled into a `size`-point square. */
  | { type: 'pictogram'; pictogram: Pictogram; x: number; y: number; size: number; colour: string }
  /** Where the rendered map goes. */
  | { type: 'map'; rect: Rect };

/** A sheet: its size in points and what is drawn on it, bottom to top. */
export type Sheet = { width: number; height: number; ops: DrawOp[] };

/** The app's colours (src/ui/styles.css) on paper: navy headings, the red rule, ink and soft ink. */
export const SHEET_COLOUR = {
  navy: '#16223a',
  red: '#c8102e',
  ink: '#1d2436',
  inkSoft: '#4b5368',
  rule: '#e2ded5',
} as const;

/** How a run of lines is set: type size, line spacing as a multiple of it, weight and colour. */
export type TextStyle = { size: number; leading: number; weight: Weight; colour: string };

/**
 * Text ops for lines set one under another, the first line's top at `top` (baselines one size
 * below it, then `leading` sizes apart).
 *
 * @example
 *   textLines(['Aimak', 'Atlas'], 20, 40, { size: 10, leading: 1.2, weight: 'bold', colour: '#000' })
 *     .map((op) => op.type === 'text' && op.y); // [50, 62]
 */
export function textLines(
  lines: readonly string[],
  x: number,
  top: number,
  style: TextStyle,
): DrawOp[] {
  return lines.map((line, i) => ({
    type: 'text',
    text: line,
    x,
    y: top + style.size * (1 + i * style.leading),
    size: style.size,
    weight: style.weight,
    colour: style.colour,
  }));
}

/**
 * Breaks `text` into lines no wider than `width` at spaces; a word longer than a line is split
 * between letters rather than spilling out of its box.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight: Weight,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, weight) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const letter of word) {
      if (line && measure(line + letter, size, weight) > width) {
        lines.push(line);
        line = '';
      }
      line += letter;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Paper sizes in points, landscape (ISO 216: A4 297 × 210 mm, A3 420 × 297 mm). */
export const PAPER = {
  a4: { width: (297 / 25.4) * 72, height: (210 / 25.4) * 72 },
  a3: { width: (420 / 25.4) * 72, height: (297 / 25.4) * 72 },
} as const;
export type Paper = keyof typeof PAPER;

/** A CSS pixel is 1/96 in, a point 1/72 in. */
export const POINTS_PER_CSS_PIXEL = 72 / 96;

/** Kyrgyz month names (CLDR), for browsers whose Intl has no Kyrgyz. */
const KYRGYZ_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** The export date as a sheet prints it, in the sheet's language ("November 27, 2026"). */
export function formatSheetDate(date: Date, language: string): string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  // Chromium's ICU has no Kyrgyz and would print English: write CLDR's Kyrgyz long date instead.
  if (language === 'ky' && !format.resolvedOptions().locale.startsWith('ky')) {
    return `${date.getFullYear()}-ж., ${date.getDate()}-${KYRGYZ_MONTHS[date.getMonth()]}`;
  }
  return format.format(date);
}

/** Where a sheet's head or foot is set: the page width (and height), its margin. */
type SheetBox = { width: number; height: number; margin: number };

/**
 * The head every sheet shares: the title wrapped beside the date, the subtitle and the red
 * rule. `bottom` is the rule's line, where the sheet's body may start below.
 */
export function sheetHead(
  text: { title: string; subtitle: string; date: string },
  box: SheetBox & { titleSize: number },
  measure: Measure,
): { ops: DrawOp[]; bottom: number } {
  const { width, margin, titleSize } = box;
  const dateWidth = measure(text.date, 8, 'regular');
  const titleLines = wrapText(
    text.title,
    width - 2 * margin - dateWidth - 12,
    titleSize,
    'bold',
    measure,
  );
  const ops: DrawOp[] = [
    ...textLines(titleLines, margin, margin, {
      size: titleSize,
      leading: 1.15,
      weight: 'bold',
      colour: SHEET_COLOUR.navy,
    }),
    {
      type: 'text',
      text: text.date,
      x: width - margin,
      y: margin + titleSize,
      size: 8,
      weight: 'regular',
      colour: SHEET_COLOUR.inkSoft,
      align: 'right',
    },
  ];
  let y = margin + titleSize * (1 + (titleLines.length - 1) * 1.15) + 4;
  const subtitleLines = wrapText(text.subtitle, width - 2 * margin, 8, 'regular', measure);
  ops.push(
    ...textLines(subtitleLines, margin, y, {
      size: 8,
      leading: 1.25,
      weight: 'regular',
      colour: SHEET_COLOUR.inkSoft,
    }),
  );
  y += subtitleLines.length * 10 + 5;
  ops.push({
    type: 'line',
    points: [
      [margin, y],
      [width - margin, y],
    ],
    stroke: SHEET_COLOUR.red,
    lineWidth: 1.5,
  });
  return { ops, bottom: y };
}

/**
 * The foot every sheet shares: the sources at the bottom left and, on pages of a set, the page
 * number at the right. `top` is the foot's first line.
 */
export function sheetFoot(
  text: { attribution: string; pageNumber?: string },
  box: SheetBox,
  measure: Measure,
): { ops: DrawOp[]; top: number } {
  const { width, height, margin } = box;
  const footerSize = 6.5;
  const pageSize = 8;
  const pageWidth = text.pageNumber ? measure(text.pageNumber, pageSize, 'bold') + 16 : 0;
  const lines = wrapText(
    text.attribution,
    width - 2 * margin - pageWidth,
    footerSize,
    'regular',
    measure,
  );
  const footHeight = Math.max(
    lines.length * footerSize * 1.3,
    text.pageNumber ? pageSize * 1.2 : 0,
  );
  const top = height - margin - footHeight;
  const ops = textLines(lines, margin, top, {
    size: footerSize,
    leading: 1.3,
    weight: 'regular',
    colour: SHEET_COLOUR.inkSoft,
  });
  if (text.pageNumber) {
    ops.push({
      type: 'text',
      text: text.pageNumber,
      x: width - margin,
      y: top + pageSize,
      size: pageSize,
      weight: 'bold',
      colour: SHEET_COLOUR.navy,
      align: 'right',
    });
  }
  return { ops, top };
}
