/** Lays the legend's sections out in columns of a box, shrinking the type when they do not fit. */
import type { LegendSection, LegendSymbol } from './legend-entries';
import { type DrawOp, type Measure, SHEET_COLOUR, textLines, wrapText } from './sheet';

/** A piece of the legend that never splits between columns. */
type Block = { height: number; draw: (x: number, y: number) => DrawOp[] };

/** The ops that draw a symbol in a `size`-point square at (x, y), mirroring the screen legend. */
function symbolOps(symbol: LegendSymbol, x: number, y: number, size: number): DrawOp[] {
  const cx = x + size / 2;
  const cy = y + size / 2;
  switch (symbol.type) {
    case 'tints': {
      const step = size / symbol.colours.length;
      return [
        ...symbol.colours.map(
          (colour, i): DrawOp => ({
            type: 'rect',
            rect: { x: x + i * step, y, width: step, height: size },
            fill: colour,
          }),
        ),
        {
          type: 'rect',
          rect: { x, y, width: size, height: size },
          stroke: symbol.outline,
          lineWidth: 0.6,
        },
      ];
    }
    case 'ring':
      return [{ type: 'circle', cx, cy, r: size * 0.42, stroke: symbol.colour, lineWidth: 1 }];
    case 'dot': {
      // The screen legend draws these in a 22-unit box: a 9.5-unit ring, a dot `size` units wide.
      const unit = size / 22;
      const ring: DrawOp[] = symbol.ring
        ? [
            {
              type: 'circle',
              cx,
              cy,
              r: 9.5 * unit,
              fill: '#ffffff',
              stroke: symbol.ring,
              lineWidth: 2.2 * unit,
            },
          ]
        : [];
      return [
        ...ring,
        {
          type: 'circle',
          cx,
          cy,
          r: (symbol.size / 2) * unit,
          fill: symbol.colour,
          stroke: '#ffffff',
          lineWidth: 1.4 * unit,
        },
      ];
    }
    case 'badge': {
      const stroke = symbol.ring ?? '#ffffff';
      const lineWidth = symbol.ring ? 0.12 * size : 0.06 * size;
      const badge: DrawOp =
        symbol.shape === 'circle'
          ? { type: 'circle', cx, cy, r: size / 2, fill: symbol.colour, stroke, lineWidth }
          : {
              type: 'rect',
              rect: { x, y, width: size, height: size },
              fill: symbol.colour,
              stroke,
              lineWidth,
            };
      const inner = size * 0.62;
      return [
        badge,
        {
          type: 'pictogram',
          pictogram: symbol.pictogram,
          x: cx - inner / 2,
          y: cy - inner / 2,
          size: inner,
          colour: '#ffffff',
        },
      ];
    }
    case 'area': {
      const rect = { x, y, width: size, height: size };
      const hatch: DrawOp[] = symbol.hatch ? hatchOps(x, y, size, symbol.colour) : [];
      const stroke = symbol.outline ?? symbol.colour;
      const outline: DrawOp = symbol.dashed
        ? {
            type: 'line',
            points: [
              [x, y],
              [x + size, y],
              [x + size, y + size],
              [x, y + size],
              [x, y],
            ],
            stroke,
            lineWidth: size * 0.1,
            dash: [size * 0.2, size * 0.15],
          }
        : { type: 'rect', rect, stroke, lineWidth: 0.6 };
      return [
        { type: 'rect', rect, fill: symbol.colour, fillOpacity: symbol.opacity },
        ...hatch,
        outline,
      ];
    }
  }
}

/** Diagonal hatching clipped to a square, as the map draws uncovered territory. */
function hatchOps(x: number, y: number, size: number, colour: string): DrawOp[] {
  const ops: DrawOp[] = [];
  const gap = size / 4;
  // Lines x' + y' = t + size (local coordinates), clipped to the square.
  for (let t = -size + gap / 2; t < size; t += gap) {
    const y0 = Math.max(0, t);
    const y1 = Math.min(size, t + size);
    ops.push({
      type: 'line',
      points: [
        [x + t + size - y0, y + y0],
        [x + t + size - y1, y + y1],
      ],
      stroke: colour,
      lineWidth: size * 0.07,
    });
  }
  return ops;
}

