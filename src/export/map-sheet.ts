/**
 * The printed map sheet: title, date, the map with its scale bar and north arrow, the legend and
 * the sources, laid out for a landscape sheet (legend beside the map) or a portrait one (below).
 */
import { formatDistance, formatMetres } from '../i18n/format';
import type { Language } from '../vocabulary/languages';
import type { LegendSection } from './legend-entries';
import { legendLayout } from './legend-layout';
import { scaleBar } from './scale-bar';
import {
  type DrawOp,
  type Measure,
  type Rect,
  SHEET_COLOUR,
  type Sheet,
  sheetFoot,
  sheetHead,
} from './sheet';

const FRAME = '#6f7589';

export type MapSheetText = {
  /** "Aimak Atlas — <scenario>". */
  title: string;
  subtitle: string;
  /** The export date, formatted in the sheet's language. */
  date: string;
  legendTitle: string;
  /** "Sources: …", one line of attributions. */
  attribution: string;
};

/**
 * Lays out a map sheet of `width` × `height` points. The map itself is drawn later into
 * `mapFrame` (a `map` op marks its place); `mapDecorations` adds the scale bar and north arrow.
 */
export function mapSheet(
  size: { width: number; height: number },
  text: MapSheetText,
  legend: LegendSection[],
  measure: Measure,
): { sheet: Sheet; mapFrame: Rect } {
  const { width, height } = size;
  const margin = width < 420 ? 10 : 18;
  const ops: DrawOp[] = [{ type: 'rect', rect: { x: 0, y: 0, width, height }, fill: '#ffffff' }];

  const head = sheetHead(text, { width, height, margin, titleSize: 15 }, measure);
  const foot = sheetFoot(text, { width, height, margin }, measure);
  ops.push(...head.ops, ...foot.ops);
  const top = head.bottom + 8;
  const bottom = foot.top - 8;

  let mapFrame: Rect;
  const landscape = width >= height * 1.05 && width >= 480;
  if (landscape) {
    const legendWidth = Math.min(210, Math.max(140, width * 0.2));
    mapFrame = {
      x: margin,
      y: top,
      width: width - 2 * margin - legendWidth - 14,
      height: bottom - top,
    };
    const box = {
      x: width - margin - legendWidth,
      y: top,
      width: legendWidth,
      maxHeight: bottom - top,
      columns: 1,
    };
    ops.push(...legendLayout(text.legendTitle, legend, box, measure).ops);
  } else {
    const box = {
      x: margin,
      y: 0,
      width: width - 2 * margin,
      maxHeight: (bottom - top) * 0.4,
      columns: width > 420 ? 3 : 2,
    };
    const { height: legendHeight } = legendLayout(text.legendTitle, legend, box, measure);
    const legendTop = bottom - legendHeight;
    ops.push(...legendLayout(text.legendTitle, legend, { ...box, y: legendTop }, measure).ops);
    mapFrame = { x: margin, y: top, width: width - 2 * margin, height: legendTop - 10 - top };
  }
  ops.push({ type: 'map', rect: mapFrame });
  return { sheet: { width, height, ops }, mapFrame };
}

export type MapScale = {
  /** Ground metres per point of the sheet at the map's centre. */
  metresPerPoint: number;
  /** The map's bearing in degrees (clockwise from north to the top of the map). */
  bearing: number;
  /** The north arrow's letter in the sheet's language. */
  north: string;
  /** The language of the scale bar's number and unit. */
  language: Language;
};

/** The scale bar (lower left) and north arrow (upper right) drawn over the map, with the frame. */
export function mapDecorations(frame: Rect, scale: MapScale): DrawOp[] {
  const ops: DrawOp[] = [{ type: 'rect', rect: frame, stroke: FRAME, lineWidth: 0.75 }];

  const bar = scaleBar(scale.metresPerPoint, Math.min(120, frame.width * 0.3));
  const label =
    bar.metres >= 1000
      ? formatDistance(scale.language, bar.metres / 1000)
      : formatMetres(scale.language, bar.metres);
  const x = frame.x + 8;
  const plate = { x, y: frame.y + frame.height - 8 - 26, width: bar.length + 24, height: 26 };
  const barX = plate.x + 8;
  const barY = plate.y + 16;
  ops.push(
    { type: 'rect', rect: plate, fill: '#ffffff', fillOpacity: 0.85 },
    {
      type: 'rect',
      rect: { x: barX, y: barY, width: bar.length / 2, height: 4 },
      fill: SHEET_COLOUR.navy,
      stroke: SHEET_COLOUR.navy,
      lineWidth: 0.5,
    },
    {
      type: 'rect',
      rect: { x: barX + bar.length / 2, y: barY, width: bar.length / 2, height: 4 },
      fill: '#ffffff',
      stroke: SHEET_COLOUR.navy,
      lineWidth: 0.5,
    },
    {
      type: 'text',
      text: '0',
      x: barX,
      y: barY - 3,
      size: 7,
      weight: 'regular',
      colour: SHEET_COLOUR.navy,
      align: 'center',
    },
    {
      type: 'text',
      text: label,
      x: barX + bar.length,
      y: barY - 3,
      size: 7,
      weight: 'regular',
      colour: SHEET_COLOUR.navy,
      align: 'center',
    },
  );

  // The arrow points to north, turned against the map's bearing.
  const cx = frame.x + frame.width - 20;
  const cy = frame.y + 26;
  const angle = (-scale.bearing * Math.PI) / 180;
  const turn = ([px, py]: [number, number]): [number, number] => [
    cx + px * Math.cos(angle) - py * Math.sin(angle),
    cy + px * Math.sin(angle) + py * Math.cos(angle),
  ];
  ops.push(
    {
      type: 'rect',
      rect: { x: cx - 11, y: cy - 20, width: 22, height: 36 },
      fill: '#ffffff',
      fillOpacity: 0.85,
    },
    {
      type: 'text',
      text: scale.north,
      x: cx,
      y: cy - 9,
      size: 8,
      weight: 'bold',
      colour: SHEET_COLOUR.navy,
      align: 'center',
    },
    {
      type: 'polygon',
      points: [
        [0, -6],
        [0, 10],
        [-5, 13],
      ].map((p) => turn(p as [number, number])),
      fill: SHEET_COLOUR.navy,
    },
    {
      type: 'polygon',
      points: [
        [0, -6],
        [5, 13],
        [0, 10],
      ].map((p) => turn(p as [number, number])),
      fill: '#ffffff',
      stroke: SHEET_COLOUR.navy,
      lineWidth: 0.6,
    },
  );
  return ops;
}
