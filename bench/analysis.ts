// Benchmark: our full recompute and one-node drag against the same analysis straight in GEOS,
// in one process, median of ≥ 20 runs after warm-up. Prints the two ratios last.
// Usage: npm run bench:analysis [-- --runs 25]
import { readAnalysisInput } from '../scripts/analyze-input';
import { sessionOver } from '../src/analysis/analysis-session';
import { loadGeos } from '../src/analysis/geos';
import { parseAnalysisParams } from '../src/analysis/params';
import type { LonLat } from '../src/analysis/types';
import { createWorkingCopy } from '../src/analysis/working-copy';
import { CATCHMENT_METHODS } from '../src/vocabulary/analysis-params';
import { createGeosBaseline } from './analysis-geos-baseline';

const runsArg = process.argv.indexOf('--runs');
const RUNS = Math.max(20, runsArg > 0 ? Number(process.argv[runsArg + 1]) : 25);
const WARMUP = 5;
/** The dragged node: Osh, in the densest part of the network (most Voronoi neighbours). */
const DRAGGED = 'osh';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

const kit = await loadGeos();
const input = readAnalysisInput();
const positions = input.growthNodes.map((n) => n.coordinates);
let wc = createWorkingCopy(kit, input);
wc.dispose();
const prepMs = time(() => {
  wc = createWorkingCopy(kit, input);
});
const baseline = createGeosBaseline(kit, input);

const worst = { full: 0, drag: 0 };
for (const method of CATCHMENT_METHODS) {
  const params = parseAnalysisParams({ method });
  const ours: number[] = [];
  const geos: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // Interleaved, so machine noise hits both alike. A fresh session = cold caches.
    const o = time(() => {
      const s = sessionOver(wc, false);
      s.run(params);
      s.dispose();
    });
    const g = time(() => baseline.run(params, positions));
    if (i >= WARMUP) {
      ours.push(o);
      geos.push(g);
    }
  }
  const session = sessionOver(wc, false);
  session.run(params);
  const drags: number[] = [];
  let recomputed = 0;
  const start = input.growthNodes.find((n) => n.id === DRAGGED);
  if (!start) throw new Error(`no growth node ${DRAGGED}`);
  const [lon, lat] = start.coordinates;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    // Every step a new position along a small loop (~3 km), as a pointer drag produces.
    const a = (i / (WARMUP + RUNS)) * 2 * Math.PI;
    const moved: LonLat = [lon + 0.03 * Math.cos(a), lat + 0.02 * Math.sin(a)];
    let res: ReturnType<typeof session.run> | undefined;
    const ms = time(() => {
      res = session.run(params, { positions: { [DRAGGED]: moved } });
    });
    if (i >= WARMUP) {
      drags.push(ms);
      recomputed += res?.timing.recomputed ?? 0;
    }
  }
  session.dispose();
  const full = median(ours);
  const base = median(geos);
  const drag = median(drags);
  console.log(
    `${method.padEnd(8)} ours full ${full.toFixed(1)} ms | GEOS full ${base.toFixed(1)} ms | ` +
      `ours drag(${DRAGGED}) ${drag.toFixed(1)} ms (${(recomputed / RUNS).toFixed(0)} pieces recomputed) | ` +
      `full ${(full / base).toFixed(3)} drag ${(drag / base).toFixed(3)}`,
  );
  worst.full = Math.max(worst.full, full / base);
  worst.drag = Math.max(worst.drag, drag / base);
}
console.log(
  `working copy preparation (once per dataset, not in the ratios): ${prepMs.toFixed(1)} ms`,
);
console.log(
  `runs: ${RUNS} after ${WARMUP} warm-up; ratios below are the worst of the three methods`,
);
console.log(`full_ratio_vs_geos: ${worst.full.toFixed(3)}`);
console.log(`drag_ratio_vs_geos_full: ${worst.drag.toFixed(3)}`);
wc.dispose();
