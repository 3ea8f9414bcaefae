// The share link round-trips a scenario as a new copy and refuses garbled or tampered links.
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/i18n';
import { type Wording, wordingText } from '../../../src/i18n/wording';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { decodeScenarioHash, encodeScenarioHash } from '../../../src/scenario/url-codec';
import { GROWTH_NODE_IDS } from '../../../src/vocabulary/ids';
import { LANGUAGES } from '../../../src/vocabulary/languages';
import type { Scenario } from '../../../src/vocabulary/scenario';
import { asVersion1, migratedFromVersion1, sampleScenario, sampleSlide } from './sample-scenario';

const withoutIdentity = ({ id: _id, updatedAt: _u, ...rest }: Scenario) => rest;

function twentyMoved(decimals: number | null): Scenario {
  const base = defaultScenario();
  const moved = Object.fromEntries(
    GROWTH_NODE_IDS.map((id, i) => {
      const lon = 70.123456789123 + i * 0.371234567891;
      const lat = 40.987654321987 + (i % 7) * 0.23456789123;
      const round = (x: number) => (decimals === null ? x : Number(x.toFixed(decimals)));
      return [id, [round(lon), round(lat)] as [number, number]];
    }),
  );
  return { ...base, nodes: { ...base.nodes, moved } };
}

/** The sample with `count` slides whose captions are `captionLength` characters per language. */
function withSlides(count: number, captionLength = 0): Scenario {
  const words = ['Ош', 'Нарын', 'аймак', 'өсүү', 'borders', 'logistics', 'узел', 'кластер'];
  const text = (seed: number) => {
    let out = '';
    for (let i = seed; out.length < captionLength; i = (i * 7 + 3) % 97) {
      out += `${words[i % words.length]} ${i} `;
    }
    return out.slice(0, captionLength).trim() || 'x';
  };
  const slides = Array.from({ length: count }, (_, i) => {
    const slide = sampleSlide(i + 1);
    return captionLength === 0
      ? slide
      : { ...slide, caption: { ky: text(i), ru: text(i + 31), en: text(i + 57) } };
  });
  return { ...sampleScenario(), slides };
}

/** A reason the notices namespace words in every language (not a key shown as it is). */
function expectWorded(error: Wording): void {
  for (const lang of LANGUAGES) {
    const text = wordingText(translator(lang), error);
    expect(text.length, error.key).toBeGreaterThan(0);
    expect(text, error.key).not.toContain(error.key);
  }
}

