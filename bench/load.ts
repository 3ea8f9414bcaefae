// Cold load to an idle map: the built app vs a bare MapLibre page drawing the same GeoJSON, in one
// run and one browser; plus the gzip size of the JavaScript the first paint needs.
// Run: npm run bench:load   (builds first; needs Chromium at /usr/bin/chromium or CHROMIUM_PATH)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const RUNS = Number(process.env.RUNS ?? 9);
const DIST = 'dist';
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
function serve(): Promise<{ origin: string; close: () => void }> {
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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function gzipKiB(files: string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0) / 1024;
}

/** The entry script and the chunks index.html preloads: what runs before the first paint. */
function initialScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) =>
    join(DIST, match[1] ?? ''),
  );
}

async function main() {
  const { origin, close } = await serve();
  const geojson = readdirSync(join(DIST, 'assets'))
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => `/assets/${name}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
  /** Milliseconds from navigation start to the page's 'map-idle' mark (MapLibre's first idle). */
  const timeToIdle = async (url: string) => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } }); // cold cache
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
      timeout: 60_000,
    });
    const ms = await page.evaluate(
      () => performance.getEntriesByName('map-idle')[0]?.startTime ?? NaN,
    );
    await context.close();
    return ms;
  };
  const app: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    // Interleaved so that machine noise hits both alike; the first pair warms the OS caches.
    const appMs = await timeToIdle(`${origin}/?lang=ky`);
    const bareMs = await timeToIdle(
      `${origin}/bare/?files=${encodeURIComponent(JSON.stringify(geojson))}`,
    );
    if (run > 0) {
      app.push(appMs);
      bare.push(bareMs);
    }
  }
  await browser.close();
  close();

  const initial = initialScripts();
  const allJs = readdirSync(join(DIST, 'assets'))
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => join(DIST, 'assets', name));
  console.log(`runs: ${RUNS} each, median, cold browser context, 1920x1080, SwiftShader WebGL`);
  console.log(
    `app_idle_ms: ${median(app).toFixed(0)}   (all: ${app.map((v) => v.toFixed(0)).join(' ')})`,
  );
  console.log(
    `bare_maplibre_idle_ms: ${median(bare).toFixed(0)}   (all: ${bare.map((v) => v.toFixed(0)).join(' ')})`,
  );
  console.log(`initial_js_gzip_kib: ${gzipKiB(initial).toFixed(1)}   (${initial.join(', ')})`);
  console.log(
    `all_js_gzip_kib: ${gzipKiB(allJs).toFixed(1)}   (incl. lazy map chunk and MapLibre worker)`,
  );
  console.log(`load_ratio_vs_bare_maplibre: ${(median(app) / median(bare)).toFixed(2)}`);
}

await main();
