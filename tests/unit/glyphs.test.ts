// @vitest-environment node
/**
 * Decodes the committed SDF glyph PBFs (public/glyphs, built by scripts/build-glyphs.ts) the way
 * MapLibre's parseGlyphPbf does, and checks that every label script the atlas needs is covered.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';

const GLYPHS_DIR = fileURLToPath(new URL('../../public/glyphs', import.meta.url));
const BORDER = 3;
const STACKS = ['Noto Sans Regular', 'Noto Sans Bold', 'Noto Sans Italic'];
const RANGES = ['0-255', '1024-1279', '8192-8447', '8448-8703'];

interface Glyph {
  id: number;
  bitmap?: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

interface Fontstack {
  name?: string;
  range?: string;
  glyphs: Glyph[];
}

function readGlyph(tag: number, g: Glyph, pbf: PbfReader): void {
  if (tag === 1) g.id = pbf.readVarint();
  else if (tag === 2) g.bitmap = pbf.readBytes();
  else if (tag === 3) g.width = pbf.readVarint();
  else if (tag === 4) g.height = pbf.readVarint();
  else if (tag === 5) g.left = pbf.readSVarint();
  else if (tag === 6) g.top = pbf.readSVarint();
  else if (tag === 7) g.advance = pbf.readVarint();
}

function readFontstack(tag: number, fs: Fontstack, pbf: PbfReader): void {
  if (tag === 1) fs.name = pbf.readString();
  else if (tag === 2) fs.range = pbf.readString();
  else if (tag === 3) fs.glyphs.push(pbf.readMessage(readGlyph, {} as Glyph));
}

function decode(stack: string, range: string): Fontstack[] {
  const file = join(GLYPHS_DIR, stack, `${range}.pbf`);
  if (!existsSync(file)) throw new Error(`missing glyph range ${stack}/${range}.pbf`);
  return new PbfReader(readFileSync(file)).readFields((tag, out: Fontstack[], pbf) => {
    if (tag === 1) out.push(pbf.readMessage(readFontstack, { glyphs: [] }));
  }, []);
}

function glyphMap(stack: string): Map<number, Glyph> {
  const byId = new Map<number, Glyph>();
  for (const range of RANGES)
    for (const g of decode(stack, range)[0]?.glyphs ?? []) byId.set(g.id, g);
  return byId;
}

const chars = (s: string) => [...s].map((c) => c.codePointAt(0) as number);

/** Codepoints that must render with ink in every stack. */
const REQUIRED = chars(
  'ABCXYZabcxyz0189.,-()' + // basic Latin
    '«»°·' + // Latin-1 punctuation
    'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' + // Russian
    'ӨҮҢөүң' + // Kyrgyz
    '–—‘’“”…' + // general punctuation
    '№',
);

describe('SDF glyph PBFs', () => {
  for (const stack of STACKS) {
    describe(stack, () => {
      it('has every range, each a single well-formed fontstack', () => {
        for (const range of RANGES) {
          const stacks = decode(stack, range);
          expect(stacks).toHaveLength(1);
          const [fs] = stacks;
          expect(fs?.name).toBe(stack);
          expect(fs?.range).toBe(range);
          expect(fs?.glyphs.length).toBeGreaterThan(0);
          const [start, end] = range.split('-').map(Number) as [number, number];
          for (const g of fs?.glyphs ?? []) {
            expect(g.id).toBeGreaterThanOrEqual(start);
            expect(g.id).toBeLessThanOrEqual(end);
            for (const key of ['width', 'height', 'left', 'top', 'advance'] as const) {
              expect(Number.isInteger(g[key]), `U+${g.id.toString(16)} ${key}`).toBe(true);
            }
            if (g.width > 0) {
              expect(g.bitmap?.length).toBe((g.width + 2 * BORDER) * (g.height + 2 * BORDER));
            }
          }
        }
      });

      it('covers Latin, Russian and Kyrgyz letters and map punctuation with real glyphs', () => {
        const byId = glyphMap(stack);
        for (const id of REQUIRED) {
          const label = `${String.fromCodePoint(id)} U+${id.toString(16).toUpperCase()}`;
          const g = byId.get(id);
          expect(g, label).toBeDefined();
          if (!g) continue;
          expect(g.width, label).toBeGreaterThan(0);
          expect(g.height, label).toBeGreaterThan(0);
          expect(g.advance, label).toBeGreaterThan(0);
          expect(g.bitmap?.length, label).toBe((g.width + 2 * BORDER) * (g.height + 2 * BORDER));
          // An SDF of a real glyph has inside (>= 192) and outside (< 192) samples.
          const bitmap = g.bitmap ?? new Uint8Array(0);
          expect(
            bitmap.some((v) => v >= 192),
            label,
          ).toBe(true);
          expect(
            bitmap.some((v) => v < 192),
            label,
          ).toBe(true);
        }
        const space = byId.get(32);
        expect(space?.width).toBe(0);
        expect(space?.advance).toBeGreaterThan(0);
      });

      it('puts the baseline where MapLibre expects it (cap tops near -10, x-height tops near -14)', () => {
        const byId = glyphMap(stack);
        const top = (c: string) => byId.get(c.codePointAt(0) as number)?.top ?? Number.NaN;
        expect(top('H')).toBeGreaterThanOrEqual(-12);
        expect(top('H')).toBeLessThanOrEqual(-8);
        expect(top('х')).toBeLessThan(top('H'));
      });
    });
  }
});