describe('share link', () => {
  it('round-trips a scenario as a new copy with a fresh id', () => {
    const scenario = sampleScenario();
    const now = new Date('2027-01-01T00:00:00.000Z');
    const decoded = decodeScenarioHash(encodeScenarioHash(scenario), now);
    expect(decoded.ok).toBe(true);
    if (decoded.ok !== true) return;
    expect(withoutIdentity(decoded.scenario)).toEqual(withoutIdentity(scenario));
    expect(decoded.scenario.id).not.toBe(scenario.id);
    expect(decoded.scenario.updatedAt).toBe(now.toISOString());
  });

  it('round-trips slides: captions with markup, cameras, modes and their analysis', () => {
    const scenario = withSlides(5);
    const first = scenario.slides[0];
    if (first) first.caption = { ky: '<script>alert(1)</script>', ru: 'Ош & “Нарын”', en: '' };
    const decoded = decodeScenarioHash(encodeScenarioHash(scenario));
    expect(decoded.ok).toBe(true);
    if (decoded.ok !== true) return;
    expect(decoded.scenario.slides).toEqual(scenario.slides);
    expect(withoutIdentity(decoded.scenario)).toEqual(withoutIdentity(scenario));
  });

  it('opens a link made by the previous version (v1) as a migrated scenario with no slides', () => {
    const { id: _i, updatedAt: _u, ...shared } = asVersion1(sampleScenario());
    const hash = `#s=${compressToEncodedURIComponent(JSON.stringify(shared))}`;
    const decoded = decodeScenarioHash(hash);
    expect(decoded.ok).toBe(true);
    if (decoded.ok !== true) return;
    const { id: _id, updatedAt: _at, ...expected } = migratedFromVersion1(sampleScenario());
    expect(decoded.scenario).toMatchObject(expected);
  });

  it('reads the hash with or without "#", among other parameters, and percent-encoded', () => {
    const hash = encodeScenarioHash(sampleScenario());
    const value = hash.slice('#s='.length);
    for (const h of [hash, hash.slice(1), `#x=1&s=${value}&y`, `#s=${encodeURIComponent(value)}`]) {
      expect(decodeScenarioHash(h).ok).toBe(true);
    }
  });

  it('says "none" when there is no scenario in the hash', () => {
    for (const h of ['', '#', '#lang=ky', '#ss=abc', 'x=1&y=2']) {
      expect(decodeScenarioHash(h)).toEqual({ ok: 'none' });
    }
  });

  it('keeps links short (lengths printed)', () => {
    const lengths = {
      default: encodeScenarioHash(defaultScenario()).length,
      sample: encodeScenarioHash(sampleScenario()).length,
      twentyMovedFullPrecision: encodeScenarioHash(twentyMoved(null)).length,
      twentyMoved6Decimals: encodeScenarioHash(twentyMoved(6)).length,
      twentyMoved5Decimals: encodeScenarioHash(twentyMoved(5)).length,
      fiveSlides: encodeScenarioHash(withSlides(5)).length,
      fiveSlides200CharCaptions: encodeScenarioHash(withSlides(5, 200)).length,
      fiveSlides500CharCaptions: encodeScenarioHash(withSlides(5, 500)).length,
      twentySlides: encodeScenarioHash(withSlides(20)).length,
    };
    console.log('share hash lengths:', JSON.stringify(lengths));
    expect(lengths.default).toBeLessThan(600);
    expect(lengths.twentyMovedFullPrecision).toBeLessThan(2000);
    expect(lengths.fiveSlides).toBeLessThan(3000);
  });

  it('refuses damaged, tampered and wrong-shaped links without throwing', () => {
    const good = encodeScenarioHash(sampleScenario()).slice('#s='.length);
    const cases = [
      '#s=',
      '#s=%E0%A4%A',
      `#s=${good.slice(0, Math.floor(good.length / 2))}`,
      `#s=${good.slice(0, -3)}`,
      `#s=${good.slice(0, -1)}`,
      `#s=${good}${good}`,
      `#s=${compressToEncodedURIComponent('not json {')}`,
      `#s=${compressToEncodedURIComponent('42')}`,
      `#s=${compressToEncodedURIComponent('null')}`,
      `#s=${compressToEncodedURIComponent('[1,2]')}`,
      `#s=${compressToEncodedURIComponent('{"version":1,"name":"x"}')}`,
      `#s=${compressToEncodedURIComponent(JSON.stringify({ ...sampleScenario(), version: 7 }))}`,
      `#s=${compressToEncodedURIComponent(`{"a":"${'x'.repeat(100_001)}"}`)}`,
      `#s=${'A'.repeat(200_000)}`,
    ];
    for (const hash of cases) {
      const result = decodeScenarioHash(hash);
      expect(result.ok, hash.slice(0, 60)).toBe(false);
      if (result.ok === false) expectWorded(result.error);
    }
  });

  it('never throws and never accepts an invalid scenario: random strings and tampered characters', () => {
    const good = encodeScenarioHash(sampleScenario()).slice('#s='.length);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
    let runs = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }).map((s) => `#s=${s}`),
          fc.string({ unit: 'binary', maxLength: 300 }).map((s) => `#s=${s}`),
          fc
            .tuple(
              fc.nat({ max: good.length - 1 }),
              fc.constantFrom(...alphabet),
              fc.nat({ max: good.length }),
            )
            .map(
              ([at, ch, cut]) =>
                `#s=${(good.slice(0, at) + ch + good.slice(at + 1)).slice(0, cut)}`,
            ),
        ),
        (hash) => {
          runs++;
          const result = decodeScenarioHash(hash);
          if (result.ok === true) {
            // A tampered link may still decode; then it must be a valid scenario.
            expect(decodeScenarioHash(encodeScenarioHash(result.scenario)).ok).toBe(true);
          } else if (result.ok === false) {
            expectWorded(result.error);
          }
        },
      ),
      { numRuns: 1000 },
    );
    console.log(`fuzzed share links: ${runs} cases`);
    expect(runs).toBeGreaterThanOrEqual(1000);
  });
});
