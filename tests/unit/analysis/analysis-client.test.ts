import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createAnalysisApi } from '../../../src/worker/analysis-api';
import { type AnalysisEndpoint, createAnalysisClient } from '../../../src/worker/analysis-client';
import { analysisInput } from './analysis-test-kit';

/** The worker's API behind a MessageChannel, as the client sees a real Worker. */
function channelEndpoint(): AnalysisEndpoint {
  const { port1, port2 } = new MessageChannel();
  Comlink.expose(createAnalysisApi(), port1);
  return Object.assign(port2, { terminate: () => port1.close() });
}

describe('analysis client (Comlink)', () => {
  it('initialises, runs, and collapses a burst of runs to the latest', async () => {
    const client = createAnalysisClient(channelEndpoint);
    await client.init(analysisInput());
    const burst = [10, 20, 30, 40].map((radiusKm) => client.run({ radiusKm }));
    const results = await Promise.all(burst);
    // The first starts at once; the two in between are superseded by the last.
    expect(results.map((r) => r?.params.radiusKm ?? null)).toEqual([10, null, null, 40]);
    client.terminate();
  });

  it('rejects with the worker’s message on bad parameters and keeps working', async () => {
    const client = createAnalysisClient(channelEndpoint);
    await client.init(analysisInput());
    await expect(client.run({ radiusKm: 999 })).rejects.toThrow('radius must be at most 150 km');
    const ok = await client.run({ method: 'nearest' });
    expect(ok?.catchments.features).toHaveLength(20);
    client.terminate();
  });

  it('compares two scenarios in the worker; a burst of comparisons collapses, runs are kept', async () => {
    const client = createAnalysisClient(channelEndpoint);
    await client.init(analysisInput());
    const run = client.run({ radiusKm: 60 });
    const burst = [60, 70, 80].map((radiusKm) => client.compareRuns({}, { params: { radiusKm } }));
    const [r, ...comparisons] = await Promise.all([run, ...burst]);
    expect(r?.params.radiusKm).toBe(60);
    // The run starts at once; the comparisons wait behind it and the latest supersedes the others.
    expect(comparisons.map((c) => c?.b.params.radiusKm ?? null)).toEqual([null, null, 80]);
    const last = comparisons[2];
    expect(last?.a.params.radiusKm).toBe(50);
    expect(last?.lost.features).toEqual([]);
    const delta = (last?.b.coverage.coveredAreaKm2 ?? 0) - (last?.a.coverage.coveredAreaKm2 ?? 0);
    expect(Math.abs((last?.gainedKm2 ?? 0) - delta)).toBeLessThan(0.005 * delta);
    client.terminate();
  });

  it('refuses to run before init', async () => {
    const client = createAnalysisClient(channelEndpoint);
    await expect(client.run({})).rejects.toThrow('call init(input) before run()');
    client.terminate();
  });
});