function blocks(
  title: string,
  sections: LegendSection[],
  columnWidth: number,
  scale: number,
  measure: Measure,
): Block[] {
  const titleSize = 9.5 * scale;
  const headingSize = 7.5 * scale;
  const labelSize = 7 * scale;
  const noteSize = 6.2 * scale;
  const symbol = 10.5 * scale;
  const gap = 5 * scale;
  const leading = 1.25;
  const text = (
    lines: string[],
    size: number,
    weight: 'regular' | 'bold',
    colour: string,
    x: number,
    y: number,
  ): DrawOp[] => textLines(lines, x, y, { size, leading, weight, colour });
  const result: Block[] = [
    {
      height: titleSize * 1.6,
      draw: (x, y) => text([title], titleSize, 'bold', SHEET_COLOUR.ink, x, y),
    },
  ];
  for (const section of sections) {
    const heading = wrapText(section.title, columnWidth, headingSize, 'bold', measure);
    result.push({
      height: heading.length * headingSize * leading + 3 * scale,
      draw: (x, y) => text(heading, headingSize, 'bold', SHEET_COLOUR.ink, x, y + 2 * scale),
    });
    for (const item of section.items) {
      const lines = wrapText(item.label, columnWidth - symbol - gap, labelSize, 'regular', measure);
      const textHeight = lines.length * labelSize * leading;
      const height = Math.max(symbol, textHeight) + 3 * scale;
      result.push({
        height,
        draw: (x, y) => [
          ...symbolOps(item.symbol, x, y + 0.5 * scale, symbol),
          ...text(lines, labelSize, 'regular', SHEET_COLOUR.ink, x + symbol + gap, y - 0.5 * scale),
        ],
      });
    }
    for (const note of section.notes) {
      const lines = wrapText(note, columnWidth, noteSize, 'regular', measure);
      result.push({
        height: lines.length * noteSize * leading + 2 * scale,
        draw: (x, y) => text(lines, noteSize, 'regular', SHEET_COLOUR.inkSoft, x, y),
      });
    }
    const last = result[result.length - 1];
    if (last) last.height += 4 * scale; // air between sections
  }
  return result;
}

/** Splits blocks into at most `columns` columns of about equal height, in reading order. */
function columnsOf(list: Block[], columns: number): Block[][] {
  const total = list.reduce((sum, block) => sum + block.height, 0);
  const target = total / columns;
  const result: Block[][] = [[]];
  let height = 0;
  for (const block of list) {
    const column = result[result.length - 1] ?? [];
    if (column.length > 0 && height + block.height / 2 > target && result.length < columns) {
      result.push([block]);
      height = block.height;
    } else {
      column.push(block);
      height += block.height;
    }
  }
  return result;
}

export type LegendBox = { x: number; y: number; width: number; maxHeight: number; columns: number };

/**
 * The legend in `box`: the largest type (down to 60 %) at which every section fits; below that,
 * what does not fit is left out rather than drawn over the map. Returns the ops and the height used.
 */
export function legendLayout(
  title: string,
  sections: LegendSection[],
  box: LegendBox,
  measure: Measure,
): { ops: DrawOp[]; height: number } {
  const gutter = 12;
  const columnWidth = (box.width - gutter * (box.columns - 1)) / box.columns;
  let laidOut: Block[][] = [];
  for (const scale of [1, 0.92, 0.84, 0.76, 0.68, 0.6]) {
    laidOut = columnsOf(blocks(title, sections, columnWidth, scale, measure), box.columns);
    const tallest = Math.max(...laidOut.map((c) => c.reduce((sum, b) => sum + b.height, 0)));
    if (tallest <= box.maxHeight) break;
  }
  const ops: DrawOp[] = [];
  let used = 0;
  laidOut.forEach((column, index) => {
    let y = 0;
    for (const block of column) {
      if (y + block.height > box.maxHeight) break;
      ops.push(...block.draw(box.x + index * (columnWidth + gutter), box.y + y));
      y += block.height;
    }
    used = Math.max(used, y);
  });
  return { ops, height: used };
}
