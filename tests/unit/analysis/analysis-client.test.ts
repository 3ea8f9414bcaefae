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

  it('refuses to run before init', async () => {
    const client = createAnalysisClient(channelEndpoint);
    await expect(client.run({})).rejects.toThrow('call init(input) before run()');
    client.terminate();
  });
});
