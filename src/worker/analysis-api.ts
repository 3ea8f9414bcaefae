// The analysis as the worker offers it: one session over the geodata, runs by parameters.
import { type AnalysisSession, createAnalysisSession } from '../analysis/analysis-session';
import { coverageChange, type ScenarioComparison } from '../analysis/coverage-change';
import { type GeosKit, loadGeos } from '../analysis/geos';
import type { AnalysisParamsInput } from '../analysis/params';
import type { AnalysisInput, AnalysisResult, NodeOverrides, ScenarioRun } from '../analysis/types';

/**
 * The API object the worker exposes through Comlink (also usable in-process, e.g. in tests).
 * @example
 * const api = createAnalysisApi();
 * await api.init(analysisInputFromAtlas(atlas));
 * const result = await api.run({ method: 'nearest' });
 * const { a, b, gained, lost } = await api.compareRuns({}, { params: { radiusKm: 80 } });
 */
export function createAnalysisApi() {
  let session: AnalysisSession | undefined;
  let kit: GeosKit | undefined;
  return {
    /** Loads GEOS and prepares the geodata; replaces any previous dataset. */
    async init(input: AnalysisInput): Promise<{ ready: true }> {
      kit = await loadGeos();
      session?.dispose();
      session = createAnalysisSession(kit, input);
      return { ready: true };
    },
    /** Runs the analysis; unchanged pieces are reused from the previous run. */
    async run(params?: AnalysisParamsInput, overrides?: NodeOverrides): Promise<AnalysisResult> {
      if (!session) throw new Error('analysis worker: call init(input) before run()');
      return session.run(params, overrides);
    },
    /**
     * Runs scenario A, then B, on the session and returns both results with the territory B
     * gains (covered by B, not A) and loses (covered by A, not B). The geometry never travels
     * to the worker: only parameters go in.
     */
    async compareRuns(runA: ScenarioRun, runB: ScenarioRun): Promise<ScenarioComparison> {
      if (!session || !kit) throw new Error('analysis worker: call init(input) before run()');
      const a = session.run(runA.params, runA.overrides);
      const b = session.run(runB.params, runB.overrides);
      return { a, b, ...coverageChange(kit, a, b) };
    },
    /** Frees the session's memory. */
    async dispose(): Promise<void> {
      session?.dispose();
      session = undefined;
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
