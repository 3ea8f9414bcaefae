// Paths and versions of the registry packages the geodata is rebuilt from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const NODE_MODULES = join(ROOT, 'node_modules');
export const GEODATA = join(ROOT, 'geodata');

/** Reads and parses a JSON file inside node_modules. */
export function readPackageJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(NODE_MODULES, relativePath), 'utf8')) as T;
}

/** "name@version" of an installed package, for `source` strings. */
export function packageVersion(name: string): string {
  const pkg = readPackageJson<{ version: string }>(join(name, 'package.json'));
  return `${name}@${pkg.version}`;
}

/** View box around Kyrgyzstan [west, south, east, north] the neighbours are clipped to. */
export const VIEW_BOX: readonly [number, number, number, number] = [66, 36.5, 82, 45.5];

/** ISO 3166-2 of the eight Natural Earth polygons → the Concept's region id. */
export const REGION_BY_ISO: Readonly<Record<string, string>> = {
  'KG-B': 'batken',
  'KG-C': 'chui',
  'KG-GB': 'bishkek',
  'KG-J': 'jalal-abad',
  'KG-N': 'naryn',
  'KG-O': 'osh-region',
  'KG-T': 'talas',
  'KG-Y': 'issyk-kul',
};

/** The four neighbours that share the state border. */
export const BORDER_NEIGHBOURS = ['CN', 'KZ', 'TJ', 'UZ'] as const;
export type BorderNeighbour = (typeof BORDER_NEIGHBOURS)[number];
