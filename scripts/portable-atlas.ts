/**
 * The portable atlas: the app built into one HTML file that opens by double-click from `file://`
 * with no server and no network (issue 14). `vite build --mode portable` bundles the app into one
 * script, inlines its workers as blobs (GEOS and HiGHS with them) and its fonts and images as data
 * URLs (vite-plugin-singlefile); the plugins below then write what a file page cannot fetch into
 * the page as JSON blocks (geodata, glyphs, the carried scenario) and give it a
 * Content-Security-Policy that allows no request at all: every script and style is pinned by hash.
 * The served build (`vite build`, after this one) ships the file as `aimak-atlas.html`, the template
 * the app's "Atlas (HTML)" export writes the current scenario into.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { ATLAS_FILES } from '../src/data/atlas-files.ts';
import {
  EMBEDDED_BLOCK,
  embeddedBlockHtml,
  scriptSafeJson,
} from '../src/platform/embedded-blocks.ts';

/** Where `vite build --mode portable` writes; the served build picks the file up from here. */
export const PORTABLE_OUT_DIR = 'dist-portable';
/** The portable atlas's name, in dist-portable/ and in the served app (dist/). */
export const PORTABLE_FILE = 'aimak-atlas.html';

/** Every geodata file the app loads, keyed as fetch-atlas.ts keys them. */
function embeddedAtlas(): string {
  const files = Object.fromEntries(
    Object.entries(ATLAS_FILES).map(([key, path]) => [
      key,
      JSON.parse(readFileSync(join('geodata', path), 'utf8')) as unknown,
    ]),
  );
  return scriptSafeJson(files);
}

/** public/glyphs/<font stack>/<range>.pbf as base64, keyed "<font stack>/<range>.pbf". */
function embeddedGlyphs(): string {
  const root = 'public/glyphs';
  const ranges: Record<string, string> = {};
  for (const stack of readdirSync(root, { withFileTypes: true })) {
    if (!stack.isDirectory()) continue;
    for (const file of readdirSync(join(root, stack.name))) {
      if (!file.endsWith('.pbf')) continue;
      const path = join(root, stack.name, file);
      ranges[relative(root, path)] = readFileSync(path).toString('base64');
    }
  }
  return scriptSafeJson(ranges);
}

/** The fontsource stylesheets main.tsx imports: one @font-face per script subset and weight. */
const FONT_CSS = /@fontsource\/noto-sans\/\d+\.css$/;
/** The subsets Kyrgyz, Russian, English and the Latin place names' diacritics need. */
const PORTABLE_SUBSETS = new Set(['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']);

/**
 * A fontsource stylesheet with only the subsets the atlas's languages need, each as woff2 only
 * (every browser that runs the atlas reads woff2; the woff fallbacks would double the fonts).
 */
export function portableFontFaces(css: string): string {
  return css
    .split(/(?=\/\* noto-sans-)/)
    .filter((face) => {
      const subset = /^\/\* noto-sans-(.+)-\d+-normal \*\//.exec(face)?.[1];
      return subset === undefined || PORTABLE_SUBSETS.has(subset);
    })
    .join('')
    .replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, '');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The contents of every `<tag …>…</tag>` (inline scripts or styles) of the page. */
function inlineContents(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(
    `<${tag}(?![^>]*type="application/json")[^>]*>([\\s\\S]*?)</${tag}>`,
    'g',
  );
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '');
}

/**
 * No request of any kind: the bootstrap script by its hash and the app it unpacks into a blob;
 * workers from the blobs the app makes of its inlined code (MapLibre's from a data URL); fonts,
 * images and wasm from data URLs; fetch only of data: and blob: URLs; styles by hash.
 */
