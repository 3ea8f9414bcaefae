// @vitest-environment jsdom
// The analysis panel with the real engine in-process: results fill the summary and tables, and a
// failed run shows a message while the last good result stays.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalysisParamsInput } from '../../src/analysis/params';
import type { AnalysisInput, NodeOverrides } from '../../src/analysis/types';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useAnalysisStore } from '../../src/state/analysis-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { AnalysisPanel } from '../../src/ui/analysis/analysis-panel';
import { AnalysisRunner } from '../../src/ui/analysis/analysis-runner';
import { renderWithAtlas } from './render-with-atlas';

/** The worker's API run in-process; `failNext` makes the next run reject like a crashed worker. */
const engine = vi.hoisted(() => ({ failNext: false }));
vi.mock('../../src/worker/analysis-client', async () => {
  const { createAnalysisApi } = await import('../../src/worker/analysis-api');
  const api = createAnalysisApi();
  return {
    getAnalysisClient: () => ({
      init: (input: AnalysisInput) => api.init(input).then(() => undefined),
      run: (params?: AnalysisParamsInput, overrides?: NodeOverrides) => {
        if (engine.failNext) {
          engine.failNext = false;
          return Promise.reject(new Error('worker crashed'));
        }
        return api.run(params, overrides);
      },
      terminate: () => undefined,
    }),
  };
});

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language: 'en', mode: 'analyse' } });
  useAnalysisStore.setState({ result: null, error: null });
});

describe('AnalysisPanel', () => {
  it('shows the coverage summary and one table row per growth node', async () => {
    renderWithAtlas(
      <>
        <AnalysisRunner />
        <AnalysisPanel />
      </>,
    );
    const table = await screen.findByRole('table', {}, { timeout: 20_000 });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(screen.getByText('Covered').nextSibling?.textContent).toMatch(/%/);
  });

  it('keeps the last good result and says so when a run fails', async () => {
    const user = userEvent.setup();
    renderWithAtlas(
      <>
        <AnalysisRunner />
        <AnalysisPanel />
      </>,
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const before = useAnalysisStore.getState().result;
    engine.failNext = true;
    await user.click(screen.getByRole('radio', { name: 'Nearest growth node' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('worker crashed');
    expect(useAnalysisStore.getState().result).toBe(before);
    expect(screen.getByRole('table')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Radius' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});

describe('AnalysisPanel: candidate nodes', () => {
  it("names a candidate node in the statistics by the planner's name, not its id", async () => {
    useScenarioStore
      .getState()
      .addCandidate({ name: 'Ak-Say', position: [75.0, 41.6], region: 'naryn' });
    renderWithAtlas(
      <>
        <AnalysisRunner />
        <AnalysisPanel />
      </>,
    );
    const table = await screen.findByRole('table', {}, { timeout: 20_000 });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(22), {
      timeout: 20_000,
    });
    expect(within(table).getByRole('cell', { name: 'Ak-Say' })).toBeInTheDocument();
    expect(within(table).queryByText(/^candidate-\d+$/)).toBeNull();
  });
});
