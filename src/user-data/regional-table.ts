// A regional table (actual GRP, wages… by region) matched to the atlas's regions by their names in
// any of the three languages or by ISO 3166-2 code; its numeric columns become indicators, and
// the columns that hold a Table 1 measure and year are set against the Concept's forecast (§8).
import type { AtlasData } from '../data/atlas';
import { searchKey } from '../search/search-key';
import { INDICATOR_IDS, TABLE1_YEARS, type Table1Year } from '../vocabulary/ids';
import type { ParsedPart, UserValue } from './types';

type Table1Indicator = (typeof INDICATOR_IDS)[number];

/** ISO 3166-2:KG codes of the atlas's regions (geodata/concept/regions.json ids). */
const ISO_CODES: Readonly<Record<string, string>> = {
  'KG-B': 'batken',
  'KG-C': 'chui',
  'KG-J': 'jalal-abad',
  'KG-N': 'naryn',
  'KG-O': 'osh-region',
  'KG-T': 'talas',
  'KG-Y': 'issyk-kul',
  'KG-GB': 'bishkek',
  'KG-GO': 'osh-city',
};

/** The words of a region's name that say what kind of region it is, not which one. */
const KIND_WORDS =
  /(?<!\p{L})(oblast|oblasty|region|city|province|область|обл|облусу|город|г|шаары)(?!\p{L})\.?/giu;

/** Headers of Table 1's measures, compared by search key once the year is taken out. */
const MEASURE_HEADERS: Record<Table1Indicator, readonly string[]> = {
  grp: ['grp', 'gross regional product', 'врп', 'валовой региональный продукт', 'дрп'],
  'new-jobs': ['new jobs', 'jobs', 'рабочие места', 'новые рабочие места', 'жумуш орундары'],
  'average-wage': [
    'wage',
    'average wage',
    'средняя заработная плата',
    'средняя зарплата',
    'зарплата',
    'орточо эмгек акы',
    'эмгек акы',
  ],
};

export type RegionalProblem = {
  row: number;
  key: string;
  reason: 'noMatch' | 'ambiguous' | 'duplicate';
};

export type RegionalIndicator = {
  column: string;
  values: { region: string; value: number }[];
  /** The Table 1 measure and year the column holds, when its header says so. */
  table1: { measure: Table1Indicator; year: Table1Year } | null;
};

export type RegionalTable =
  | {
      ok: true;
      regionColumn: string;
      indicators: RegionalIndicator[];
      problems: RegionalProblem[];
    }
  | { ok: false; reason: 'noRegionColumn' | 'noNumericColumn'; columns: string[] };

const text = (value: UserValue | undefined) =>
  value === null || value === undefined ? '' : String(value).trim();

/** Names of each region by key: the whole name, and the name without its kind ("oblast"…). */
function regionKeys(atlas: AtlasData): { whole: Map<string, string>; bare: Map<string, string[]> } {
  const whole = new Map<string, string>();
  const bare = new Map<string, string[]>();
  for (const region of atlas.regions.regions) {
    for (const name of [region.name.en, region.name.ru, region.name.ky]) {
      whole.set(searchKey(name), region.id);
      const key = searchKey(name.replace(KIND_WORDS, ' '));
      bare.set(key, [...new Set([...(bare.get(key) ?? []), region.id])]);
    }
    bare.set(searchKey(region.id), [
      ...new Set([...(bare.get(searchKey(region.id)) ?? []), region.id]),
    ]);
  }
  return { whole, bare };
}

type Match = { region: string } | { problem: 'noMatch' | 'ambiguous' };

function matchRegion(keys: ReturnType<typeof regionKeys>, value: string): Match {
  const iso = ISO_CODES[value.toUpperCase().replace(/\s/g, '')];
  if (iso) return { region: iso };
  const exact = keys.whole.get(searchKey(value));
  if (exact) return { region: exact };
  const bare = keys.bare.get(searchKey(value.replace(KIND_WORDS, ' '))) ?? [];
  if (bare.length === 1 && bare[0]) return { region: bare[0] };
  return { problem: bare.length > 1 ? 'ambiguous' : 'noMatch' };
}

const YEAR = /(20\d\d)/;

