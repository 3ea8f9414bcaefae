import { describe, expect, it } from 'vitest';
import { createAnalysisSession } from '../../../src/analysis/analysis-session';
import { loadGeos } from '../../../src/analysis/geos';
import { runAnalysis } from '../../../src/analysis/run-analysis';
import type { AnalysisResult, LonLat } from '../../../src/analysis/types';
import { analysisInput } from './analysis-test-kit';

function expectSameResult(a: AnalysisResult, b: AnalysisResult) {
  const close = (x: number, y: number) =>
    expect(Math.abs(x - y)).toBeLessThan(1e-6 * Math.max(1, Math.abs(y)));
  close(a.coverage.coveredAreaKm2, b.coverage.coveredAreaKm2);
  close(a.coverage.overlapAreaKm2, b.coverage.overlapAreaKm2);
  expect(a.coverage.settlementsCovered).toBe(b.coverage.settlementsCovered);
  a.coverage.nodes.forEach((n, i) => {
    const m = b.coverage.nodes[i];
    expect(n.node).toBe(m?.node);
    close(n.areaKm2, m?.areaKm2 ?? Number.NaN);
    expect(n.settlements).toBe(m?.settlements);
  });
  a.coverage.regions.forEach((r, i) => {
    close(r.coveredAreaKm2 ?? 0, b.coverage.regions[i]?.coveredAreaKm2 ?? 0);
  });
  expect(a.uncovered.features.length).toBe(b.uncovered.features.length);
  expect(a.overlaps.features.length).toBe(b.overlaps.features.length);
}

describe('incremental session', () => {
  it.each(['radius', 'nearest', 'combined'] as const)(
    '%s: a drag gives the same result as a full run',
    async (method) => {
      const session = createAnalysisSession(await loadGeos(), analysisInput());
      session.run({ method });
      const path: LonLat[] = [
        [72.9, 40.6],
        [73.1, 40.7],
        [72.7, 40.45],
      ];
      for (const osh of path) {
        const dragged = session.run({ method }, { positions: { osh } });
        expect(dragged.timing.recomputed).toBeLessThan(40);
        expect(dragged.timing.reused).toBeGreaterThan(20);
        expectSameResult(
          dragged,
          await runAnalysis(analysisInput(), { method }, { positions: { osh } }),
        );
      }
      session.dispose();
    },
  );

  it('reuses zones and the band when only the radius changes, and recomputes them by depth', async () => {
    const session = createAnalysisSession(await loadGeos(), analysisInput());
    session.run({ radiusKm: 50 });
    const r = session.run({ radiusKm: 70 });
    expect(r.timing.steps.zones).toMatchObject({ computed: 0, reused: 4 });
    expect(r.timing.steps.bands).toMatchObject({ computed: 0, reused: 1 });
    const d = session.run({ radiusKm: 70, zoneDepthKm: { UZ: 40 } });
    expect(d.timing.steps.zones).toMatchObject({ computed: 1, reused: 3 });
    session.dispose();
  });

  it('snaps a node dragged outside the country onto its edge and says so', async () => {
    const session = createAnalysisSession(await loadGeos(), analysisInput());
    const r = session.run({}, { positions: { osh: [72.5, 40.6] } }); // in Uzbekistan
    const osh = r.coverage.nodes.find((n) => n.node === 'osh');
    expect(osh?.snapped).toBe(true);
    expect(osh?.areaKm2).toBeGreaterThan(0);
    session.dispose();
  });

  it('can run a subset of nodes (one stage)', async () => {
    const r = await runAnalysis(
      analysisInput(),
      { method: 'nearest' },
      { nodeIds: ['bishkek', 'osh', 'naryn'] },
    );
    expect(r.catchments.features.map((f) => f.properties.node)).toEqual([
      'bishkek',
      'osh',
      'naryn',
    ]);
    expect(r.coverage.nodes.reduce((s, n) => s + n.areaKm2, 0)).toBeCloseTo(
      r.coverage.countryAreaKm2,
      3,
    );
  });
});
