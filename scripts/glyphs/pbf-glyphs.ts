/**
 * Encoder for the Mapbox/MapLibre glyph PBF format (glyphs.proto):
 *   message glyphs    { repeated fontstack stacks = 1; }
 *   message fontstack { required string name = 1; required string range = 2; repeated glyph glyphs = 3; }
 *   message glyph     { required uint32 id = 1; optional bytes bitmap = 2; required uint32 width = 3;
 *                       required uint32 height = 4; required sint32 left = 5; required sint32 top = 6;
 *                       required uint32 advance = 7; }
 * `bitmap` is (width + 2 * 3) * (height + 2 * 3) bytes of SDF; it is omitted for empty glyphs.
 */
import { PbfWriter } from 'pbf';

export const GLYPH_BORDER = 3;

export interface GlyphRecord {
  id: number;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
  /** SDF bytes, (width + 6) * (height + 6) long; empty for glyphs without ink. */
  bitmap: Uint8Array;
}

export function encodeGlyphRange(
  fontstack: string,
  start: number,
  glyphs: GlyphRecord[],
): Uint8Array {
  const sorted = [...glyphs].sort((a, b) => a.id - b.id);
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (_: unknown, w: PbfWriter) => {
      w.writeStringField(1, fontstack);
      w.writeStringField(2, `${start}-${start + 255}`);
      for (const g of sorted) {
        if (g.id < start || g.id > start + 255)
          throw new Error(`glyph ${g.id} outside range ${start}`);
        if (
          g.bitmap.length > 0 &&
          g.bitmap.length !== (g.width + 2 * GLYPH_BORDER) * (g.height + 2 * GLYPH_BORDER)
        ) {
          throw new Error(
            `glyph ${g.id}: bitmap length ${g.bitmap.length} does not match ${g.width}x${g.height}`,
          );
        }
        w.writeMessage(
          3,
          (glyph: GlyphRecord, gw: PbfWriter) => {
            // MapLibre's reader starts from {} and reads every field, so all scalar fields are
            // written explicitly, even zeros.
            gw.writeVarintField(1, glyph.id);
            if (glyph.bitmap.length > 0) gw.writeBytesField(2, glyph.bitmap);
            gw.writeVarintField(3, glyph.width);
            gw.writeVarintField(4, glyph.height);
            gw.writeSVarintField(5, glyph.left);
            gw.writeSVarintField(6, glyph.top);
            gw.writeVarintField(7, glyph.advance);
          },
          g,
        );
      }
    },
    null,
  );
  return pbf.finish();
}
