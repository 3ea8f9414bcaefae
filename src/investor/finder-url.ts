/**
 * The finder's filters in the address bar (`?cluster=tourism&maxKm=50…`), readable by people and
 * forgiving: a value this app does not know is left out and named, never fatal.
 */
import { ZONE_NEIGHBOURS } from '../vocabulary/analysis-params';
import { CLUSTER_IDS, DRIVER_SECTORS } from '../vocabulary/ids';
import {
  DRIVER_LEVELS,
  type FinderFilters,
  NO_FILTERS,
  STAGE_FILTERS,
  type ZoneFilter,
} from './finder';

const PARAM = {
  clusters: 'cluster',
  sectors: 'sector',
  level: 'level',
  stages: 'stage',
  zones: 'zone',
  maxLogisticsKm: 'maxKm',
  minPopulation: 'minPop',
} as const satisfies Record<keyof FinderFilters, string>;

/** Filters that can only be so large: an absurd number in a link is refused, not used. */
const MAX_KM = 1000;
const MAX_POPULATION = 10_000_000;
/** Longest value read from one parameter: a hostile link cannot make the parser work hard. */
const MAX_PARAM_LENGTH = 500;

const ZONE_FILTERS: readonly ZoneFilter[] = [...ZONE_NEIGHBOURS, 'band'];

/** True when the search string holds any finder parameter. */
export function hasFinderParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(PARAM).some((name) => params.has(name));
}

/**
 * Reads the filters from a search string such as `location.search`. `ignored` lists each
 * parameter value that was not understood, as `name=value`.
 *
 * @example
 *   readFinderFilters('?cluster=tourism,mining&maxKm=50');
 *   // { filters: { ...NO_FILTERS, clusters: ['tourism'], maxLogisticsKm: 50 },
 *   //   ignored: ['cluster=mining'] }
 */
export function readFinderFilters(search: string): { filters: FinderFilters; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const list = <T extends string>(name: string, allowed: readonly T[]): T[] => {
    const raw = params.get(name);
    if (raw === null || raw === '') return [];
    const chosen: T[] = [];
    for (const value of raw.slice(0, MAX_PARAM_LENGTH).split(',')) {
      if ((allowed as readonly string[]).includes(value)) {
        if (!chosen.includes(value as T)) chosen.push(value as T);
      } else if (value !== '') ignored.push(`${name}=${value}`);
    }
    return chosen;
  };
  const number = (name: string, max: number): number | null => {
    const raw = params.get(name);
    if (raw === null || raw === '') return null;
    const value = Number(raw.slice(0, MAX_PARAM_LENGTH));
    if (!Number.isFinite(value) || value < 0 || value > max) {
      ignored.push(`${name}=${raw.slice(0, 40)}`);
      return null;
    }
    return value;
  };
  const level = list(PARAM.level, DRIVER_LEVELS)[0] ?? NO_FILTERS.level;
  return {
    filters: {
      clusters: list(PARAM.clusters, CLUSTER_IDS),
      sectors: list(PARAM.sectors, DRIVER_SECTORS),
      level,
      stages: list(PARAM.stages, STAGE_FILTERS),
      zones: list(PARAM.zones, ZONE_FILTERS),
      maxLogisticsKm: number(PARAM.maxLogisticsKm, MAX_KM),
      minPopulation: number(PARAM.minPopulation, MAX_POPULATION),
    },
    ignored,
  };
}

/**
 * `url` with the finder parameters replaced by `filters` (unset filters leave no parameter);
 * every other parameter and the hash stay as they were.
 *
 * @example
 *   withFinderFilters(new URL('https://x/?lang=ru#s=…'), { ...NO_FILTERS, clusters: ['tourism'] })
 *     .href; // 'https://x/?lang=ru&cluster=tourism#s=…'
 */
export function withFinderFilters(url: URL, filters: FinderFilters): URL {
  const next = new URL(url);
  for (const name of Object.values(PARAM)) next.searchParams.delete(name);
  const set = (name: string, value: string) => {
    if (value !== '') next.searchParams.set(name, value);
  };
  set(PARAM.clusters, filters.clusters.join(','));
  set(PARAM.sectors, filters.sectors.join(','));
  set(PARAM.level, filters.level === NO_FILTERS.level ? '' : filters.level);
  set(PARAM.stages, filters.stages.join(','));
  set(PARAM.zones, filters.zones.join(','));
  set(PARAM.maxLogisticsKm, filters.maxLogisticsKm === null ? '' : `${filters.maxLogisticsKm}`);
  set(PARAM.minPopulation, filters.minPopulation === null ? '' : `${filters.minPopulation}`);
  return next;
}
