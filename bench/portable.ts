// Cold open of the portable atlas (dist/aimak-atlas.html, opened as file:// like a double-click)
// against the served app (dist/ over HTTP), to the map's first idle, in one run and one browser;
// plus the file's size and what takes the room in it.
// Run: npm run bench:portable   (builds first; needs Chromium at /usr/bin/chromium or CHROMIUM_PATH)
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST, launchBenchBrowser, median, serve, timeToIdle } from './browser-bench';

const RUNS = Number(process.env.RUNS ?? 7);
const FILE = resolve(DIST, 'aimak-atlas.html');
const MiB = 1024 * 1024;

/** Bytes of each JSON block of the page, and of the long strings inside the packed app code. */
function roomTaken(html: string): Array<[string, number]> {
  const blocks = [
    ...html.matchAll(/<script type="application\/json" id="([^"]+)">([^<]*)<\/script>/g),
  ];
  const rows: Array<[string, number]> = blocks.map((block) => [
    `block ${block[1]}`,
    Buffer.byteLength(block[2] ?? ''),
  ]);
  const packed = blocks.find((block) => block[1] === 'aimak-app-code')?.[2];
  if (packed) {
    const code = gunzipSync(Buffer.from(JSON.parse(packed) as string, 'base64')).toString();
    const inlined = [...code.matchAll(/data:([a-z/+.-]+);base64,[A-Za-z0-9+/=]+/g)];
    const byType = new Map<string, number>();
    for (const match of inlined)
      byType.set(match[1] ?? '', (byType.get(match[1] ?? '') ?? 0) + match[0].length);
    rows.push([`  unpacked app code`, code.length]);
    for (const [type, bytes] of byType) rows.push([`    of which data:${type} (base64)`, bytes]);
  }
  return rows;
}

async function main() {
  const { origin, close } = await serve();
  const browser = await launchBenchBrowser();
  const served: number[] = [];
  const portable: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    // Interleaved so that machine noise hits both alike; the first pair warms the OS caches.
    const servedMs = await timeToIdle(browser, `${origin}/?lang=ky`);
    const portableMs = await timeToIdle(browser, `file://${FILE}?lang=ky`);
    if (run > 0) {
      served.push(servedMs);
      portable.push(portableMs);
    }
  }
  await browser.close();
  close();

  const html = readFileSync(FILE, 'utf8');
  console.log(`runs: ${RUNS} each, median, cold browser context, 1920x1080, SwiftShader WebGL`);
  console.log(
    `served_idle_ms: ${median(served).toFixed(0)}   (all: ${served.map((v) => v.toFixed(0)).join(' ')})`,
  );
  console.log(
    `portable_idle_ms: ${median(portable).toFixed(0)}   (all: ${portable.map((v) => v.toFixed(0)).join(' ')})`,
  );
  console.log(`portable_vs_served_ratio: ${(median(portable) / median(served)).toFixed(2)}`);
  console.log(`portable_file_mib: ${(statSync(FILE).size / MiB).toFixed(2)}`);
  for (const [what, bytes] of roomTaken(html))
    console.log(`${what}: ${(bytes / MiB).toFixed(2)} MiB`);
}

await main();
