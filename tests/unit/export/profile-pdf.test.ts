// The profile PDF in Node: one A4 page whose text pdf.js reads back, Kyrgyz letters included.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { profilePdf } from '../../../src/export/pdf-document';
import type { TerritoryProfile } from '../../../src/profile/territory-profile';
import { notoSans as fonts } from '../../helpers/pdf-fonts';

const balykchy: TerritoryProfile = {
  kindLabel: 'Өсүү түйүнү',
  title: 'Балыкчы',
  language: 'ky',
  notes: [],
  focus: { point: [76.19, 42.46] },
  facts: [
    {
      heading: 'Облус',
      source: '§5.1',
      lines: [],
      links: [{ selection: { kind: 'region', id: 'issyk-kul' }, label: 'Ысык-Көл облусу' }],
    },
    {
      heading: 'Жайгаштырылууга тийиш',
      source: '§5.1',
      lines: [],
      items: ['Мамлекеттик бийликтин аймактык органдары', 'Логистикалык борборлор'],
    },
    {
      heading: 'Болжолдуу көрсөткүчтөр (1-таблица)',
      source: '§4',
      lines: [],
      charts: [
        {
          title: 'ДРП, млн сом',
          max: 233054,
          values: [
            { year: 2017, value: 55843, label: '55 843' },
            { year: 2018, value: 57627, label: '57 627' },
            { year: 2019, value: 63334, label: '63 334' },
          ],
        },
      ],
    },
    {
      heading: 'Логистикалык борборлорго чейинки аралык',
      source: '§5.1, §5.2',
      lines: [],
      table: {
        columns: ['Борбор', 'км'],
        rows: [
          ['Балыкчы', '0'],
          ['Бишкек', '138'],
        ],
      },
    },
  ],
};

/** The page's text as pdf.js extracts it (runs of different font subsets joined). */
async function pdfText(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
  return { pages: pdf.numPages, view: page.view, text };
}

describe('profile PDF', () => {
  it('is one A4 portrait page with the name, facts and sources as real text', async () => {
    const bytes = await profilePdf(
      balykchy,
      null,
      'Булактар: Natural Earth',
      new Date(2026, 10, 27),
      fonts,
    );
    const { pages, view, text } = await pdfText(bytes);
    expect(pages).toBe(1);
    expect(view[2]).toBeCloseTo((210 / 25.4) * 72, 0);
    expect(view[3]).toBeCloseTo((297 / 25.4) * 72, 0);
    for (const expected of [
      'Балыкчы',
      'ӨСҮҮ ТҮЙҮНҮ',
      'Ысык-Көл облусу',
      '• Логистикалык борборлор',
      'ДРП, млн сом',
      '2019',
      '63 334',
      '§5.1',
      'Natural Earth',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('embeds Noto Sans for Kyrgyz ө, ү and ң, never a missing glyph', async () => {
    const profile = {
      ...balykchy,
      facts: [{ heading: 'Өңүт', source: null, lines: ['өңүү үңкүр'] }],
    };
    const bytes = await profilePdf(profile, null, 'Булактар', new Date(2026, 10, 27), fonts);
    const { text } = await pdfText(bytes);
    expect(text).toContain('өңүү үңкүр');
    // Every font pdf.js draws with is embedded in the file (none left to the reader's system).
    const pdf = await getDocument({ data: bytes.slice() }).promise;
    const page = await pdf.getPage(1);
    await page.getOperatorList();
    const content = await page.getTextContent();
    const fontNames = new Set(
      content.items.map((item) => ('fontName' in item ? item.fontName : '')),
    );
    expect(fontNames.size).toBeGreaterThanOrEqual(3); // Latin, Cyrillic and Cyrillic Extended
    for (const name of fontNames) {
      const font = page.commonObjs.get(name) as { name: string; missingFile: boolean };
      expect(font.missingFile, font.name).toBe(false);
      expect(font.name).toMatch(/NotoSans/);
    }
  });

  it('keeps a long profile on one page and says where the rest is', async () => {
    const long = {
      ...balykchy,
      facts: Array.from({ length: 90 }, (_, i) => ({
        heading: `Факт ${i + 1}`,
        source: '§5',
        lines: ['Кыргыз Республикасынын региондук саясатынын концепциясы боюнча узун текст.'],
      })),
    };
    const bytes = await profilePdf(long, null, 'Булактар', new Date(2026, 10, 27), fonts);
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBe(1);
    expect(text).toContain('Профилдин уландысы Аймак Атласта.');
    expect(text).toContain('Факт 1');
    expect(text).not.toContain('Факт 90');
  });
});
