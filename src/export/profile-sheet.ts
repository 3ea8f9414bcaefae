/**
 * A territory's one-page profile (A4 portrait): kind and name, a map of the place, then its facts
 * with their sources in two columns; type shrinks until the facts fit on the page.
 */
import { formatList } from '../i18n/format';
import { translator } from '../i18n/i18n';
import type { ProfileFact, TerritoryProfile } from '../profile/territory-profile';
import { type MapScale, mapDecorations } from './map-sheet';
import {
  type DrawOp,
  formatSheetDate,
  type Measure,
  type Rect,
  SHEET_COLOUR,
  type Sheet,
  textLines,
  wrapText,
} from './sheet';

/** A4 portrait, in points. */
const WIDTH = (210 / 25.4) * 72;
const HEIGHT = (297 / 25.4) * 72;
const MARGIN = 40;
/** The map of the place above the facts, as a share of the text width. */
const MAP_ASPECT = 0.46;

/** Where the profile's map goes on the page: the exporter renders a map of this size. */
export const PROFILE_MAP_FRAME: Rect = {
  x: MARGIN,
  y: 112,
  width: WIDTH - 2 * MARGIN,
  height: (WIDTH - 2 * MARGIN) * MAP_ASPECT,
};

/**
 * A fact as print has it: its paragraphs (the places it links named in a line, its list items
 * bulleted, its notes after them) and its table (Table 1's charts become one, a column a year).
 */
function printedFact(
  fact: ProfileFact,
  language: TerritoryProfile['language'],
): { paragraphs: Array<{ text: string; bullet: boolean }>; table?: ProfileFact['table'] } {
  const links = fact.links?.length
    ? [
        formatList(
          language,
          fact.links.map((link) => link.label),
        ),
      ]
    : [];
  const paragraphs = [
    ...[...fact.lines, ...links].map((text) => ({ text, bullet: false })),
    ...(fact.items ?? []).map((text) => ({ text, bullet: true })),
    ...(fact.notes ?? []).map((text) => ({ text, bullet: false })),
  ];
  const charts = fact.charts ?? [];
  const table =
    charts.length > 0
      ? {
          columns: ['', ...(charts[0]?.values.map((entry) => String(entry.year)) ?? [])],
          rows: charts.map((chart) => [chart.title, ...chart.values.map((entry) => entry.label)]),
        }
      : fact.table;
  return table ? { paragraphs, table } : { paragraphs };
}

/** A piece of the flowing text; `keepWithNext` holds a heading to the line below it. */
type Block = { height: number; keepWithNext?: boolean; draw: (x: number, y: number) => DrawOp[] };

