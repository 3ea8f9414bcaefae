// Cold load to an idle map: the built app vs a bare MapLibre page drawing the same GeoJSON, in one
// run and one browser; plus the gzip size of the JavaScript the first paint needs.
// Run: npm run bench:load   (builds first; needs Chromium at /usr/bin/chromium or CHROMIUM_PATH)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launchBenchBrowser, median, serve, timeToIdle } from './browser-bench';

const RUNS = Number(process.env.RUNS ?? 9);
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
  const browser = await launchBenchBrowser();
  const app: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    // Interleaved so that machine noise hits both alike; the first pair warms the OS caches.
    const appMs = await timeToIdle(browser, `${origin}/?lang=ky`);
    const bareMs = await timeToIdle(
      browser,
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
