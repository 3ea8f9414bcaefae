// What the load benchmarks share: a static server for dist/ (and the bare MapLibre baseline), a
// Chromium with software WebGL, and the time from navigation to the map's first idle.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium } from '@playwright/test';

export const DIST = 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.pbf': 'application/x-protobuf',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Serves dist/ at /, the baseline page at /bare/ and MapLibre's own files at /maplibre/. */
export function serve(): Promise<{ origin: string; close: () => void }> {
  const roots: Array<[string, string]> = [
    ['/bare/', 'bench/load-bare/'],
    ['/maplibre/', 'node_modules/maplibre-gl/dist/'],
    ['/', `${DIST}/`],
  ];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [prefix, root] = roots.find(([candidate]) => path.startsWith(candidate)) ?? [
      '/',
      `${DIST}/`,
    ];
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Milliseconds from navigation start to the page's 'map-idle' mark (MapLibre's first idle). */
export async function timeToIdle(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } }); // cold cache
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: 60_000,
  });
  const ms = await page.evaluate(
    () => performance.getEntriesByName('map-idle')[0]?.startTime ?? Number.NaN,
  );
  await context.close();
  return ms;
}
