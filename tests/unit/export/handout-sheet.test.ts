// The handout page's layout, checked with a stand-in font measure: everything on the page,
// the caption whole and clear of the key, the key there when the slide shows layers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handoutSheet } from '../../../src/export/handout-sheet';
import { atlasLegendTexts, legendSections } from '../../../src/export/legend-entries';
import { type DrawOp, PAPER, type Rect } from '../../../src/export/sheet';
import { realAtlas } from '../../helpers/atlas';

/** Noto Sans averages about 0.55 em per letter: close enough to lay out. */
const measure = (text: string, size: number) => text.length * size * 0.55;
const atlas = realAtlas();
const tour = JSON.parse(readFileSync('geodata/concept/tour.json', 'utf8')) as {
  chapters: Array<{ caption: { ky: string; ru: string; en: string }; source: string }>;
};
const longest = tour.chapters
  .flatMap((chapter) => [chapter.caption.ky, chapter.caption.ru, chapter.caption.en])
  .reduce((a, b) => (b.length > a.length ? b : a));

const analyse = {
  overlays: { oblasts: true, growthNodes: true, logistics: false, clusters: false },
  mode: 'analyse' as const,
  analysisLayers: { catchments: true, overlaps: true, uncovered: true, zones: false, band: false },
};
const legend = legendSections({
  view: analyse,
  language: 'ru',
  clusters: atlas.clusters.clusters,
  zones: atlas.zones.influence.zones,
  analysisShown: true,
  candidates: false,
  choropleth: null,
  texts: atlasLegendTexts(atlas, 'ru'),
});
const text = {
  title: 'Точки роста',
  subtitle: 'Аймак Атлас · Концепция региональной политики Кыргызской Республики на 2018–2022 годы',
  caption: longest,
  source: 'Источник: Концепция, §5.1',
  date: '1 декабря 2026 г.',
  legendTitle: 'Условные обозначения',
  attribution: 'Источники: Natural Earth · GeoNames · Концепция региональной политики',
  pageNumber: '3 / 10',
};

const texts = (ops: DrawOp[]) => ops.flatMap((op) => (op.type === 'text' ? [op] : []));
const mapOf = (ops: DrawOp[]) => ops.find((op) => op.type === 'map')?.rect as Rect;
/** The box a left-aligned text op covers, from its baseline and measured width. */
const box = (op: Extract<DrawOp, { type: 'text' }>) => {
  const width = measure(op.text, op.size);
  const left =
    op.align === 'right' ? op.x - width : op.align === 'center' ? op.x - width / 2 : op.x;
  return { left, right: left + width, top: op.y - op.size, bottom: op.y + op.size * 0.25 };
};
/** The caption's lines: drawn after the page number, before the source and the key. */
const captionOps = (ops: DrawOp[]) => {
  const all = texts(ops);
  const start = all.findIndex((op) => op.text === text.pageNumber) + 1;
  const end = all.findIndex((op) => op.text === text.source || op.text === text.legendTitle);
  return all.slice(start, end === -1 ? undefined : end);
};

describe('handout page', () => {
  it('sets every text inside the A4 landscape page, beside the map and not over it', () => {
    const { sheet, mapFrame } = handoutSheet(PAPER.a4, text, legend, measure);
    expect(mapOf(sheet.ops)).toEqual(mapFrame);
    for (const op of texts(sheet.ops)) {
      const { left, right, top, bottom } = box(op);
      expect(left, op.text).toBeGreaterThanOrEqual(0);
      expect(right, op.text).toBeLessThanOrEqual(sheet.width);
      expect(top, op.text).toBeGreaterThanOrEqual(0);
      expect(bottom, op.text).toBeLessThanOrEqual(sheet.height);
      const overMap =
        left < mapFrame.x + mapFrame.width &&
        right > mapFrame.x &&
        top < mapFrame.y + mapFrame.height &&
        bottom > mapFrame.y;
      expect(overMap, op.text).toBe(false);
    }
    expect(mapFrame.width).toBeGreaterThan(sheet.width * 0.5);
  });

  it('prints the longest caption of the tour whole, above the source and the key', () => {
    const { sheet } = handoutSheet(PAPER.a4, text, legend, measure);
    const caption = captionOps(sheet.ops);
    expect(caption.map((op) => op.text).join(' ')).toBe(longest.split(/\s+/).join(' '));
    const all = texts(sheet.ops);
    const source = all.find((op) => op.text === text.source);
    const key = all.find((op) => op.text === text.legendTitle);
    const lastLine = caption[caption.length - 1];
    expect(source && lastLine && source.y > lastLine.y).toBe(true);
    expect(key && source && key.y > source.y).toBe(true);
  });

  it('sets a caption too long for its size smaller, and cuts one beyond any size at the box', () => {
    const short = captionOps(handoutSheet(PAPER.a4, text, legend, measure).sheet.ops);
    const slideLimit = `${longest} ${longest}`.slice(0, 500);
    const long = captionOps(
      handoutSheet(PAPER.a4, { ...text, caption: slideLimit }, legend, measure).sheet.ops,
    );
    expect(long[0]?.size).toBeLessThanOrEqual(short[0]?.size ?? 0);
    expect(long.map((op) => op.text).join(' ')).toBe(slideLimit.split(/\s+/).join(' '));

    const endless = Array.from({ length: 40 }, () => longest).join(' ');
    const { sheet } = handoutSheet(PAPER.a4, { ...text, caption: endless }, legend, measure);
    const cut = captionOps(sheet.ops);
    expect(cut[cut.length - 1]?.text.endsWith('…')).toBe(true);
    for (const op of cut) expect(box(op).bottom).toBeLessThan(sheet.height);
    // The key keeps its place below the caption.
    expect(texts(sheet.ops).some((op) => op.text === text.legendTitle)).toBe(true);
  });

  it('draws the key of what the slide shows, and none when it shows no layer', () => {
    const withKey = texts(handoutSheet(PAPER.a4, text, legend, measure).sheet.ops);
    expect(withKey.map((op) => op.text)).toContain('Условные обозначения');
    expect(withKey.some((op) => op.text.startsWith('Зоны тяготения'))).toBe(true);
    const withoutKey = texts(handoutSheet(PAPER.a4, text, [], measure).sheet.ops);
    expect(withoutKey.map((op) => op.text)).not.toContain('Условные обозначения');
  });

  it('numbers the page, dates it, cites the section and leaves the source out when there is none', () => {
    const printed = texts(handoutSheet(PAPER.a4, text, legend, measure).sheet.ops).map(
      (op) => op.text,
    );
    expect(printed).toEqual(
      expect.arrayContaining(['3 / 10', '1 декабря 2026 г.', 'Точки роста', text.source]),
    );
    const userSlide = texts(
      handoutSheet(PAPER.a4, { ...text, title: 'Слайд 2', source: null }, [], measure).sheet.ops,
    );
    expect(userSlide.map((op) => op.text)).toContain('Слайд 2');
    expect(userSlide.some((op) => op.text.startsWith('Источник:'))).toBe(false);
  });
});
