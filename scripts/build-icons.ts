/**
 * Renders the PWA icons from public/icons/brand-mark.svg with headless Chromium.
 * Output (committed): public/icons/icon-192.png, icon-512.png, icon-maskable-512.png,
 * apple-touch-icon.png. Run with `npm run build:icons` after changing the SVG.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const ICON_DIR = resolve(import.meta.dirname, '../public/icons');
const NAVY = '#16223a';

interface IconSpec {
  file: string;
  size: number;
  /** Diameter of the mark as a share of the icon's side. */
  scale: number;
  /** Opaque background, or transparent when absent. */
  background?: string;
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, scale: 0.94 },
  { file: 'icon-512.png', size: 512, scale: 0.94 },
  // Maskable: full-bleed background, the mark inside the 80 % safe zone.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.6, background: NAVY },
  // iOS fills transparency with black, so the touch icon is opaque.
  { file: 'apple-touch-icon.png', size: 180, scale: 0.72, background: NAVY },
];

function iconPage(svg: string, { size, scale, background }: IconSpec): string {
  const mark = Math.round(size * scale);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${size}px; height: ${size}px; overflow: hidden;
      background: ${background ?? 'transparent'}; }
    body { display: grid; place-items: center; }
    svg { width: ${mark}px; height: ${mark}px; display: block; }
  </style></head><body>${svg}</body></html>`;
}

async function main(): Promise<void> {
  const svg = readFileSync(resolve(ICON_DIR, 'brand-mark.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({
        viewport: { width: icon.size, height: icon.size },
        deviceScaleFactor: 1,
      });
      await page.setContent(iconPage(svg, icon));
      await page.screenshot({
        path: resolve(ICON_DIR, icon.file),
        omitBackground: icon.background === undefined,
      });
      await page.close();
      console.log(`public/icons/${icon.file} (${icon.size}×${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
