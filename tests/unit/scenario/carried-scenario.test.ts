// The scenario a portable atlas carries: written by the export, read back by the file, and
// refused with a reason when the file was damaged on its way (issue 14).
import { describe, expect, it } from 'vitest';
import { carriedScenarioRecord, readCarriedScenario } from '../../../src/scenario/carried-scenario';
import { sampleScenario } from './sample-scenario';

const madeAt = new Date('2026-12-01T10:30:00Z');

describe('readCarriedScenario', () => {
  it('reads back what the export wrote, slides and all', () => {
    const scenario = sampleScenario();
    const read = readCarriedScenario(
      JSON.parse(JSON.stringify(carriedScenarioRecord(scenario, madeAt))),
    );
    expect(read).toEqual({ ok: true, carried: { scenario, madeAt } });
  });

  it('says the atlas carries none when its block is still null', () => {
    expect(readCarriedScenario(null)).toEqual({ ok: 'none' });
  });

  it.each([
    ['not a record', 'atlas', /expected a aimak-atlas\/carried-scenario record/],
    [
      'another format',
      { format: 'kepler.gl', madeAt: madeAt.toISOString() },
      /carried-scenario record/,
    ],
    ['no date', { format: 'aimak-atlas/carried-scenario', scenario: sampleScenario() }, /madeAt/],
    [
      'a bad scenario',
      {
        format: 'aimak-atlas/carried-scenario',
        madeAt: madeAt.toISOString(),
        scenario: { version: 3 },
      },
      /^scenario\./,
    ],
  ])('refuses %s, naming what is wrong', (_case, raw, error) => {
    const read = readCarriedScenario(raw);
    expect(read.ok).toBe(false);
    expect(read.ok === false && read.error).toMatch(error);
  });
});
