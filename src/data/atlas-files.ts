// The geodata files' paths, apart from their schemas: the portable build (scripts/portable-atlas.ts)
// reads them in Node without loading zod.

/** Every file the app reads, by key, as a path under geodata/. */
export const ATLAS_FILES = {
  country: 'boundaries/country.geojson',
  oblasts: 'boundaries/oblasts.geojson',
  neighbours: 'boundaries/neighbours.geojson',
  neighbourNames: 'boundaries/neighbour-names.json',
  borderLines: 'boundaries/border-lines.geojson',
  enclaves: 'boundaries/enclaves.geojson',
  lakes: 'hydro/lakes.geojson',
  rivers: 'hydro/rivers.geojson',
  settlements: 'settlements/settlements.geojson',
  foreignCities: 'settlements/foreign-cities.geojson',
  regions: 'concept/regions.json',
  indicators: 'concept/indicators.json',
  growthNodes: 'concept/growth-nodes.json',
  logisticsCentres: 'concept/logistics-centres.json',
  clusters: 'concept/clusters.json',
  zones: 'concept/zones.json',
  tour: 'concept/tour.json',
} as const satisfies Record<string, string>;