function factBlocks(
  profile: TerritoryProfile,
  columnWidth: number,
  scale: number,
  measure: Measure,
): Block[] {
  const headingSize = 9.5 * scale;
  const sourceSize = 6.5 * scale;
  const bodySize = 8 * scale;
  const cellSize = 7 * scale;
  const leading = 1.3;
  const text = (
    line: string,
    x: number,
    y: number,
    size: number,
    weight: 'regular' | 'bold',
    colour: string,
  ): DrawOp => ({
    type: 'text',
    text: line,
    x,
    y: y + size,
    size,
    weight,
    colour,
  });
  const sourceLabel = translator(profile.language)('shell:source');
  const blocks: Block[] = profile.notes.map((note) => {
    const lines = wrapText(note, columnWidth, bodySize, 'regular', measure);
    return {
      height: lines.length * bodySize * leading + 7 * scale,
      draw: (x, y) =>
        textLines(lines, x, y, {
          size: bodySize,
          leading,
          weight: 'regular',
          colour: SHEET_COLOUR.inkSoft,
        }),
    };
  });
  for (const fact of profile.facts) {
    const heading = wrapText(fact.heading, columnWidth, headingSize, 'bold', measure);
    const source = fact.source
      ? wrapText(`${sourceLabel}: ${fact.source}`, columnWidth, sourceSize, 'regular', measure)
      : [];
    blocks.push({
      height:
        heading.length * headingSize * leading + source.length * sourceSize * leading + 3 * scale,
      keepWithNext: true,
      draw: (x, y) => [
        ...textLines(heading, x, y, {
          size: headingSize,
          leading,
          weight: 'bold',
          colour: SHEET_COLOUR.navy,
        }),
        ...textLines(source, x, y + heading.length * headingSize * leading, {
          size: sourceSize,
          leading,
          weight: 'regular',
          colour: SHEET_COLOUR.inkSoft,
        }),
      ],
    });
    const printed = printedFact(fact, profile.language);
    for (const paragraph of printed.paragraphs) {
      const bullet = paragraph.bullet ? '• ' : '';
      const indent = bullet ? measure(bullet, bodySize, 'regular') : 0;
      const lines = wrapText(paragraph.text, columnWidth - indent, bodySize, 'regular', measure);
      blocks.push({
        height: lines.length * bodySize * leading + 2 * scale,
        draw: (x, y) => [
          ...(bullet ? [text(bullet, x, y, bodySize, 'regular', SHEET_COLOUR.ink)] : []),
          ...textLines(lines, x + indent, y, {
            size: bodySize,
            leading,
            weight: 'regular',
            colour: SHEET_COLOUR.ink,
          }),
        ],
      });
    }
    if (printed.table) {
      const { columns, rows } = printed.table;
      // The first column holds names (wrapped); the others numbers, right-aligned in equal shares.
      const first = columnWidth * (columns.length > 2 ? 0.4 : 0.7);
      const rest = (columnWidth - first) / Math.max(1, columns.length - 1);
      const rowHeight = cellSize * 1.35;
      // A table whose columns have no titles (label–value pairs) gets no header row.
      const header = columns.some(Boolean) ? [columns] : [];
      const tableRows = [...header, ...rows].map((cells, index) => {
        const weight = index < header.length ? ('bold' as const) : ('regular' as const);
        return {
          cells,
          weight,
          names: wrapText(cells[0] ?? '', first - 6, cellSize, weight, measure),
        };
      });
      const heights = tableRows.map((row) => Math.max(1, row.names.length) * rowHeight + 2 * scale);
      // A table is one block: its rows never part from their header.
      blocks.push({
        height: heights.reduce((sum, h) => sum + h, 0) + 2 * scale,
        draw: (x, y) => {
          const ops: DrawOp[] = [];
          let top = y;
          tableRows.forEach((row, index) => {
            ops.push(
              ...row.names.map((name, line) =>
                text(name, x, top + line * rowHeight, cellSize, row.weight, SHEET_COLOUR.ink),
              ),
              ...row.cells.slice(1).map(
                (cell, i): DrawOp => ({
                  type: 'text',
                  text: cell,
                  x: x + first + rest * (i + 1),
                  y: top + cellSize,
                  size: cellSize,
                  weight: row.weight,
                  colour: SHEET_COLOUR.ink,
                  align: 'right',
                }),
              ),
            );
            top += heights[index] ?? 0;
            if (index < header.length) {
              ops.push({
                type: 'line',
                points: [
                  [x, top - 1.5 * scale],
                  [x + columnWidth, top - 1.5 * scale],
                ],
                stroke: SHEET_COLOUR.rule,
                lineWidth: 0.6,
              });
            }
          });
          return ops;
        },
      });
    }
    const last = blocks[blocks.length - 1];
    if (last) last.height += 7 * scale; // air between facts
  }
  return blocks;
}

/** Flows blocks into two columns of `height`; returns the ops and whether everything fitted. */
function flow(
  blocks: Block[],
  area: Rect,
  columnWidth: number,
  gutter: number,
): { ops: DrawOp[]; fitted: boolean } {
  const ops: DrawOp[] = [];
  let column = 0;
  let y = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const next = block.keepWithNext ? (blocks[i + 1]?.height ?? 0) : 0;
    if (y > 0 && y + block.height + next > area.height) {
      column += 1;
      y = 0;
    }
    if (column > 1 || block.height > area.height) return { ops, fitted: false };
    ops.push(...block.draw(area.x + column * (columnWidth + gutter), area.y + y));
    y += block.height;
  }
  return { ops, fitted: true };
}

/**
 * Lays out `profile` on an A4 portrait page. Unless `map` is 'no map', `PROFILE_MAP_FRAME` holds
 * its map, with a scale bar and north arrow when its scale is known. `attribution` is the
 * "Sources: …" line, `date` the day of the export.
 * @example profileSheet(profile, 'no map', 'Sources: Natural Earth', new Date(), measure).ops
 */
