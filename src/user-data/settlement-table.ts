// A settlement table (census by settlement…) read as the population base of the analysis: its
// names matched to the listed settlements on the search keys, its points placed in their region.
import { listedSettlements } from '../analysis/analysis-input-from-atlas';
import type { AnalysisInput, LonLat } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { atlasIndex } from '../data/atlas-index';
import { pointInCountry } from '../scenario/point-in-country';
import { regionOfPoint } from '../scenario/region-of-point';
import { settlementIndex } from '../search/place-search';
import { romanise, searchKey } from '../search/search-key';
import type { ParsedPart, UserProperties, UserValue } from './types';

export type BaseMode = 'replace' | 'extend';

export type BaseSettlement = AnalysisInput['settlements'][number];

/** A row that became a settlement of the base. */
export interface SettlementRow {
  /** 1-based: the n-th data row of the table (header not counted), the n-th feature of a layer. */
  row: number;
  name: string;
  /** The listed settlement it matched; null for a new settlement (a row with its own point). */
  matched: string | null;
  id: string;
  coordinates: LonLat;
  population: number;
  region: string;
  year: string | null;
  source: string | null;
}

export type RowReason =
  | 'noName'
  | 'noMatch'
  | 'ambiguous'
  | 'duplicate'
  | 'populationNotANumber'
  | 'notAPoint'
  | 'outsideCountry';

/** A row left out of the base, with why; `column` names the cell at fault. */
export interface RowProblem {
  row: number;
  name: string;
  column: string | null;
  reason: RowReason;
}

export type SettlementTable =
  | {
      ok: true;
      columns: { name: string; population: string; year: string | null; source: string | null };
      rows: SettlementRow[];
      problems: RowProblem[];
      /** The analysis's settlements in the mode asked for. */
      settlements: BaseSettlement[];
    }
  | { ok: false; missing: 'name' | 'population'; columns: string[] };

/** Header names by role, in English, Russian and Kyrgyz, compared by their search keys. */
const HEADERS = {
  name: [
    'name',
    'settlement',
    'place',
    'city',
    'town',
    'village',
    'locality',
    'name_en',
    'name_ru',
    'name_ky',
    'название',
    'наименование',
    'населенный пункт',
    'населённый пункт',
    'пункт',
    'город',
    'село',
    'аталышы',
    'аты',
    'калктуу конуш',
    'шаар',
    'айыл',
  ],
  population: [
    'population',
    'pop',
    'inhabitants',
    'people',
    'население',
    'численность',
    'численность населения',
    'жители',
    'калкы',
    'калк',
    'калктын саны',
    'тургундар',
  ],
  year: ['year', 'census year', 'год', 'жыл'],
  source: ['source', 'источник', 'булак'],
} as const;
type Role = keyof typeof HEADERS;

const HEADER_KEYS = Object.fromEntries(
  Object.entries(HEADERS).map(([role, names]) => [role, new Set(names.map(searchKey))]),
) as Record<Role, Set<string>>;

/** "population_2022" and "Население, 2022" are population columns: trailing years are let go. */
const TRAILING_DIGITS = /\d+$/;

function columnOf(fields: readonly string[], role: Role): string | null {
  const keys = HEADER_KEYS[role];
  return (
    fields.find((field) => keys.has(searchKey(field))) ??
    fields.find((field) => keys.has(searchKey(field).replace(TRAILING_DIGITS, ''))) ??
    null
  );
}

/** True when `part` has a name and a population column: it can be offered as a population base. */
export function isSettlementTable(part: ParsedPart): boolean {
  const fields = part.fields.map((field) => field.name);
  return columnOf(fields, 'name') !== null && columnOf(fields, 'population') !== null;
}

/** A matched name farther than this from the row's own point is another place of that name. */
const SAME_PLACE_KM = 25;

const text = (value: UserValue | undefined): string =>
  value === null || value === undefined ? '' : String(value).trim();

