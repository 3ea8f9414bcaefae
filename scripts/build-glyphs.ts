/**
 * Builds MapLibre SDF glyph PBFs for the map's labels from Noto Sans (SIL OFL 1.1, via
 * @fontsource/noto-sans) — fully offline, no native addons:
 *
 *   1. Node reads each Fontsource subset's WOFF `cmap` to learn which codepoints the font really has
 *      and pairs it with the subset's CSS `unicode-range` (same selection a browser would make).
 *   2. Headless Chromium (Playwright) loads those WOFF files as FontFaces from node_modules (served
 *      through page.route on a fake origin; every other request is aborted) and rasterises each
 *      codepoint with @mapbox/tiny-sdf at 24px, SDF radius 8, cutoff 0.25, 3px border.
 *   3. Node encodes the glyphs into public/glyphs/<fontstack>/<start>-<end>.pbf with `pbf`.
 *
 * Metrics follow MapLibre's own tiny-sdf → glyph conversion (GlyphManager._createGlyph):
 * left = glyphLeft, top = glyphTop - 27 (MapLibre uses 27.5 for local glyphs; PBF fields are
 * integers), advance = round(glyphAdvance). Format/control characters get zero advance, as there.
 *
 * Usage: npx tsx scripts/build-glyphs.ts   (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type TinySDF from '@mapbox/tiny-sdf';
import { chromium } from '@playwright/test';
import { encodeGlyphRange, GLYPH_BORDER, type GlyphRecord } from './glyphs/pbf-glyphs';
import { parseUnicodeRange, woffCodepoints } from './glyphs/woff-cmap';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FONT_PKG = join(ROOT, 'node_modules/@fontsource/noto-sans');
const TINY_SDF = join(ROOT, 'node_modules/@mapbox/tiny-sdf/index.js');
const OUT_DIR = join(ROOT, 'public/glyphs');
const ORIGIN = 'http://glyph-build.invalid';

/** Regular for most labels, Bold for region/oblast labels, Italic for water (lakes, rivers). */
const STACKS = [
  { name: 'Noto Sans Regular', css: '400.css', weight: '400', style: 'normal' },
  { name: 'Noto Sans Bold', css: '700.css', weight: '700', style: 'normal' },
  { name: 'Noto Sans Italic', css: '400-italic.css', weight: '400', style: 'italic' },
] as const;

/**
 * 256-codepoint ranges to build: Basic Latin + Latin-1 (« » ° · ), Latin Extended-A/B, Cyrillic
 * (incl. Kyrgyz Ңң Өө Үү), Cyrillic Supplement, General Punctuation (– — ‘ ’ “ ” …) and
 * Letterlike Symbols (№ U+2116 lives in 8448-8703, not 8192-8447).
 */
// Basic Latin + Latin-1, Cyrillic (with Kyrgyz ң ү ө), punctuation (– — …), letterlike (№).
const RANGE_STARTS = [0, 1024, 8192, 8448];

/** MapLibre's topAdjustment for tiny-sdf glyphs is 27.5; PBF `top` is an integer. */
const BASELINE_SHIFT = 27;
const FONT_SIZE = 24;

interface FontFile {
  family: string;
  file: string;
  ranges: Array<[number, number]>;
  cmap: Set<number>;
}

interface DrawJob {
  family: string;
  weight: string;
  style: string;
  codepoints: number[];
}

interface DrawnGlyph {
  id: number;
  glyphWidth: number;
  glyphHeight: number;
  glyphTop: number;
  glyphLeft: number;
  glyphAdvance: number;
  data: string; // base64
}

function readFontFaces(cssFile: string, stackIndex: number): FontFile[] {
  const css = readFileSync(join(FONT_PKG, cssFile), 'utf8');
  const faces: FontFile[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const woff = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!woff || !range) throw new Error(`unexpected @font-face block in ${cssFile}`);
    faces.push({
      family: `glyphbuild-${stackIndex}-${woff.replace(/\.woff$/, '')}`,
      file: woff,
      ranges: parseUnicodeRange(range),
      cmap: woffCodepoints(readFileSync(join(FONT_PKG, 'files', woff))),
    });
  }
  return faces;
}

