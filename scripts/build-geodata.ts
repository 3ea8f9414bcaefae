// Entry of `npm run build:geodata`: rebuilds geodata/ boundaries, settlements and hydro.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildBoundaries } from './geodata/boundaries';
import { buildHydro } from './geodata/hydro';
import { buildSettlements } from './geodata/settlements';
import { GEODATA } from './geodata/sources';

type Oblast = Feature<Polygon | MultiPolygon, { region: string; iso_3166_2: string }>;

const boundaries = buildBoundaries();
console.log(JSON.stringify(boundaries, null, 2));
const oblasts = JSON.parse(
  readFileSync(join(GEODATA, 'boundaries', 'oblasts.geojson'), 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, Oblast['properties']>;
const settlements = buildSettlements(oblasts.features);
console.log(JSON.stringify(settlements, null, 2));
const hydro = buildHydro();
if (hydro === null) {
  console.log(
    'gmt not found: geodata/hydro/*.geojson kept as committed (install Debian gmt gmt-gshhg-full)',
  );
} else {
  console.log(JSON.stringify(hydro, null, 2));
}
