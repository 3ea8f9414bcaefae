// @vitest-environment jsdom
// The session's save state: "saving" from a change until the stored copy and the address have
// caught up with the latest change — the signal the planner's end-to-end tests wait for.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScenarioStorage } from '../../../src/scenario/scenario-storage';
import { decodeScenarioHash } from '../../../src/scenario/url-codec';
import { startScenarioSession, useSessionStore } from '../../../src/state/scenario-session';
import { currentScenario, useScenarioStore } from '../../../src/state/scenario-store';

const storage = createScenarioStorage(null);
// Saves wait at this gate while it is closed, so a test can edit while a save is being written.
let gate: Promise<void> = Promise.resolve();
const gatedStorage: typeof storage = {
  ...storage,
  save: async (scenario) => {
    await gate;
    return storage.save(scenario);
  },
};
const saving = () => useSessionStore.getState().saving;
const storedName = async () => (await storage.load(currentScenario().id)).value?.name;
const addressName = () => {
  const decoded = decodeScenarioHash(window.location.hash);
  return decoded.ok === true ? decoded.scenario.name : undefined;
};

/** Resolves once the list of saved scenarios shows one named `name`. */
function listed(name: string): Promise<void> {
  return new Promise((resolve) => {
    const has = () => useSessionStore.getState().saved.some((summary) => summary.name === name);
    if (has()) return resolve();
    const stop = useSessionStore.subscribe(() => {
      if (!has()) return;
      stop();
      resolve();
    });
  });
}

beforeAll(async () => {
  vi.useFakeTimers();
  await startScenarioSession({ storage: gatedStorage });
});
afterAll(() => vi.useRealTimers());

describe('scenario session: save state', () => {
  it('is saving from an edit until the stored copy and the address hold it', async () => {
    expect(saving()).toBe(false);
    useScenarioStore.getState().rename('Issyk-Kul first');
    expect(saving()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saving()).toBe(false);
    expect(await storedName()).toBe('Issyk-Kul first');
    expect(addressName()).toBe('Issyk-Kul first');
  });

  it('stays saving when a new edit comes while the previous one is being written', async () => {
    let open = () => {};
    gate = new Promise((resolve) => {
      open = resolve;
    });
    useScenarioStore.getState().rename('A');
    await vi.advanceTimersByTimeAsync(400); // the autosave of "A" starts and waits at the gate
    useScenarioStore.getState().rename('B');
    open();
    await listed('A'); // "A" is written and listed; "B" waits for its own autosave
    await vi.advanceTimersByTimeAsync(0);
    expect(saving()).toBe(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saving()).toBe(false);
    expect(await storedName()).toBe('B');
    expect(addressName()).toBe('B');
  });
});
