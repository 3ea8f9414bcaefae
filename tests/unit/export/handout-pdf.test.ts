// A handout through the one PDF writer: a page per slide, each with its own caption as text.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { handoutSheet } from '../../../src/export/handout-sheet';
import { pdfWriter } from '../../../src/export/pdf-document';
import { PAPER } from '../../../src/export/sheet';
import { notoSans } from '../../helpers/pdf-fonts';

const page = (n: number, caption: string) => ({
  title: `${n}-слайд`,
  subtitle: 'Аймак Атлас',
  caption,
  source: n === 1 ? 'Булагы: Концепция, §5.1' : null,
  date: '2026-ж., 1-декабрь',
  legendTitle: 'Шарттуу белгилер',
  attribution: 'Булактар: Natural Earth',
  pageNumber: `${n} / 2`,
});

describe('handout PDF', () => {
  it('adds one A4 landscape page per slide and saves them in one file', async () => {
    const writer = await pdfWriter(notoSans, { title: 'Аймак Атлас', language: 'ky' });
    const captions = ['Өсүү түйүндөрү өнүгөт.', 'Чек ара аймактары.'];
    for (const [index, caption] of captions.entries()) {
      const { sheet } = handoutSheet(PAPER.a4, page(index + 1, caption), [], writer.measure);
      await writer.addPage(sheet, null);
    }
    const pdf = await getDocument({ data: await writer.save() }).promise;
    expect(pdf.numPages).toBe(2);
    for (const [index, caption] of captions.entries()) {
      const read = await pdf.getPage(index + 1);
      expect(read.view[2]).toBeCloseTo((297 / 25.4) * 72, 0);
      expect(read.view[3]).toBeCloseTo((210 / 25.4) * 72, 0);
      const content = await read.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
      expect(text).toContain(caption);
      expect(text).toContain(`${index + 1} / 2`);
    }
  });
});
