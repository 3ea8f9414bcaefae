// Benchmark: parseFile on a generated 100 000-point CSV against a bare Papa.parse of the same
// text, in one process, median of the runs after a warm-up; then the heap the parsed layer holds
// and the process's peak RSS. The points are synthetic (a seeded generator inside a bounding box):
// a load to time, not data anyone sees.
// Usage: npm run bench:import [-- --runs 7]
import Papa from 'papaparse';
import { parseFile } from '../src/user-data/parse-file';

const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(3, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5);
const POINTS = 100_000;

/** A seeded linear congruential generator: the same file on every run and machine. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function syntheticCsv(): string {
  const random = generator(12);
  const lines = ['name,lat,lon,population,kind'];
  for (let i = 0; i < POINTS; i++) {
    const lat = (39.2 + random() * 4).toFixed(5);
    const lon = (69.3 + random() * 10.9).toFixed(5);
    lines.push(
      `point ${i},${lat},${lon},${Math.floor(random() * 50_000)},${i % 3 ? 'village' : 'town'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const gc = (globalThis as { gc?: () => void }).gc;

const text = syntheticCsv();
const bytes = new TextEncoder().encode(text);
const ours: number[] = [];
const bare: number[] = [];
for (let i = 0; i <= RUNS; i++) {
  // Interleaved, so machine noise hits both alike; run 0 is the warm-up.
  let t = performance.now();
  const outcome = await parseFile('bench.csv', bytes);
  const o = performance.now() - t;
  if (
    !outcome.ok ||
    outcome.parts[0]?.kind !== 'features' ||
    outcome.parts[0].features.length !== POINTS
  ) {
    throw new Error(
      `parseFile did not read ${POINTS} points: ${JSON.stringify(outcome.ok || outcome.problem)}`,
    );
  }
  t = performance.now();
  Papa.parse(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
  const b = performance.now() - t;
  if (i > 0) {
    ours.push(o);
    bare.push(b);
  }
}

gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const kept = await parseFile('bench.csv', bytes);
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const features = kept.ok && kept.parts[0]?.kind === 'features' ? kept.parts[0].features.length : 0;

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(`CSV: ${POINTS} points, ${mb(bytes.length)} MB; ${RUNS} runs after a warm-up`);
console.log(`parseFile       median ${median(ours).toFixed(0)} ms`);
console.log(`Papa.parse bare median ${median(bare).toFixed(0)} ms`);
console.log(
  `heap held by the parsed layer (${features} features): ${gc ? `${mb(heapAfter - heapBefore)} MB` : 'n/a (run with --expose-gc)'}`,
);
console.log(`peak RSS of the process: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
console.log(`ratio parseFile / bare Papa.parse: ${(median(ours) / median(bare)).toFixed(2)}`);
