// Browser loader: fetches every geodata file as a hashed asset and validates it with parseAtlasData.
import borderLinesUrl from '../../geodata/boundaries/border-lines.geojson?url&no-inline';
import countryUrl from '../../geodata/boundaries/country.geojson?url&no-inline';
import enclavesUrl from '../../geodata/boundaries/enclaves.geojson?url&no-inline';
import neighbourNamesUrl from '../../geodata/boundaries/neighbour-names.json?url&no-inline';
import neighboursUrl from '../../geodata/boundaries/neighbours.geojson?url&no-inline';
import oblastsUrl from '../../geodata/boundaries/oblasts.geojson?url&no-inline';
import clustersUrl from '../../geodata/concept/clusters.json?url&no-inline';
import growthNodesUrl from '../../geodata/concept/growth-nodes.json?url&no-inline';
import indicatorsUrl from '../../geodata/concept/indicators.json?url&no-inline';
import logisticsCentresUrl from '../../geodata/concept/logistics-centres.json?url&no-inline';
import regionsUrl from '../../geodata/concept/regions.json?url&no-inline';
import tourUrl from '../../geodata/concept/tour.json?url&no-inline';
import zonesUrl from '../../geodata/concept/zones.json?url&no-inline';
import lakesUrl from '../../geodata/hydro/lakes.geojson?url&no-inline';
import riversUrl from '../../geodata/hydro/rivers.geojson?url&no-inline';
import foreignCitiesUrl from '../../geodata/settlements/foreign-cities.geojson?url&no-inline';
import settlementsUrl from '../../geodata/settlements/settlements.geojson?url&no-inline';
import { EMBEDDED_BLOCK, embeddedJson } from '../platform/embedded-blocks';
import { PORTABLE } from '../platform/portable';
import {
  ATLAS_FILE_KEYS,
  ATLAS_FILES,
  type AtlasData,
  type AtlasFileKey,
  parseAtlasData,
} from './atlas';

/** Asset URLs of the geodata files; `?url&no-inline` keeps them out of the JS bundle. */
export const ATLAS_URLS: Record<AtlasFileKey, string> = {
  country: countryUrl,
  oblasts: oblastsUrl,
  neighbours: neighboursUrl,
  neighbourNames: neighbourNamesUrl,
  borderLines: borderLinesUrl,
  enclaves: enclavesUrl,
  lakes: lakesUrl,
  rivers: riversUrl,
  settlements: settlementsUrl,
  foreignCities: foreignCitiesUrl,
  regions: regionsUrl,
  indicators: indicatorsUrl,
  growthNodes: growthNodesUrl,
  logisticsCentres: logisticsCentresUrl,
  clusters: clustersUrl,
  zones: zonesUrl,
  tour: tourUrl,
};

/**
 * Fetches all geodata files in parallel and returns them validated; the portable atlas reads
 * them from its page instead (a page opened from a file may fetch nothing).
 * Rejects with the file's path when a request fails, or with parseAtlasData's error.
 *
 * @example
 *   const atlas = await fetchAtlas();
 *   atlas.regions.regions.map((r) => r.name.ky);
 */
export async function fetchAtlas(
  signal?: AbortSignal,
  fetchFile: typeof fetch = fetch,
): Promise<AtlasData> {
  if (PORTABLE) {
    return parseAtlasData(embeddedJson(EMBEDDED_BLOCK.atlas) as Record<AtlasFileKey, unknown>);
  }
  const entries = await Promise.all(
    ATLAS_FILE_KEYS.map(async (key) => {
      const response = await fetchFile(ATLAS_URLS[key], signal ? { signal } : undefined);
      if (!response.ok) {
        throw new Error(
          `geodata/${ATLAS_FILES[key]}: HTTP ${response.status} from ${ATLAS_URLS[key]}`,
        );
      }
      return [key, (await response.json()) as unknown] as const;
    }),
  );
  return parseAtlasData(Object.fromEntries(entries) as Record<AtlasFileKey, unknown>);
}
