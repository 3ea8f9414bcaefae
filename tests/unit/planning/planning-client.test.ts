import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { readPlanningInput } from '../../../scripts/analyze-input';
import { createPlanningApi } from '../../../src/worker/planning-api';
import { createPlanningClient } from '../../../src/worker/planning-client';
import type { WorkerEndpoint } from '../../../src/worker/worker-queue';

/** Planning workers behind MessageChannels, counted: a cancel must start a new one. */
function channels() {
  const started: MessagePort[] = [];
  const endpoint = (): WorkerEndpoint => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(createPlanningApi(), port1);
    started.push(port1);
    return Object.assign(port2, { terminate: () => port1.close() });
  };
  return { endpoint, started };
}

describe('planning client (Comlink)', () => {
  const input = readPlanningInput();

  it('answers with a result union, a request that cannot be met included', async () => {
    const client = createPlanningClient(channels().endpoint);
    await client.init(input);
    const answer = await client.stages({ radiusKm: 50, stageSize: 7 });
    expect(answer).toMatchObject({
      ok: false,
      issue: { code: 'not-enough-nodes', stage: 3, stageSize: 7, available: 4 },
    });
    client.cancel();
  });

  it('cancel answers the waiting requests with null and the next request starts a new worker', async () => {
    const { endpoint, started } = channels();
    const client = createPlanningClient(endpoint);
    await client.init(input);
    const waiting = client.bestSites({ radiusKm: 50, count: 3 });
    client.cancel();
    expect(await waiting).toBeNull();
    const after = await client.stages({ radiusKm: 50, stageSize: 6 });
    expect(started).toHaveLength(2);
    expect(after?.ok && after.value.plan.stages.map((s) => s.nodes.length)).toEqual([6, 6, 6]);
    client.cancel();
  });

  it('collapses a burst of one kind to the latest; other kinds are kept', async () => {
    const client = createPlanningClient(channels().endpoint);
    await client.init(input);
    const burst = [1, 2, 3].map((beta) => client.gravity({ beta }));
    const stages = client.stages({ radiusKm: 50, stageSize: 6 });
    const answers = await Promise.all(burst);
    expect(answers.map((a) => (a?.ok ? a.value.params.beta : null))).toEqual([1, null, 3]);
    expect((await stages)?.ok).toBe(true);
    client.cancel();
  });
});