/** Like a browser: the last-declared face whose unicode-range covers the codepoint and that has it. */
function pickFace(faces: FontFile[], cp: number): FontFile | undefined {
  for (let i = faces.length - 1; i >= 0; i--) {
    const f = faces[i];
    if (f?.ranges.some(([a, b]) => cp >= a && cp <= b) && f.cmap.has(cp)) return f;
  }
  return undefined;
}

const isControl = (cp: number) => /^\p{Cc}$/u.test(String.fromCodePoint(cp));
const isFormat = (cp: number) => /^\p{Cf}$/u.test(String.fromCodePoint(cp));

/** Runs in the page: loads the fonts, then rasterises every job with tiny-sdf. */
async function drawInPage(args: {
  faces: Array<{ family: string; url: string; weight: string; style: string }>;
  jobs: DrawJob[];
  fontSize: number;
  border: number;
}): Promise<DrawnGlyph[][]> {
  const TinySDFCtor = (window as unknown as { TinySDF: typeof TinySDF }).TinySDF;
  for (const f of args.faces) {
    const face = new FontFace(f.family, `url(${f.url}) format('woff')`, {
      weight: f.weight,
      style: f.style,
    });
    await face.load();
    document.fonts.add(face);
  }
  await document.fonts.ready;
  const toBase64 = (bytes: Uint8ClampedArray) => {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  };
  return args.jobs.map((job) => {
    // Build with a wider buffer so the canvas fits glyphs up to 42px, then draw with the real
    // 3px border — the same trick MapLibre's GlyphManager uses (TinySDF.buffer is public).
    const sdf = new TinySDFCtor({
      fontSize: args.fontSize,
      buffer: args.border * 2,
      radius: 8,
      cutoff: 0.25,
      fontFamily: `"${job.family}"`,
      fontWeight: job.weight,
      fontStyle: job.style,
    });
    (sdf as unknown as { buffer: number }).buffer = args.border;
    if (!document.fonts.check(`${job.style} ${job.weight} ${args.fontSize}px "${job.family}"`)) {
      throw new Error(`font ${job.family} not loaded`);
    }
    return job.codepoints.map((id) => {
      const g = sdf.draw(String.fromCodePoint(id));
      return {
        id,
        glyphWidth: g.glyphWidth,
        glyphHeight: g.glyphHeight,
        glyphTop: g.glyphTop,
        glyphLeft: g.glyphLeft,
        glyphAdvance: g.glyphAdvance,
        data: toBase64(g.data),
      };
    });
  });
}

