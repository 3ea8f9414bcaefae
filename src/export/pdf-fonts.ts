/**
 * Noto Sans for PDFs, from the app's own font files (fetched only when a PDF is made, and
 * precached for offline use): WOFF, since pdf-lib's fontkit can subset it but not WOFF2.
 */

import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillicBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import cyrillicExt from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?url';
import cyrillicExtBold from '@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff?url';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latinBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import type { PdfFontFiles } from './pdf-document';

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Latin, Cyrillic and Cyrillic Extended (Kyrgyz ө ү ң) subsets, regular and bold. */
export async function loadPdfFonts(): Promise<PdfFontFiles> {
  const [regular, bold] = await Promise.all([
    Promise.all([latin, cyrillic, cyrillicExt].map(bytes)),
    Promise.all([latinBold, cyrillicBold, cyrillicExtBold].map(bytes)),
  ]);
  return { regular, bold };
}
