// @vitest-environment jsdom
// The portable atlas (issue 14): the build's page — its JSON blocks, its fonts, its policy — and
// the export that writes a scenario into it. A scenario's text must never break out of its block.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  completePortablePage,
  portableFontFaces,
  portablePolicy,
} from '../../scripts/portable-atlas';
import { portableAtlasWith } from '../../src/export/portable-atlas';
import { EMBEDDED_BLOCK, embeddedJson } from '../../src/platform/embedded-blocks';
import { readCarriedScenario } from '../../src/scenario/carried-scenario';
import { sampleScenario } from './scenario/sample-scenario';

/** The shape of the page vite-plugin-singlefile writes: one inline module script and style. */
const SINGLE_FILE_PAGE = `<!doctype html>
<html lang="ky">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="./icons/brand-mark.svg" type="image/svg+xml" />
    <link rel="apple-touch-icon" href="./icons/apple-touch-icon.png" />
    <script type="module" crossorigin>console.log("the app");</script>
    <style rel="stylesheet" crossorigin>body{margin:0}</style>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page = completePortablePage(SINGLE_FILE_PAGE, 'data:image/svg+xml;base64,PHN2Zy8+');
const documentOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the portable page', () => {
  it('carries every geodata file, the glyphs and an empty scenario block', () => {
    const document = documentOf(page);
    const atlas = embeddedJson(EMBEDDED_BLOCK.atlas, document) as Record<string, unknown>;
    expect(Object.keys(atlas)).toContain('oblasts');
    expect((atlas.growthNodes as { nodes: unknown[] }).nodes).toHaveLength(20);
    const glyphs = embeddedJson(EMBEDDED_BLOCK.glyphs, document) as Record<string, string>;
    expect(Object.keys(glyphs)).toContain('Noto Sans Regular/1024-1279.pbf'); // Cyrillic
    expect(embeddedJson(EMBEDDED_BLOCK.carried, document)).toBeNull();
  });

  it('references no file: the icon is a data URL, the home-screen icon is gone', () => {
    expect(/(href|src)="\.?\/?icons\//.test(page)).toBe(false);
    expect(page.includes('href="data:image/svg+xml;base64,PHN2Zy8+"')).toBe(true);
  });

  it('runs only the bootstrap, whose hash the policy names, and allows no request', () => {
    const document = documentOf(page);
    const scripts = [...document.querySelectorAll('script:not([type="application/json"])')];
    expect(scripts).toHaveLength(1);
    const hash = createHash('sha256')
      .update(scripts[0]?.textContent ?? '')
      .digest('base64');
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const content = policy?.getAttribute('content') ?? '';
    expect(content).toContain(`script-src 'sha256-${hash}' blob: 'wasm-unsafe-eval'`);
    expect(content).toContain("default-src 'none'");
    expect(content).toMatch(/connect-src data: blob:;/);
    expect(content).not.toMatch(/https?:|'self'|'unsafe-inline'|'unsafe-eval'/);
    expect(portablePolicy(page)).toBe(content);
  });

  it('keeps the app code packed, not as a script', () => {
    expect(page.includes('console.log("the app")')).toBe(false);
    expect(page.includes('id="aimak-app-code"')).toBe(true);
  });
});

describe('portableFontFaces', () => {
  const face = (subset: string, weight: number) =>
    `/* noto-sans-${subset}-${weight}-normal */\n@font-face {\n  font-family: 'Noto Sans';\n  src: url(./files/noto-sans-${subset}-${weight}-normal.woff2) format('woff2'), url(./files/noto-sans-${subset}-${weight}-normal.woff) format('woff');\n  unicode-range: U+0000;\n}\n`;

  it('keeps the Latin and Cyrillic subsets, as woff2 only', () => {
    const css = [
      'cyrillic-ext',
      'cyrillic',
      'devanagari',
      'greek',
      'latin-ext',
      'latin',
      'vietnamese',
    ]
      .map((subset) => face(subset, 400))
      .join('');
    const kept = portableFontFaces(css);
    expect(kept.match(/noto-sans-[a-z-]+-400-normal \*\//g)).toEqual([
      'noto-sans-cyrillic-ext-400-normal */',
      'noto-sans-cyrillic-400-normal */',
      'noto-sans-latin-ext-400-normal */',
      'noto-sans-latin-400-normal */',
    ]);
    expect(kept).not.toContain('.woff)');
    expect(kept.match(/\.woff2\)/g)).toHaveLength(4);
  });
});

describe('portableAtlasWith', () => {
  it('writes the scenario into its block and changes nothing else', () => {
    const scenario = { ...sampleScenario(), name: 'Forum in Naryn' };
    const madeAt = new Date('2026-12-01T08:00:00Z');
    const written = portableAtlasWith(page, scenario, madeAt);
    const read = readCarriedScenario(embeddedJson(EMBEDDED_BLOCK.carried, documentOf(written)));
    expect(read).toEqual({ ok: true, carried: { scenario, madeAt } });
    const outside = (html: string) => html.replace(/id="aimak-carried-scenario">[^<]*/, '');
    expect(outside(written) === outside(page)).toBe(true);
  });

  it('keeps hostile text as text: no script element, no `$&` expansion', () => {
    const name = '</script><script>alert(1)</script><!-- $& $1 $`';
    const written = portableAtlasWith(page, { ...sampleScenario(), name }, new Date());
    const document = documentOf(written);
    expect(document.querySelectorAll('script:not([type="application/json"])')).toHaveLength(1);
    const read = readCarriedScenario(embeddedJson(EMBEDDED_BLOCK.carried, document));
    expect(read.ok === true && read.carried.scenario.name).toBe(name);
  });

  it('writes over a scenario carried before (an atlas exported from an atlas)', () => {
    const once = portableAtlasWith(
      page,
      { ...sampleScenario(), name: 'First forum in Talas' },
      new Date(),
    );
    const twice = portableAtlasWith(
      once,
      { ...sampleScenario(), name: 'Second forum in Osh' },
      new Date(),
    );
    expect(twice.includes('First forum in Talas')).toBe(false);
    expect(twice.includes('Second forum in Osh')).toBe(true);
    expect(twice.match(/id="aimak-carried-scenario"/g)).toHaveLength(1);
  });

  it('refuses a page that is not a portable atlas', () => {
    expect(() => portableAtlasWith('<html></html>', sampleScenario(), new Date())).toThrow(
      /no carried-scenario block/,
    );
  });
});