/** Spaces (also the narrow and no-break ones of Russian tables) group thousands. */
const DIGIT_GROUPS = /[\s\u00a0\u202f]/g;

function populationOf(value: UserValue | undefined): number | null {
  const n = typeof value === 'number' ? value : Number(text(value).replace(DIGIT_GROUPS, ''));
  if (text(value) === '' || !Number.isInteger(n) || n < 0) return null;
  return n;
}

function kmBetween([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  // Equirectangular: exact enough to tell one town from another 25 km away.
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.hypot(x, y) * 6371;
}

type Match = { id: string } | { problem: 'noMatch' | 'ambiguous' };

/** The listed settlement a name means, by the search key of any of its names (ky, ru, en). */
function matchName(atlas: AtlasData, name: string, point: LonLat | null): Match {
  const key = searchKey(name);
  const { settlements } = atlasIndex(atlas);
  let candidates = settlementIndex(atlas).places.filter((entry) => entry.nameKeys.includes(key));
  if (point) {
    candidates = candidates.filter((entry) => {
      const [lon, lat] = settlements.get(entry.place.id)?.geometry.coordinates ?? [];
      return (
        lon !== undefined && lat !== undefined && kmBetween(point, [lon, lat]) <= SAME_PLACE_KM
      );
    });
  }
  // Keys fold spellings together (Каракол, Кара-Көл): the one spelt as written wins.
  const spelt = candidates.filter((entry) => entry.spellings.includes(romanise(name)));
  const chosen = spelt.length === 1 ? spelt : candidates;
  const [only, ...others] = chosen;
  if (!only) return { problem: 'noMatch' };
  return others.length === 0 ? { id: only.place.id } : { problem: 'ambiguous' };
}

type Record_ = { properties: UserProperties; point: LonLat | null; geometryIsPoint: boolean };

function recordsOf(part: ParsedPart): Record_[] {
  if (part.kind === 'table') {
    return part.rows.map((properties) => ({ properties, point: null, geometryIsPoint: true }));
  }
  return part.features.map(({ properties, geometry }) =>
    geometry.type === 'Point'
      ? {
          properties,
          point: [geometry.coordinates[0] ?? Number.NaN, geometry.coordinates[1] ?? Number.NaN],
          geometryIsPoint: true,
        }
      : { properties, point: null, geometryIsPoint: false },
  );
}

/** A new settlement's id: the same row of the same table gives the same id after a reload. */
const newSettlementId = (name: string, [lon, lat]: LonLat) =>
  `user-${searchKey(name) || 'place'}-${lon.toFixed(4)}-${lat.toFixed(4)}`;

type Place = Pick<SettlementRow, 'matched' | 'id' | 'coordinates' | 'region'>;

/**
 * Where a row's settlement is: the listed one its name means, or, for a row with a point and a
 * name no listed place near it has, a new settlement in the region of that point.
 */
function placeOf(atlas: AtlasData, name: string, point: LonLat | null): Place | RowReason {
  const match = matchName(atlas, name, point);
  if ('id' in match) {
    const listed = atlasIndex(atlas).settlements.get(match.id);
    if (!listed) return 'noMatch';
    const [lon = 0, lat = 0] = listed.geometry.coordinates;
    return {
      matched: match.id,
      id: match.id,
      coordinates: [lon, lat],
      region: listed.properties.region,
    };
  }
  if (!point || match.problem === 'ambiguous') return match.problem;
  // Only a new point is checked: a few listed border towns lie just outside the country polygon.
  const region = pointInCountry(atlas, point) ? regionOfPoint(atlas, point) : null;
  if (!region) return 'outsideCountry';
  return { matched: null, id: newSettlementId(name, point), coordinates: point, region };
}

type Columns = Extract<SettlementTable, { ok: true }>['columns'];

/** The cell each reason faults: the name, the population, or none (the geometry). */
const REASON_COLUMN: Record<RowReason, (columns: Columns) => string | null> = {
  noName: (columns) => columns.name,
  noMatch: (columns) => columns.name,
  ambiguous: (columns) => columns.name,
  duplicate: (columns) => columns.name,
  populationNotANumber: (columns) => columns.population,
  notAPoint: () => null,
  outsideCountry: () => null,
};

/**
 * Reads a settlement table: the name and population columns under their common names (en, ru,
 * ky), an optional year and source. A row's name is matched to a listed settlement across
 * scripts; a layer's point keeps a name to the listed place near it and makes a new settlement
 * when none is. Every row left out is listed with its number and why, never dropped silently.
 *
 * @example
 *   const table = settlementTable(part, atlas, { mode: 'extend' });
 *   table.ok && table.problems; // [{ row: 3, name: 'Ак-Суу', column: 'name', reason: 'ambiguous' }]
 */
export function settlementTable(
  part: ParsedPart,
  atlas: AtlasData,
  options: { mode: BaseMode },
): SettlementTable {
  const fields = part.fields.map((field) => field.name);
  const nameColumn = columnOf(fields, 'name');
  const populationColumn = columnOf(fields, 'population');
  if (!nameColumn) return { ok: false, missing: 'name', columns: fields };
  if (!populationColumn) return { ok: false, missing: 'population', columns: fields };
  const yearColumn = columnOf(fields, 'year');
  const sourceColumn = columnOf(fields, 'source');
  const columns = {
    name: nameColumn,
    population: populationColumn,
    year: yearColumn,
    source: sourceColumn,
  };

  const rows: SettlementRow[] = [];
  const problems: RowProblem[] = [];
  const taken = new Set<string>();
  for (const [index, { properties, point, geometryIsPoint }] of recordsOf(part).entries()) {
    const row = index + 1;
    const name = text(properties[nameColumn]);
    const population = populationOf(properties[populationColumn]);
    const refuse = (reason: RowReason) =>
      problems.push({ row, name, column: REASON_COLUMN[reason](columns), reason });
    if (!geometryIsPoint) {
      refuse('notAPoint');
      continue;
    }
    if (name === '') {
      refuse('noName');
      continue;
    }
    if (population === null) {
      refuse('populationNotANumber');
      continue;
    }
    const place = placeOf(atlas, name, point);
    if (typeof place === 'string' || taken.has(place.id)) {
      refuse(typeof place === 'string' ? place : 'duplicate');
      continue;
    }
    taken.add(place.id);
    rows.push({
      row,
      name,
      ...place,
      population,
      year: yearColumn ? text(properties[yearColumn]) || null : null,
      source: sourceColumn ? text(properties[sourceColumn]) || null : null,
    });
  }
  return {
    ok: true,
    columns,
    rows,
    problems,
    settlements: baseSettlements(atlas, rows, options.mode),
  };
}

/**
 * The analysis's settlements from a table's rows: only them (replace), or the listed settlements
 * with the matched ones' population taken from the table and the new ones added (extend).
 *
 * @example
 *   baseSettlements(atlas, table.rows, 'replace').length === table.rows.length; // true
 */
export function baseSettlements(
  atlas: AtlasData,
  rows: readonly SettlementRow[],
  mode: BaseMode,
): BaseSettlement[] {
  const fromTable = rows.map(
    (row): BaseSettlement => ({
      id: row.id,
      coordinates: row.coordinates,
      population: row.population,
      region: row.region,
    }),
  );
  if (mode === 'replace') return fromTable;
  const byId = new Map(fromTable.map((settlement) => [settlement.id, settlement]));
  const listed = listedSettlements(atlas);
  const listedIds = new Set(listed.map((settlement) => settlement.id));
  return [
    ...listed.map((settlement) => byId.get(settlement.id) ?? settlement),
    ...fromTable.filter((settlement) => !listedIds.has(settlement.id)),
  ];
}
