/**
 * The page the "Atlas (HTML)" export writes the scenario into: the served app fetches the
 * portable atlas it ships (dist/aimak-atlas.html); a portable atlas exports itself, as it was
 * opened (a page opened from a file can fetch nothing, not even itself).
 */
import { PORTABLE } from '../../platform/portable';

/** The name `npm run build` ships the portable atlas under (scripts/portable-atlas.ts). */
const PORTABLE_FILE = 'aimak-atlas.html';

let openedPage: string | null = null;

/** In a portable atlas, before anything renders: keeps the page as it was opened. */
export function keepOpenedPage(): void {
  if (PORTABLE) openedPage = `<!doctype html>\n${document.documentElement.outerHTML}`;
}

/** Bytes of the template, known without loading it; null where this app has none (dev server). */
export function portableTemplateBytes(): number | null {
  if (openedPage !== null) return new Blob([openedPage]).size;
  return import.meta.env.PORTABLE_ATLAS_BYTES > 0 ? import.meta.env.PORTABLE_ATLAS_BYTES : null;
}

/** The template's text. Rejects when this app has none, or it cannot be fetched. */
export async function portableTemplate(): Promise<string> {
  if (openedPage !== null) return openedPage;
  const response = await fetch(new URL(PORTABLE_FILE, document.baseURI));
  if (!response.ok) throw new Error(`${PORTABLE_FILE}: HTTP ${response.status}`);
  return response.text();
}
