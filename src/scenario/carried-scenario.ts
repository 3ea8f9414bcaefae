/**
 * The scenario a portable atlas carries (issue 14): what the app's "Atlas (HTML)" export writes
 * into the file, with when it was made, and what the file reads back when it opens. The file
 * may have travelled by USB stick or e-mail: it is read like any imported scenario.
 */

import type { Scenario } from '../vocabulary/scenario';
import { isRecord, parseScenario } from './scenario-schema';

const FORMAT = 'aimak-atlas/carried-scenario';

export type CarriedScenario = { scenario: Scenario; madeAt: Date };

export type CarriedScenarioRead =
  | { ok: true; carried: CarriedScenario }
  /** The atlas as built, before an export wrote a scenario into it. */
  | { ok: 'none' }
  /** `error` names what is wrong (English, for the notice's reasons). */
  | { ok: false; error: string };

/** What the export writes into the file's block. */
export function carriedScenarioRecord(scenario: Scenario, madeAt: Date) {
  return { format: FORMAT, madeAt: madeAt.toISOString(), scenario };
}

/**
 * Reads the block's content. Never throws.
 *
 * @example
 * readCarriedScenario(carriedScenarioRecord(scenario, new Date())).ok; // true
 * readCarriedScenario(null); // { ok: 'none' }
 */
export function readCarriedScenario(raw: unknown): CarriedScenarioRead {
  if (raw === null) return { ok: 'none' };
  if (!isRecord(raw) || raw.format !== FORMAT) {
    return { ok: false, error: `expected a ${FORMAT} record` };
  }
  const madeAt = typeof raw.madeAt === 'string' ? new Date(raw.madeAt) : null;
  if (!madeAt || Number.isNaN(madeAt.getTime())) {
    return { ok: false, error: 'madeAt: expected an ISO 8601 date' };
  }
  const parsed = parseScenario(raw.scenario);
  if (!parsed.ok) return { ok: false, error: `scenario.${parsed.error}` };
  return { ok: true, carried: { scenario: parsed.scenario, madeAt } };
}