export function profileSheet(
  profile: TerritoryProfile,
  map: MapScale | 'no map' | null,
  attribution: string,
  date: Date,
  measure: Measure,
): Sheet {
  const ops: DrawOp[] = [
    { type: 'rect', rect: { x: 0, y: 0, width: WIDTH, height: HEIGHT }, fill: '#ffffff' },
  ];
  const textWidth = WIDTH - 2 * MARGIN;
  ops.push({
    type: 'text',
    text: profile.kindLabel.toLocaleUpperCase(profile.language),
    x: MARGIN,
    y: 52,
    size: 8.5,
    weight: 'bold',
    colour: SHEET_COLOUR.red,
  });
  // A long name takes two lines of smaller type in the same header.
  const oneLine = wrapText(profile.title, textWidth, 20, 'bold', measure);
  const title =
    oneLine.length > 1
      ? wrapText(profile.title, textWidth, 14, 'bold', measure).slice(0, 2)
      : oneLine;
  const titleSize = oneLine.length > 1 ? 14 : 20;
  title.forEach((line, i) => {
    ops.push({
      type: 'text',
      text: line,
      x: MARGIN,
      y: oneLine.length > 1 ? 72 + i * 16 : 82,
      size: titleSize,
      weight: 'bold',
      colour: SHEET_COLOUR.navy,
    });
  });
  ops.push({
    type: 'line',
    points: [
      [MARGIN, 96],
      [WIDTH - MARGIN, 96],
    ],
    stroke: SHEET_COLOUR.red,
    lineWidth: 1.5,
  });

  let top = 110;
  if (map !== 'no map') {
    ops.push(
      { type: 'map', rect: PROFILE_MAP_FRAME },
      ...(map
        ? mapDecorations(PROFILE_MAP_FRAME, map)
        : [{ type: 'rect', rect: PROFILE_MAP_FRAME, stroke: '#6f7589', lineWidth: 0.75 } as const]),
    );
    top = PROFILE_MAP_FRAME.y + PROFILE_MAP_FRAME.height + 16;
  }

  const madeWith = translator(profile.language)('export:madeWith', {
    date: formatSheetDate(date, profile.language),
  });
  const footerSize = 6.5;
  const footer = wrapText(
    `${madeWith} · ${attribution}`,
    textWidth,
    footerSize,
    'regular',
    measure,
  );
  const footerTop = HEIGHT - 28 - footer.length * footerSize * 1.3;
  ops.push({
    type: 'line',
    points: [
      [MARGIN, footerTop - 6],
      [WIDTH - MARGIN, footerTop - 6],
    ],
    stroke: SHEET_COLOUR.rule,
    lineWidth: 0.6,
  });
  ops.push(
    ...textLines(footer, MARGIN, footerTop, {
      size: footerSize,
      leading: 1.3,
      weight: 'regular',
      colour: SHEET_COLOUR.inkSoft,
    }),
  );

  const gutter = 18;
  const columnWidth = (textWidth - gutter) / 2;
  const area = { x: MARGIN, y: top, width: textWidth, height: footerTop - 14 - top };
  for (const scale of [1, 0.93, 0.86, 0.8, 0.74]) {
    const laid = flow(factBlocks(profile, columnWidth, scale, measure), area, columnWidth, gutter);
    if (laid.fitted) return { width: WIDTH, height: HEIGHT, ops: [...ops, ...laid.ops] };
  }
  // Still too long at the smallest type: keep what fits and say where the rest is.
  const shortened = flow(
    factBlocks(profile, columnWidth, 0.74, measure),
    { ...area, height: area.height - 14 },
    columnWidth,
    gutter,
  );
  const continues = translator(profile.language)('export:profile.continues');
  return {
    width: WIDTH,
    height: HEIGHT,
    ops: [
      ...ops,
      ...shortened.ops,
      {
        type: 'text',
        text: continues,
        x: WIDTH - MARGIN,
        y: area.y + area.height,
        size: 7,
        weight: 'bold',
        colour: SHEET_COLOUR.red,
        align: 'right',
      },
    ],
  };
}
