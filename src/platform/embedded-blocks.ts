/**
 * What the portable atlas carries in its page, since a page opened from a file may fetch nothing:
 * JSON blocks (`<script type="application/json" id=…>`) written by scripts/portable-atlas.ts.
 */

/** The ids of the blocks. */
export const EMBEDDED_BLOCK = {
  /** Every geodata file, keyed as src/data/atlas.ts names them. */
  atlas: 'aimak-embedded-atlas',
  /** The glyph PBFs of public/glyphs, base64, keyed "<font stack>/<range>.pbf". */
  glyphs: 'aimak-embedded-glyphs',
  /** The scenario the atlas was exported with, or null. */
  carried: 'aimak-carried-scenario',
} as const;

/**
 * The parsed content of one block of the page.
 * Throws, naming the block, when it is missing or is not JSON.
 */
export function embeddedJson(
  id: string,
  root: Pick<Document, 'getElementById'> = document,
): unknown {
  const block = root.getElementById(id);
  if (!block?.textContent) throw new Error(`The portable atlas has no ${id} block`);
  try {
    return JSON.parse(block.textContent) as unknown;
  } catch {
    throw new Error(`The ${id} block of the portable atlas is not JSON`);
  }
}

/** `<`, `>` and `&` escaped, so JSON in a `<script>` block can never close it or open a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

/** One block as HTML; `json` must come from scriptSafeJson. */
export function embeddedBlockHtml(id: string, json: string): string {
  return `<script type="application/json" id="${id}">${json}</script>`;
}
