// The repository holds everything its README, build and tests need: nothing reaches outside the
// checkout for the team's shared folder, and the Concept's text kept here is the one received.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
/** Folders and files whose content the app, its build or its tests read. */
const CHECKED = [
  'src',
  'tests',
  'scripts',
  'bench',
  '.ci',
  'README.md',
  'docs',
  'package.json',
  'index.html',
  'vite.config.ts',
  'playwright.config.ts',
  'content-security-policy.ts',
  '.dependency-cruiser.cjs',
  'knip.json',
];
const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|html|css|sh|txt)$|^run$/;
// Spelled in two parts so that this file does not name the folder it forbids.
const OUTSIDE = new RegExp(['\\.\\.[\\\\/]', 'shared\\b'].join(''));

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) =>
    name === 'node_modules' || name === 'fixtures' ? [] : filesUnder(join(path, name)),
  );
}

describe('the repository is self-contained', () => {
  it('no source, test, script, benchmark, README or package file refers to the shared folder beside the checkout', () => {
    const files = CHECKED.flatMap((entry) => filesUnder(join(ROOT, entry))).filter((file) =>
      TEXT.test(file.split('/').pop() ?? ''),
    );
    expect(files.length).toBeGreaterThan(100);
    const offenders = files
      .filter((file) => OUTSIDE.test(readFileSync(file, 'utf8')))
      .map((file) => file.slice(ROOT.length + 1));
    expect(offenders).toEqual([]);
  });

  it("keeps the Concept's Kyrgyz text byte for byte: its SHA-256 is the one its README records", () => {
    const folder = join(ROOT, 'geodata', 'concept', 'source');
    const recorded = readFileSync(join(folder, 'README.md'), 'utf8').match(/`([0-9a-f]{64})`/)?.[1];
    const bytes = readFileSync(join(folder, 'regional-policy-concept-2018-2022.ky.txt'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(recorded);
    // Kyrgyz letters and the decree it belongs to, as a sanity check of what the hash covers.
    const text = bytes.toString('utf8');
    expect(text).toMatch(/№ 194 токтому/);
    expect(text).toMatch(/[өүң]/);
  });
});

describe('docs/architecture.md stays true', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'architecture.md'), 'utf8');

  it('names only files and folders that exist', () => {
    const named = [...doc.matchAll(/`((?:src|tests|geodata|bench|scripts)\/[^`*<>]+?)`/g)].map(
      (match) => match[1] ?? '',
    );
    expect(named.length).toBeGreaterThan(40);
    const missing = named.filter((path) => {
      try {
        statSync(join(ROOT, path.replace(/\/$/, '')));
        return false;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });

  it('lists the layers the dependency rule checks, in its order', async () => {
    const { createRequire } = await import('node:module');
    const config = createRequire(import.meta.url)(join(ROOT, '.dependency-cruiser.cjs'));
    const layerRules: string[] = config.forbidden
      .map((rule: { name: string }) => rule.name)
      .filter((name: string) => name.startsWith('layer-'))
      .map((name: string) => name.slice('layer-'.length));
    const rows = [...doc.matchAll(/^\| (\d+) \| ([^|]+) \|/gm)];
    const documented = rows.flatMap((row) =>
      [...(row[2] ?? '').matchAll(/`([\w-]+)`/g)].map((m) => m[1]),
    );
    expect(documented).toEqual(layerRules);
  });
});
