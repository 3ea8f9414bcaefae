/**
 * Finds regions, growth nodes, logistics centres, clusters, settlements and the neighbours' cities
 * near the border by any of their names.
 */
import type { AtlasData } from '../data/atlas';
import { atlasIndex, memoisedPerAtlas } from '../data/atlas-index';
import { romanise, searchKey, wordKeys } from './search-key';

/** `userFeature`: a feature of a layer the user added, found by its label field. */
export type PlaceKind =
  | 'region'
  | 'node'
  | 'logistics'
  | 'cluster'
  | 'settlement'
  | 'foreignCity'
  | 'userFeature';

/** A findable place. Settlements outside the Concept have only the Latin name of their source. */
export type SearchablePlace = {
  kind: PlaceKind;
  id: string;
  name: { en: string; ru: string | null; ky: string | null };
  /** The region it lies in; null for a region itself, for clusters, which span several, and abroad. */
  region: string | null;
  population: number | null;
};

/** How a query met a place, best first. */
export type MatchQuality = 'exact' | 'prefix' | 'word' | 'fuzzy';

export type SearchHit = { place: SearchablePlace; match: MatchQuality };

type IndexedPlace = {
  place: SearchablePlace;
  /** Each name romanised as spelt, to prefer the place the query spells exactly. */
  spellings: string[];
  nameKeys: string[];
  laterWordKeys: string[];
};

export type SearchIndex = { readonly places: readonly IndexedPlace[]; readonly longestKey: number };

/** No place name comes near this length; a longer query is pasted text, not a name. */
const MAX_QUERY_CHARS = 120;
/** Enough to choose from with the arrow keys, and to fit a phone screen above its keyboard. */
const DEFAULT_LIMIT = 8;

/** Places of the Concept outrank plain settlements with an equally good name match. */
const KIND_RANK: Record<PlaceKind, number> = {
  region: 0,
  node: 0,
  logistics: 1,
  cluster: 1,
  settlement: 2,
  userFeature: 2,
  // A Kyrgyz place outranks a city abroad with an equally good name match.
  foreignCity: 3,
};
const MATCH_RANK: Record<MatchQuality, number> = { exact: 0, prefix: 1, word: 2, fuzzy: 3 };
/** Exact and prefix matches form one group, so a node that starts with the query beats a village that equals it. */
const MATCH_GROUP: Record<MatchQuality, number> = { exact: 0, prefix: 0, word: 1, fuzzy: 2 };

/**
 * Every findable place of the atlas. A settlement that is a growth node (same id) appears once,
 * as the node, with the settlement's population.
 *
 * @example
 *   placesOfAtlas(atlas).find((p) => p.id === 'uzgen'); // { kind: 'node', name: { ky: 'Өзгөн', … }, region: 'osh-region', … }
 */
export function placesOfAtlas(atlas: AtlasData): SearchablePlace[] {
  const settlements = new Map(atlas.settlements.features.map((f) => [f.properties.id, f]));
  const nodeRegion = new Map<string, string>(
    atlas.growthNodes.nodes.map((node) => [node.id, node.region]),
  );
  return [
    ...atlas.regions.regions.map((region) => ({
      kind: 'region' as const,
      id: region.id,
      name: region.name,
      region: null,
      population: null,
    })),
    ...atlas.growthNodes.nodes.map((node) => ({
      kind: 'node' as const,
      id: node.id,
      name: node.name,
      region: node.region,
      population: settlements.get(node.id)?.properties.population ?? null,
    })),
    ...atlas.logisticsCentres.centres.map((centre) => ({
      kind: 'logistics' as const,
      id: centre.id,
      name: centre.name,
      region: nodeRegion.get(centre.node) ?? null,
      population: null,
    })),
    ...atlas.clusters.clusters.map((cluster) => ({
      kind: 'cluster' as const,
      id: cluster.id,
      name: cluster.name,
      region: null,
      population: null,
    })),
    ...atlas.settlements.features
      .filter((feature) => !nodeRegion.has(feature.properties.id))
      .map(({ properties }) => ({
        kind: 'settlement' as const,
        id: properties.id,
        name: properties.name,
        region: properties.region,
        population: properties.population,
      })),
    ...atlas.foreignCities.features.map(({ properties }) => ({
      kind: 'foreignCity' as const,
      id: properties.id,
      name: properties.name,
      region: null,
      population: properties.population,
    })),
  ];
}

/**
 * Precomputes the keys of every name of every place (in all three languages), once per atlas.
 *
 * @example
 *   const index = buildSearchIndex(placesOfAtlas(atlas));
 *   searchPlaces(index, 'ozgon')[0].place.id; // 'uzgen'
 */
export function buildSearchIndex(places: readonly SearchablePlace[]): SearchIndex {
  const indexed = places.map((place) => {
    const names = [place.name.en, place.name.ru, place.name.ky].filter(
      (name): name is string => name !== null,
    );
    const nameKeys = [...new Set(names.map(searchKey))].filter((key) => key !== '');
    const laterWordKeys = [...new Set(names.flatMap((name) => wordKeys(name).slice(1)))];
    return { place, spellings: names.map(romanise), nameKeys, laterWordKeys };
  });
  const longestKey = Math.max(
    0,
    ...indexed.flatMap((entry) => entry.nameKeys.map((k) => k.length)),
  );
  return { places: indexed, longestKey };
}

