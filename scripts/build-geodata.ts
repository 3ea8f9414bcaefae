// Entry of `npm run build:geodata`: rebuilds geodata/ boundaries, settlements, foreign cities, hydro.
// `tsx scripts/build-geodata.ts foreign-cities` runs only the foreign-cities step (it reads the
// committed border lines), leaving every other file as committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildBoundaries } from './geodata/boundaries';
import { buildForeignCities } from './geodata/foreign-cities';
import { buildHydro } from './geodata/hydro';
import { buildSettlements } from './geodata/settlements';
import { GEODATA } from './geodata/sources';

type Oblast = Feature<Polygon | MultiPolygon, { region: string; iso_3166_2: string }>;

const only = process.argv[2];
if (only !== undefined && only !== 'foreign-cities') {
  throw new Error(`unknown step "${only}"; the only step that runs alone is "foreign-cities"`);
}

if (only === undefined) {
  const boundaries = buildBoundaries();
  console.log(JSON.stringify(boundaries, null, 2));
  const oblasts = JSON.parse(
    readFileSync(join(GEODATA, 'boundaries', 'oblasts.geojson'), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, Oblast['properties']>;
  const settlements = buildSettlements(oblasts.features);
  console.log(JSON.stringify(settlements, null, 2));
}
const foreignCities = buildForeignCities();
console.log(JSON.stringify(foreignCities, null, 2));
if (only === undefined) {
  const hydro = buildHydro();
  if (hydro === null) {
    console.log(
      'gmt not found: geodata/hydro/*.geojson kept as committed (install Debian gmt gmt-gshhg-full)',
    );
  } else {
    console.log(JSON.stringify(hydro, null, 2));
  }
}
