import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLURAL_CATEGORIES } from '../../../src/i18n/define-namespace';
import { importing } from '../../../src/i18n/namespaces/importing';

/** The tables read from imported parts word their own problems (the populationBase namespace). */
const NOT_IMPORT_CODE = new Set(['settlement-table.ts', 'regional-table.ts']);

/** Every problem key the import code can give: `Refusal('key'`, `refuse('key'` and `key: 'key'`. */
function problemKeys(): string[] {
  const files = [
    ...readdirSync('src/user-data', { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !NOT_IMPORT_CODE.has(name))
      .map((name) => join('src/user-data', name)),
    'src/worker/import-client.ts',
  ];
  const keys = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:Refusal\(|refuse\(|key: )'(\w+)'/g))
      keys.add(match[1] as string);
  }
  return [...keys].sort();
}

describe('importing namespace', () => {
  it('words every problem the import code gives, in en, ru and ky', () => {
    const keys = problemKeys();
    expect(keys.length).toBeGreaterThan(20);
    for (const lang of ['en', 'ru', 'ky'] as const) {
      const texts = importing[lang] as Record<string, string>;
      for (const key of keys) {
        const plural = PLURAL_CATEGORIES[lang].map((category) => `${key}_${category}`);
        const worded = key in texts || plural.every((k) => k in texts);
        expect(worded, `${lang}: ${key}`).toBe(true);
      }
    }
  });
});