/** The listed settlements, growth nodes among them: where a growth node can be moved to. */
export const settlementIndex = memoisedPerAtlas((atlas) => {
  const { settlements } = atlasIndex(atlas);
  return buildSearchIndex(
    placesOfAtlas(atlas).filter(
      (place) =>
        (place.kind === 'node' || place.kind === 'settlement') && settlements.has(place.id),
    ),
  );
});

/** The listed settlements that are no growth node: where a candidate can be added. */
export const nonNodeSettlementIndex = memoisedPerAtlas((atlas) =>
  buildSearchIndex(placesOfAtlas(atlas).filter((place) => place.kind === 'settlement')),
);

/**
 * The places whose name (ky, ru or en, in any of their spellings) meets the query, best first:
 * whole-name and prefix matches, then a later word of the name, then near misses (a typo or two)
 * of a whole name; within each, regions and growth nodes before logistics centres and clusters,
 * before settlements; among equals, the place the query spells exactly, then the larger town.
 * Empty, over-long or unmatched queries give an empty list.
 *
 * @example
 *   searchPlaces(index, 'ozgon').map((hit) => hit.place.id); // ['uzgen']
 *   searchPlaces(index, 'Иссык-Куль')[0].place; // { kind: 'region', id: 'issyk-kul', … }
 */
export function searchPlaces(
  index: SearchIndex,
  query: string,
  limit = DEFAULT_LIMIT,
): SearchHit[] {
  if (query.length > MAX_QUERY_CHARS) return [];
  const key = searchKey(query);
  if (key === '' || key.length > index.longestKey) return [];
  // Short keys meet too many names within an edit: "xyzzy" folds to "xizi", one letter from "Kyzyl".
  const allowedEdits = key.length < 5 ? 0 : key.length < 9 ? 1 : 2;
  const spelt = romanise(query);

  const hits: Array<SearchHit & { edits: number; spelling: number }> = [];
  for (const { place, spellings, nameKeys, laterWordKeys } of index.places) {
    const hit = matchOf(key, nameKeys, laterWordKeys, allowedEdits);
    if (!hit) continue;
    const spelling = spellings.includes(spelt)
      ? 0
      : spellings.some((name) => name.startsWith(spelt))
        ? 1
        : 2;
    hits.push({ place, ...hit, spelling });
  }
  hits.sort(
    (a, b) =>
      MATCH_GROUP[a.match] - MATCH_GROUP[b.match] ||
      KIND_RANK[a.place.kind] - KIND_RANK[b.place.kind] ||
      MATCH_RANK[a.match] - MATCH_RANK[b.match] ||
      a.edits - b.edits ||
      a.spelling - b.spelling ||
      (b.place.population ?? -1) - (a.place.population ?? -1) ||
      a.place.name.en.localeCompare(b.place.name.en, 'en'),
  );
  return hits.slice(0, limit).map(({ place, match }) => ({ place, match }));
}

function matchOf(
  key: string,
  nameKeys: readonly string[],
  laterWordKeys: readonly string[],
  allowedEdits: number,
): { match: MatchQuality; edits: number } | null {
  if (nameKeys.includes(key)) return { match: 'exact', edits: 0 };
  if (nameKeys.some((name) => name.startsWith(key))) return { match: 'prefix', edits: 0 };
  if (laterWordKeys.some((word) => word.startsWith(key))) return { match: 'word', edits: 0 };
  if (allowedEdits === 0) return null;
  // Later words are left out: in long names ("… and financial centre") they meet any typing.
  const edits = Math.min(...nameKeys.map((name) => prefixEditDistance(key, name, allowedEdits)));
  return edits <= allowedEdits ? { match: 'fuzzy', edits } : null;
}

/**
 * Fewest edits (insert, delete, substitute, swap two neighbours) that turn `query` into some
 * prefix of `name`, or `limit + 1` once it is sure to exceed `limit`: a query typed halfway with
 * a typo still finds the name.
 */
function prefixEditDistance(query: string, name: string, limit: number): number {
  const columns = Math.min(name.length, query.length + limit);
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: columns + 1 }, (_, j) => j);
  for (let i = 1; i <= query.length; i++) {
    const row = [i];
    for (let j = 1; j <= columns; j++) {
      const substitution = query[i - 1] === name[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? i) + 1,
        (row[j - 1] ?? i) + 1,
        (previous[j - 1] ?? i) + substitution,
      );
      const swapped = query[i - 1] === name[j - 2] && query[i - 2] === name[j - 1];
      if (i > 1 && j > 1 && swapped) best = Math.min(best, (beforePrevious[j - 2] ?? i) + 1);
      row.push(best);
    }
    if (Math.min(...row) > limit) return limit + 1;
    beforePrevious = previous;
    previous = row;
  }
  return Math.min(...previous);
}
