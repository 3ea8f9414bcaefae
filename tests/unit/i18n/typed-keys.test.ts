// Keys and placeholders are checked by the type checker: each `@ts-expect-error` below is a
// mistake `tsc --noEmit` must reject (if one compiled, tsc would fail on the unused directive).
import { describe, expect, it } from 'vitest';
import { type TextKey, type Translate, translator } from '../../../src/i18n/i18n';
import type { Wording } from '../../../src/i18n/wording';

/** Never called: it exists for the type checker. */
function mistakes(t: Translate): void {
  // @ts-expect-error an unknown key
  t('planner:nope');
  // @ts-expect-error a key of another namespace written under the wrong one
  t('planner:legend.oblasts');
  // @ts-expect-error a text with a placeholder called without its value
  t('export:done');
  // @ts-expect-error a misspelt placeholder
  t('export:done', { fiel: 'a.png' });
  // @ts-expect-error a plural text without its count
  t('planner:stageCount', { stage: 1 });
  // @ts-expect-error a label table may only hold texts without placeholders
  const label: TextKey = 'export:done';
  // @ts-expect-error a notice reason without the values its text needs
  const reason: Wording = { key: 'import.notAPoint' };
  // @ts-expect-error a notice reason with a misspelt value
  const misspelt: Wording = { key: 'import.notAPoint', values: { featur: 1 } };
  void [label, reason, misspelt];
}

describe('typed keys and placeholders', () => {
  it('accepts the right key with the right values', () => {
    const t = translator('en');
    expect(t('export:done', { file: 'a.png' })).toBe('Downloaded a.png');
    expect(t('planner:stageCount', { stage: 2, count: 6 })).toBe('Stage 2: 6 growth nodes');
    expect(typeof mistakes).toBe('function');
  });
});