/**
 * The Table 1 measure and year a header names ("grp_2018", "ВРП 2018", "wage 2019"), or null.
 *
 * @example
 *   table1Column('ВРП, 2018'); // { measure: 'grp', year: 2018 }
 */
export function table1Column(header: string): RegionalIndicator['table1'] {
  const year = Number(YEAR.exec(header)?.[1]);
  if (!(TABLE1_YEARS as readonly number[]).includes(year)) return null;
  const key = searchKey(header.replace(YEAR, ' '));
  const measure = INDICATOR_IDS.find((id) => MEASURE_HEADERS[id].some((h) => searchKey(h) === key));
  return measure ? { measure, year: year as Table1Year } : null;
}

const numberOf = (value: UserValue | undefined): number | null => {
  if (typeof value === 'number') return value;
  const n = Number(
    text(value)
      .replace(/[\s\u00a0\u202f]/g, '')
      .replace(',', '.'),
  );
  return text(value) !== '' && Number.isFinite(n) ? n : null;
};

/**
 * Reads a regional table: the column whose values name the most regions is the key; every
 * other column with numbers is an indicator. Rows naming no region, or a region named before,
 * are listed, never dropped silently.
 *
 * @example
 *   const table = regionalTable(part, atlas);
 *   table.ok && table.indicators.map((i) => i.column); // ['grp_2018', 'wage 2019']
 */
export function regionalTable(part: ParsedPart, atlas: AtlasData): RegionalTable {
  const rows = part.kind === 'table' ? part.rows : part.features.map((f) => f.properties);
  const columns = part.fields.map((field) => field.name);
  const keys = regionKeys(atlas);
  const matchesOf = (column: string) =>
    rows.filter((row) => 'region' in matchRegion(keys, text(row[column]))).length;
  const textColumns = part.fields.filter((f) => f.kind === 'text').map((f) => f.name);
  const regionColumn = [...textColumns].sort((a, b) => matchesOf(b) - matchesOf(a))[0];
  if (!regionColumn || matchesOf(regionColumn) === 0) {
    return { ok: false, reason: 'noRegionColumn', columns };
  }
  const numeric = part.fields.filter((f) => f.kind === 'number').map((f) => f.name);
  if (numeric.length === 0) return { ok: false, reason: 'noNumericColumn', columns };

  const problems: RegionalProblem[] = [];
  const regionOfRow = new Map<number, string>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const key = text(row[regionColumn]);
    const match = matchRegion(keys, key);
    if (!('region' in match)) {
      problems.push({ row: index + 1, key, reason: match.problem });
    } else if (seen.has(match.region)) {
      problems.push({ row: index + 1, key, reason: 'duplicate' });
    } else {
      seen.add(match.region);
      regionOfRow.set(index, match.region);
    }
  });
  const indicators = numeric.map((column) => ({
    column,
    values: [...regionOfRow].flatMap(([index, region]) => {
      const value = numberOf(rows[index]?.[column]);
      return value === null ? [] : [{ region, value }];
    }),
    table1: table1Column(column),
  }));
  return { ok: true, regionColumn, indicators, problems };
}

export type ForecastComparison = {
  region: string;
  actual: number;
  forecast: number;
  difference: number;
  /** The actual as a per cent of the forecast: 100 is on target. */
  percentOfForecast: number;
};

/**
 * The actual values of a Table 1 column against the Concept's forecast for that measure and
 * year (§4, Table 1; the monitoring of §8), per region that has both.
 *
 * @example
 *   forecastVsActual(atlas, indicator)[0]; // { region: 'batken', actual: 23000, forecast: 21745, … }
 */
export function forecastVsActual(
  atlas: AtlasData,
  indicator: RegionalIndicator,
): ForecastComparison[] {
  const { table1 } = indicator;
  if (!table1) return [];
  const year = String(table1.year) as `${Table1Year}`;
  const forecasts = new Map<string, number>(
    atlas.indicators.table1.regions.map((row) => [row.region, row.values[table1.measure][year]]),
  );
  return indicator.values.flatMap(({ region, value }) => {
    const forecast = forecasts.get(region);
    if (forecast === undefined || forecast === 0) return [];
    return [
      {
        region,
        actual: value,
        forecast,
        difference: value - forecast,
        percentOfForecast: (value / forecast) * 100,
      },
    ];
  });
}
