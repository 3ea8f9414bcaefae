// The analysis as the worker offers it: one session over the geodata, runs by parameters.
import { type AnalysisSession, createAnalysisSession } from '../analysis/analysis-session';
import { loadGeos } from '../analysis/geos';
import type { AnalysisParamsInput } from '../analysis/params';
import type { AnalysisInput, AnalysisResult, NodeOverrides } from '../analysis/types';

/**
 * The API object the worker exposes through Comlink (also usable in-process, e.g. in tests).
 * @example
 * const api = createAnalysisApi();
 * await api.init(analysisInputFromAtlas(atlas));
 * const result = await api.run({ method: 'nearest' });
 */
export function createAnalysisApi() {
  let session: AnalysisSession | undefined;
  return {
    /** Loads GEOS and prepares the geodata; replaces any previous dataset. */
    async init(input: AnalysisInput): Promise<{ ready: true }> {
      const kit = await loadGeos();
      session?.dispose();
      session = createAnalysisSession(kit, input);
      return { ready: true };
    },
    /** Runs the analysis; unchanged pieces are reused from the previous run. */
    async run(params?: AnalysisParamsInput, overrides?: NodeOverrides): Promise<AnalysisResult> {
      if (!session) throw new Error('analysis worker: call init(input) before run()');
      return session.run(params, overrides);
    },
    /** Frees the session's memory. */
    async dispose(): Promise<void> {
      session?.dispose();
      session = undefined;
    },
  };
}

export type AnalysisApi = ReturnType<typeof createAnalysisApi>;
