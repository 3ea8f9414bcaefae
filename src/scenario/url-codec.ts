// Encodes a scenario into the address bar's hash (`#s=…`, lz-string) and decodes it defensively.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from '../data/zod';
import type { Wording } from '../i18n/wording';
import type { Scenario } from '../vocabulary/scenario';
import { newScenarioId } from './default-scenario';
import { parseScenario } from './scenario-schema';

/** Links decompressing to more than this many characters are refused. */
const MAX_DECODED_LENGTH = 100_000;
// Checked before decompressing, so a huge pasted link costs nothing; a real scenario's link is
// a few hundred to a few thousand characters.
const MAX_ENCODED_LENGTH = MAX_DECODED_LENGTH;

export type DecodeScenarioHashResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; error: Wording }
  | { ok: 'none' };

/**
 * The hash that shares `scenario`: `#s=` and the lz-string compression of its compact JSON. The
 * scenario's `id` and `updatedAt` are left out: an opened link is a new, unsaved copy.
 *
 * @example
 *   location.hash = encodeScenarioHash(scenario); // "#s=N4IgDg9g5…"
 */
export function encodeScenarioHash(scenario: Scenario): string {
  const { id: _id, updatedAt: _updatedAt, ...shared } = scenario;
  return `#s=${compressToEncodedURIComponent(JSON.stringify(shared))}`;
}

/**
 * Reads a scenario from a hash such as `location.hash`. `{ ok: 'none' }` when the hash holds no
 * `s=` parameter; `{ ok: false, error }` for a garbled, tampered or oversized link, the error a
 * notice text (key and values) to word in the interface language; otherwise a
 * valid scenario with a fresh id and `updatedAt` = `now`. Never throws.
 *
 * @example
 *   const link = decodeScenarioHash(location.hash);
 *   if (link.ok === true) openAsUnsavedCopy(link.scenario);
 *   else if (link.ok === false) notify(link.error); // { key: 'link.altered' }, say
 */
export function decodeScenarioHash(hash: string, now: Date = new Date()): DecodeScenarioHashResult {
  try {
    const param = findParam(typeof hash === 'string' ? hash : '', 's');
    if (param === undefined) return { ok: 'none' };
    if (param === '') return { ok: false, error: { key: 'link.empty' } };
    if (param.length > MAX_ENCODED_LENGTH) {
      return { ok: false, error: { key: 'link.tooLong' } };
    }
    let json: string | null;
    try {
      json = decompressFromEncodedURIComponent(param);
    } catch {
      json = null;
    }
    if (json === null || json === '') {
      return { ok: false, error: { key: 'link.notDecompressible' } };
    }
    if (json.length > MAX_DECODED_LENGTH) {
      return { ok: false, error: { key: 'link.tooMuchData' } };
    }
    // lz-string ignores whatever follows its end marker, so a truncated or extended link can
    // still decompress; only an exact re-encoding proves the link is as this app wrote it.
    if (compressToEncodedURIComponent(json) !== param) {
      return { ok: false, error: { key: 'link.altered' } };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch {
      return { ok: false, error: { key: 'link.notReadable' } };
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, error: { key: 'link.noScenario' } };
    }
    const withIdentity =
      'version' in raw ? { ...raw, id: newScenarioId(), updatedAt: now.toISOString() } : raw;
    const parsed = parseScenario(withIdentity);
    if (!parsed.ok) {
      const error: Wording =
        parsed.newerVersion === undefined
          ? { key: 'link.invalidScenario', values: { field: parsed.field } }
          : { key: 'link.newerVersion', values: { version: parsed.newerVersion } };
      return { ok: false, error };
    }
    return { ok: true, scenario: parsed.scenario };
  } catch {
    return { ok: false, error: { key: 'link.unreadable' } };
  }
}

/** A layer the user added, named in a link: its file's name and feature count, never its data. */
export type DataReference = { name: string; count: number };

const MAX_REFERENCES = 50;
const referencesSchema = z
  .array(z.strictObject({ name: z.string().min(1).max(300), count: z.number().int().min(0) }))
  .max(MAX_REFERENCES);

/**
 * The hash part that names the added layers (`&d=…`), so that whoever opens the link learns
 * which files the scenario was made with; empty when there are none. A link stays short: the
 * layers' data travels only in the exported file.
 */
export function encodeDataReferences(references: readonly DataReference[]): string {
  if (references.length === 0) return '';
  return `&d=${compressToEncodedURIComponent(JSON.stringify(references.slice(0, MAX_REFERENCES)))}`;
}

/** The layers a link names; none for a link without them or with a garbled or tampered list. */
export function decodeDataReferences(hash: string): DataReference[] {
  const param = findParam(typeof hash === 'string' ? hash : '', 'd');
  if (!param || param.length > 20_000) return [];
  try {
    const parsed = referencesSchema.safeParse(JSON.parse(decompressFromEncodedURIComponent(param)));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The value of `key` in a hash like `#s=abc&x=1`; `+` is kept (lz-string uses it). */
function findParam(hash: string, key: string): string | undefined {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    if (name !== key) continue;
    const value = eq === -1 ? '' : part.slice(eq + 1);
    if (!value.includes('%')) return value;
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}
