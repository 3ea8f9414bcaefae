/** The finder's results as files: a ranked table (CSV) and the places themselves (GeoJSON). */

import type { Feature, Geometry } from 'geojson';
import type { AtlasData } from '../data/atlas';
import { regionName } from '../data/atlas-index';
import { type TextKey, translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
import type { FinderMatch } from '../investor/finder';
import { matchName, reasonText } from '../investor/reason-text';
import type { Language } from '../vocabulary/languages';
import { csvText } from './csv';
import { featureCollectionText } from './geojson-file';

/** What a file says about one match, in `language`. */
function matchRow(atlas: AtlasData, match: FinderMatch, rank: number, language: Language) {
  const centre = atlas.logisticsCentres.centres.find((c) => c.id === match.nearestCentre?.centre);
  return {
    rank,
    kind: translator(language)(match.kind === 'node' ? 'places:growthNode' : 'places:region'),
    id: match.id,
    name: matchName(atlas, match, language),
    region: regionName(atlas, match.region, language),
    nearestCentre: centre ? pick(centre.name, language) : null,
    nearestCentreKm: match.nearestCentre ? Math.round(match.nearestCentre.km * 10) / 10 : null,
    catchmentPopulation: match.population,
    reasons: match.reasons.map((reason) => reasonText(atlas, reason, language)).join('; '),
  };
}

type Described = ReturnType<typeof matchRow>;

const COLUMNS: ReadonlyArray<{ key: keyof Described; header: TextKey }> = [
  { key: 'rank', header: 'export:finderCol.rank' },
  { key: 'kind', header: 'export:finderCol.kind' },
  { key: 'id', header: 'export:finderCol.id' },
  { key: 'name', header: 'analysis:col.name' },
  { key: 'region', header: 'places:region' },
  { key: 'nearestCentre', header: 'export:finderCol.nearestCentre' },
  { key: 'nearestCentreKm', header: 'export:finderCol.nearestCentreKm' },
  { key: 'catchmentPopulation', header: 'export:finderCol.catchmentPopulation' },
  { key: 'reasons', header: 'export:finderCol.reasons' },
];

/**
 * One row per match in rank order: kind, id, name and region in `language`, the nearest
 * logistics centre and its geodesic distance, the catchment population and why it matched.
 *
 * @example
 *   finderCsv(atlas, matches, 'en').split('\r\n')[1]; // '1,Growth node,balykchy,Balykchy,…'
 */
export function finderCsv(
  atlas: AtlasData,
  matches: readonly FinderMatch[],
  language: Language,
): string {
  const rows = matches.map((match, i) => matchRow(atlas, match, i + 1, language));
  return csvText(
    rows,
    COLUMNS.map(({ key, header }) => ({
      header: translator(language)(header),
      value: (row: Described) => row[key],
    })),
  );
}

/**
 * The matches as one FeatureCollection: growth nodes as points at their scenario position,
 * regions as their polygon (Osh city, which has none, as the point of its node), with the same
 * properties as the CSV.
 */
export function finderGeojson(
  atlas: AtlasData,
  matches: readonly FinderMatch[],
  language: Language,
): string {
  const features = matches.map((match, i): Feature<Geometry | null> => {
    const oblast =
      match.kind === 'region'
        ? atlas.oblasts.features.find((f) => f.properties.region === match.id)
        : undefined;
    const geometry: Geometry | null = oblast
      ? oblast.geometry
      : match.position
        ? { type: 'Point', coordinates: [...match.position] }
        : null;
    return { type: 'Feature', geometry, properties: matchRow(atlas, match, i + 1, language) };
  });
  return featureCollectionText(features);
}
