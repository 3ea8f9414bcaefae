// The page's Content-Security-Policy lets the optional online basemap reach its servers and
// nothing else: every address the basemap's sources name is allowed, a foreign one is not.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../content-security-policy';
import { ONLINE_SOURCES } from '../../src/map/layers/online-basemap';

/** The sources of one directive, read back from the policy string. */
function sourcesOf(policy: string, directive: string): string[] {
  const entry = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return entry?.slice(1) ?? [];
}

/**
 * CSP host-source matching for the forms the policy uses (CSP Level 3 §6.7.2.8): a scheme and
 * host match exactly; a path ending in "/" matches every path under it, any other path only
 * itself; no path matches any path.
 */
function allows(source: string, address: string): boolean {
  if (source.startsWith("'")) return false; // keywords ('self' is the app's own origin)
  const allowed = new URL(source);
  const url = new URL(address);
  if (allowed.protocol !== url.protocol || allowed.host !== url.host) return false;
  if (!/^https?:\/\/[^/]+\//.test(source)) return true;
  return allowed.pathname.endsWith('/')
    ? url.pathname.startsWith(allowed.pathname)
    : url.pathname === allowed.pathname;
}

/** The addresses a source names: its TileJSON and its tile templates with a tile filled in. */
function addressesOf(source: (typeof ONLINE_SOURCES)[string]): string[] {
  const tiles = 'tiles' in source ? (source.tiles ?? []) : [];
  const url = 'url' in source && source.url ? [source.url] : [];
  return [...url, ...tiles.map((template) => template.replace(/\{[xyz]\}/g, '3'))];
}

describe('content-security-policy', () => {
  const connect = sourcesOf(contentSecurityPolicy(), 'connect-src');

  it.each(Object.entries(ONLINE_SOURCES))('lets the online source %s through', (_id, source) => {
    const addresses = addressesOf(source);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) {
      expect(
        connect.some((allowed) => allows(allowed, address)),
        address,
      ).toBe(true);
    }
  });

  it('lets the vector tiles that OpenFreeMap lists under its TileJSON through', () => {
    const tile = 'https://tiles.openfreemap.org/planet/20250101_001001_pt/6/44/23.pbf';
    expect(connect.some((allowed) => allows(allowed, tile))).toBe(true);
  });

  it('refuses other hosts, other S3 buckets and plain http', () => {
    for (const address of [
      'https://example.org/',
      'https://s3.amazonaws.com/some-other-bucket/x.png',
      'http://tiles.openfreemap.org/planet',
    ]) {
      expect(
        connect.some((allowed) => allows(allowed, address)),
        address,
      ).toBe(false);
    }
  });

  it('allows no inline script, no eval and no plug-ins', () => {
    const policy = contentSecurityPolicy();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
    expect(sourcesOf(policy, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(sourcesOf(policy, 'object-src')).toEqual(["'none'"]);
  });
});