async function main(): Promise<void> {
  const pkgVersion = JSON.parse(readFileSync(join(FONT_PKG, 'package.json'), 'utf8'))
    .version as string;
  const stacks = STACKS.map((s, i) => ({ ...s, faces: readFontFaces(s.css, i) }));

  // Decide, per stack, which face draws each codepoint of the wanted ranges.
  const plan = stacks.map((stack) => {
    const byFace = new Map<FontFile, number[]>();
    const formatChars: number[] = [];
    for (const start of RANGE_STARTS) {
      for (let cp = start; cp < start + 256; cp++) {
        if (isControl(cp)) continue;
        const face = pickFace(stack.faces, cp);
        if (!face) continue;
        if (isFormat(cp)) {
          formatChars.push(cp);
          continue;
        }
        const list = byFace.get(face) ?? [];
        list.push(cp);
        byFace.set(face, list);
      }
    }
    return { stack, byFace, formatChars };
  });

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
  let drawn: DrawnGlyph[][];
  const jobs: DrawJob[] = [];
  const faces: Array<{ family: string; url: string; weight: string; style: string }> = [];
  try {
    const page = await browser.newPage();
    // tsx/esbuild wraps named functions in `__name(...)`; give the serialised drawInPage that helper.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    const tinySdfSource = readFileSync(TINY_SDF, 'utf8');
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/') {
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><meta charset="utf-8"><script type="module">import TinySDF from '/tiny-sdf.js'; window.TinySDF = TinySDF; window.glyphBuildReady = true;</script>`,
        });
      }
      if (url.pathname === '/tiny-sdf.js') {
        return route.fulfill({ contentType: 'text/javascript', body: tinySdfSource });
      }
      const font = /^\/fonts\/([\w-]+\.woff)$/.exec(url.pathname)?.[1];
      if (font) {
        return route.fulfill({
          contentType: 'font/woff',
          body: readFileSync(join(FONT_PKG, 'files', font)),
        });
      }
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(
      () => (window as unknown as { glyphBuildReady?: boolean }).glyphBuildReady,
    );

    for (const { stack, byFace } of plan) {
      for (const [face, codepoints] of byFace) {
        faces.push({
          family: face.family,
          url: `/fonts/${face.file}`,
          weight: stack.weight,
          style: stack.style,
        });
        jobs.push({ family: face.family, weight: stack.weight, style: stack.style, codepoints });
      }
    }
    drawn = await page.evaluate(drawInPage, {
      faces,
      jobs,
      fontSize: FONT_SIZE,
      border: GLYPH_BORDER,
    });
  } finally {
    await browser.close();
  }

  // Regroup drawn glyphs per stack and encode.
  const glyphsByStack = new Map<string, GlyphRecord[]>();
  let jobIndex = 0;
  for (const { stack, byFace, formatChars } of plan) {
    const records: GlyphRecord[] = [];
    for (let i = 0; i < byFace.size; i++) {
      for (const g of drawn[jobIndex++] ?? []) {
        const hasInk = g.glyphWidth > 0 && g.glyphHeight > 0;
        if (g.glyphWidth >= 42 || g.glyphHeight >= 42) {
          console.warn(`${stack.name}: U+${g.id.toString(16)} may be clipped`);
        }
        records.push({
          id: g.id,
          width: hasInk ? g.glyphWidth : 0,
          height: hasInk ? g.glyphHeight : 0,
          left: hasInk ? g.glyphLeft : 0,
          top: hasInk ? g.glyphTop - BASELINE_SHIFT : -BASELINE_SHIFT,
          advance: Math.max(0, Math.round(g.glyphAdvance)),
          bitmap: hasInk ? new Uint8Array(Buffer.from(g.data, 'base64')) : new Uint8Array(0),
        });
      }
    }
    for (const id of formatChars) {
      records.push({
        id,
        width: 0,
        height: 0,
        left: 0,
        top: -BASELINE_SHIFT,
        advance: 0,
        bitmap: new Uint8Array(0),
      });
    }
    glyphsByStack.set(stack.name, records);
  }

  for (const { name } of STACKS) rmSync(join(OUT_DIR, name), { recursive: true, force: true });
  const hash = createHash('sha256');
  const summary: string[] = [];
  for (const { name } of STACKS) {
    const dir = join(OUT_DIR, name);
    mkdirSync(dir, { recursive: true });
    const all = glyphsByStack.get(name) ?? [];
    for (const start of RANGE_STARTS) {
      const inRange = all.filter((g) => g.id >= start && g.id <= start + 255);
      if (inRange.length === 0) continue;
      const bytes = encodeGlyphRange(name, start, inRange);
      const file = join(dir, `${start}-${start + 255}.pbf`);
      writeFileSync(file, bytes);
      hash.update(file.slice(OUT_DIR.length)).update(bytes);
      summary.push(
        `${name}/${start}-${start + 255}.pbf  ${inRange.length} glyphs  ${bytes.length} B`,
      );
    }
  }

  const ofl = readFileSync(join(FONT_PKG, 'LICENSE'), 'utf8');
  writeFileSync(
    join(OUT_DIR, 'LICENSE.md'),
    `# Glyphs licence

The SDF glyph files in this directory (${STACKS.map((s) => `\`${s.name}/\``).join(', ')}) are
rasterised by \`scripts/build-glyphs.ts\` from **Noto Sans** (Regular 400, Bold 700, Italic 400),
taken from the npm package \`@fontsource/noto-sans@${pkgVersion}\`
(upstream: https://github.com/notofonts/latin-greek-cyrillic).

Noto Sans is licensed under the **SIL Open Font License, Version 1.1**; the glyph files are a
derivative of the Font Software and are distributed under the same licence, reproduced below.

---

${ofl.trim()}
`,
  );

  const totalBytes = dirSize(OUT_DIR);
  console.log(summary.join('\n'));
  console.log(`total public/glyphs: ${totalBytes} B (${(totalBytes / 1024).toFixed(1)} KiB)`);
  console.log(`sha256 of all PBFs: ${hash.digest('hex')}`);
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    const st = statSync(p);
    total += st.isDirectory() ? dirSize(p) : st.size;
  }
  return total;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
