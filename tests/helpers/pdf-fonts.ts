// The PDF writer's Noto Sans subsets, read from node_modules as the app fetches them.
import { readFileSync } from 'node:fs';
import type { PdfFontFiles } from '../../src/export/pdf-document';

const font = (subset: string, weight: number) =>
  new Uint8Array(
    readFileSync(
      `node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
    ),
  );

export const notoSans: PdfFontFiles = {
  regular: ['latin', 'cyrillic', 'cyrillic-ext'].map((subset) => font(subset, 400)),
  bold: ['latin', 'cyrillic', 'cyrillic-ext'].map((subset) => font(subset, 700)),
};