export function portablePolicy(html: string): string {
  const scripts = inlineContents(html, 'script').map(sha256);
  const styles = inlineContents(html, 'style').map(sha256);
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')} blob: 'wasm-unsafe-eval'`,
    'worker-src blob: data:',
    'connect-src data: blob:',
    'img-src data: blob:',
    'font-src data:',
    `style-src ${styles.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The app's script, gzipped and base64-encoded in a block: a third of its size (the workers,
 * GEOS and HiGHS inside it are long strings that compress well).
 */
const APP_CODE_BLOCK = 'aimak-app-code';

/**
 * The page's only script: unpacks the app and runs it as a module from a blob URL. Its failure
 * message is plain text in the three languages (the app's own i18n is inside what failed).
 */
const BOOTSTRAP = `
try {
  const packed = JSON.parse(document.getElementById('${APP_CODE_BLOCK}').textContent);
  const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  const code = await new Response(stream).text();
  await import(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
} catch (error) {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.cssText = 'font: 18px/1.5 sans-serif; margin: 2em; white-space: pre-line';
  message.textContent = [
    'Бул браузер атласты ача албайт. Файлды Chrome, Edge же Firefox браузеринин учурдагы версиясында ачыңыз.',
    'Этот браузер не может открыть атлас. Откройте файл в актуальной версии Chrome, Edge или Firefox.',
    'This browser cannot open the atlas. Open the file in a current Chrome, Edge or Firefox.',
    String(error),
  ].join('\\n');
  document.getElementById('root').replaceChildren(message);
}
`;

/** The app's module script replaced by the bootstrap and the packed code. */
function packAppScript(html: string): string {
  const script = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!script) throw new Error('the portable page has no inline module script');
  const packed = gzipSync(script[1] ?? '', { level: 9 }).toString('base64');
  return html.replace(
    script[0],
    () =>
      `<script type="module">${BOOTSTRAP}</script>\n${embeddedBlockHtml(APP_CODE_BLOCK, JSON.stringify(packed))}`,
  );
}

/** The carried scenario's block, empty until the app's export writes a scenario into it. */
const CARRIED_SCENARIO_BLOCK = embeddedBlockHtml(EMBEDDED_BLOCK.carried, 'null');

/** The single-file page vite-plugin-singlefile made, completed into the portable atlas. */
export function completePortablePage(html: string, icon: string): string {
  const blocks = [
    embeddedBlockHtml(EMBEDDED_BLOCK.atlas, embeddedAtlas()),
    embeddedBlockHtml(EMBEDDED_BLOCK.glyphs, embeddedGlyphs()),
    CARRIED_SCENARIO_BLOCK,
  ].join('\n');
  const page = packAppScript(html)
    // The icon as a data URL; the home-screen icon belongs to the installed app, not to a file.
    .replace(
      /<link rel="icon"[^>]*>/,
      () => `<link rel="icon" href="${icon}" type="image/svg+xml" />`,
    )
    .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '')
    // Function replacers: the blocks' text may hold `$&`, which a replacement string would expand.
    .replace('<div id="root"></div>', () => `<div id="root"></div>\n${blocks}`);
  if (!page.includes(EMBEDDED_BLOCK.carried)) throw new Error('index.html needs <div id="root">');
  return page.replace(
    /<meta charset="UTF-8" \/>/i,
    (tag) =>
      `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${portablePolicy(page)}" />`,
  );
}

/** `vite build --mode portable`: writes dist-portable/aimak-atlas.html from the inlined page. */
export function portablePagePlugin(): Plugin {
  return {
    name: 'aimak-portable-page',
    apply: 'build',
    enforce: 'pre',
    // The workers come inline (a blob made from their code), not as files next to the page.
    async resolveId(source, importer) {
      if (!source.endsWith('?worker')) return null;
      return this.resolve(`${source}&inline`, importer, { skipSelf: true });
    },
    // The geodata files (`?url&no-inline` in src/data/fetch-atlas.ts) travel in the page's atlas
    // block instead: their addresses are never used, and none is shipped.
    load(id) {
      return /[?&]no-inline\b/.test(id) ? 'export default "";' : null;
    },
    transform(code, id) {
      if (!FONT_CSS.test(id)) return null;
      return { code: portableFontFaces(code), map: null };
    },
    writeBundle(options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset') throw new Error('the portable build made no index.html');
      const icon = `data:image/svg+xml;base64,${readFileSync('public/icons/brand-mark.svg').toString('base64')}`;
      const page = completePortablePage(String(index.source), icon);
      writeFileSync(join(options.dir ?? PORTABLE_OUT_DIR, PORTABLE_FILE), page);
    },
  };
}

/**
 * `vite build`: ships the portable atlas (built just before) as dist/aimak-atlas.html, and tells
 * the app its size (`import.meta.env.PORTABLE_ATLAS_BYTES`, 0 in the dev server or without it).
 */
export function shipPortablePagePlugin(): Plugin {
  const built = join(PORTABLE_OUT_DIR, PORTABLE_FILE);
  return {
    name: 'aimak-ship-portable-page',
    config: (_config, { command }) => ({
      define: {
        'import.meta.env.PORTABLE_ATLAS_BYTES': String(
          command === 'build' && existsSync(built) ? statSync(built).size : 0,
        ),
      },
    }),
    generateBundle() {
      if (!existsSync(built)) {
        this.warn(`${built} is missing: run \`npm run build\` to ship the portable atlas`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: PORTABLE_FILE, source: readFileSync(built) });
    },
  };
}
