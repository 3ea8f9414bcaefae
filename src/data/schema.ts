// Zod schemas and inferred types for every file under geodata/ (docs/data-contract.md).
import {
  BAND_DEPTH_RANGE_KM,
  CATCHMENT_METHODS,
  RADIUS_RANGE_KM,
  ZONE_DEPTH_RANGE_KM,
} from '../vocabulary/analysis-params';
import {
  CLUSTER_IDS,
  DRIVER_SECTORS,
  GROWTH_NODE_IDS,
  INDICATOR_IDS,
  INDICATOR_MEASURES,
  NEIGHBOUR_ISOS,
  REGION_IDS,
  TABLE1_YEARS,
} from '../vocabulary/ids';
import { z } from './zod';

// ---------------------------------------------------------------------------
// Fixed identifiers
// ---------------------------------------------------------------------------

const regionId = z.enum(REGION_IDS);
export type RegionId = z.infer<typeof regionId>;

const neighbourIso = z.enum(NEIGHBOUR_ISOS);
export type NeighbourIso = z.infer<typeof neighbourIso>;

const growthNodeId = z.enum(GROWTH_NODE_IDS);
export type GrowthNodeId = z.infer<typeof growthNodeId>;

const clusterId = z.enum(CLUSTER_IDS);
export type ClusterId = z.infer<typeof clusterId>;

const indicatorId = z.enum(INDICATOR_IDS);
export type IndicatorId = z.infer<typeof indicatorId>;

const ENCLAVE_IDS = ['sokh', 'shakhimardan', 'vorukh'] as const;

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

const nonEmptyText = z.string().trim().min(1);
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug like "kara-balta"');

/** Text in the three languages of the app; none may be empty. */
const localizedText = z.strictObject({
  ky: nonEmptyText,
  ru: nonEmptyText,
  en: nonEmptyText,
});
export type LocalizedText = z.infer<typeof localizedText>;

/** A reference into the Concept: "§5.1", "§4, Table 1", "§5.1, §5.2". */
const conceptSource = z
  .string()
  .regex(
    /^§\d+(\.\d+)*(, (§\d+(\.\d+)*|Table \d+))*$/,
    'expected a Concept section such as "§5.1" or "§4, Table 1"',
  );

/** Rejects arrays in which two records share `key`, naming the duplicate. */
function uniqueBy<T>(
  key: (item: T) => string | number,
  what: string,
  pathPrefix: readonly (string | number)[] = [],
) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string | number, number>();
    items.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...pathPrefix, index],
          message: `duplicate ${what} "${value}" (also at index ${first})`,
        });
      } else {
        seen.set(value, index);
      }
    });
  };
}

/** Requires `items` to name every member of `all` exactly once. */
function coversAll<T>(all: readonly string[], key: (item: T) => string, what: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const present = new Set(items.map(key));
    const missing = all.filter((id) => !present.has(id));
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', message: `missing ${what}: ${missing.join(', ')}` });
    }
  };
}

// ---------------------------------------------------------------------------
// GeoJSON (WGS84 lon/lat)
// ---------------------------------------------------------------------------

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
const position = z.tuple([longitude, latitude]);
export type Position = z.infer<typeof position>;

const linearRing = z
  .array(position)
  .min(4)
  .refine((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return (
      first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]
    );
  }, 'a linear ring must be closed (first position equals last)');

const pointGeometry = z.object({ type: z.literal('Point'), coordinates: position });
const lineStringGeometry = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(position).min(2),
});
const multiLineStringGeometry = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(position).min(2)).min(1),
});
const polygonGeometry = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(linearRing).min(1),
});
const multiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(linearRing).min(1)).min(1),
});
const areaGeometry = z.discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry]);
const lineGeometry = z.discriminatedUnion('type', [lineStringGeometry, multiLineStringGeometry]);

function feature<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    geometry,
    properties,
  });
}

function featureCollection<F extends z.ZodType>(featureSchema: F) {
  return z.object({ type: z.literal('FeatureCollection'), features: z.array(featureSchema) });
}

// ---------------------------------------------------------------------------
// geodata/boundaries/
// ---------------------------------------------------------------------------

export const countryFile = featureCollection(
  feature(areaGeometry, z.object({ iso: z.literal('KG') })),
).refine((fc) => fc.features.length === 1, 'country.geojson must hold exactly one Feature');
export type CountryFile = z.infer<typeof countryFile>;

const oblastProperties = z.object({
  region: regionId,
  iso_3166_2: z.string().regex(/^KG-[A-Z]{1,2}$/),
});
export const oblastFeature = feature(areaGeometry, oblastProperties);
export const oblastsFile = featureCollection(oblastFeature).superRefine((fc, ctx) =>
  uniqueBy<z.infer<typeof oblastFeature>>((f) => f.properties.region, 'region', ['features'])(
    fc.features,
    ctx,
  ),
);
export type OblastFeature = z.infer<typeof oblastFeature>;
export type OblastsFile = z.infer<typeof oblastsFile>;

const neighbourFeature = feature(areaGeometry, z.object({ iso: z.string().regex(/^[A-Z]{2}$/) }));
export const neighboursFile = featureCollection(neighbourFeature);
export type NeighboursFile = z.infer<typeof neighboursFile>;

/** Names of the neighbouring countries by ISO 3166-1 code (Unicode CLDR territory names). */
export const neighbourNamesFile = z.strictObject({
  source: z.string().min(1),
  names: z.record(z.string().regex(/^[A-Z]{2}$/), localizedText),
});

const borderLineFeature = feature(multiLineStringGeometry, z.object({ neighbour: neighbourIso }));
export const borderLinesFile = featureCollection(borderLineFeature);
export type BorderLineFeature = z.infer<typeof borderLineFeature>;
export type BorderLinesFile = z.infer<typeof borderLinesFile>;

const enclaveFeature = feature(
  areaGeometry,
  z.object({ id: z.enum(ENCLAVE_IDS), neighbour: z.enum(['UZ', 'TJ']) }),
);
export const enclavesFile = featureCollection(enclaveFeature);
export type EnclavesFile = z.infer<typeof enclavesFile>;

// ---------------------------------------------------------------------------
// geodata/hydro/
// ---------------------------------------------------------------------------

/**
 * A name from an external source: always in English, in Russian or Kyrgyz only where a source
 * gives it (the app falls back to English, it never transliterates).
 */
const sourcedName = z.object({
  en: nonEmptyText,
  ru: nonEmptyText.nullable(),
  ky: nonEmptyText.nullable(),
});

const hydroProperties = z.object({
  id: z.union([z.string().min(1), z.number()]),
  name: sourcedName.nullable(),
});
export const lakesFile = featureCollection(feature(areaGeometry, hydroProperties));
export const riversFile = featureCollection(feature(lineGeometry, hydroProperties));
export type LakesFile = z.infer<typeof lakesFile>;
export type RiversFile = z.infer<typeof riversFile>;

// ---------------------------------------------------------------------------
// geodata/settlements/
// ---------------------------------------------------------------------------

const settlementProperties = z.object({
  id: slug,
  name: sourcedName,
  population: z.number().int().nonnegative().nullable(),
  populationSource: nonEmptyText.nullable(),
  source: nonEmptyText,
  region: regionId,
});
const settlementFeature = feature(pointGeometry, settlementProperties);
export const settlementsFile = featureCollection(settlementFeature);
export type SettlementFeature = z.infer<typeof settlementFeature>;
export type SettlementsFile = z.infer<typeof settlementsFile>;

/**
 * A city of a neighbouring country near the Kyrgyz border (GeoNames/SimpleMaps): population
 * ≥ 100,000 within 300 km of the border, an attractor for the Huff model.
 */
const foreignCityProperties = z
  .object({
    /** "<country in lower case>-<slug of the English name>", e.g. "uz-andijan". */
    id: slug,
    name: sourcedName,
    country: neighbourIso,
    population: z.number().int().positive(),
    populationSource: nonEmptyText,
    source: nonEmptyText,
    /** Great-circle distance from the point to the nearest segment of the state border, 1 decimal. */
    borderDistanceKm: z.number().nonnegative(),
  })
  .refine((p) => p.id.startsWith(`${p.country.toLowerCase()}-`), {
    path: ['id'],
    message: 'the id must start with the country code in lower case, e.g. "uz-andijan"',
  });
const foreignCityFeature = feature(pointGeometry, foreignCityProperties);
export const foreignCitiesFile = featureCollection(foreignCityFeature);
export type ForeignCityFeature = z.infer<typeof foreignCityFeature>;
export type ForeignCitiesFile = z.infer<typeof foreignCitiesFile>;

// ---------------------------------------------------------------------------
// geodata/concept/regions.json
// ---------------------------------------------------------------------------

/** The app's sector tags for one level of drivers (see DRIVER_SECTORS). */
const driverSectors = z
  .array(z.enum(DRIVER_SECTORS))
  .min(1)
  .superRefine(uniqueBy((sector) => sector, 'sector'));

const regionSchema = z.strictObject({
  id: regionId,
  kind: z.enum(['oblast', 'city']),
  iso_3166_2: z.string().regex(/^KG-[A-Z]{1,2}$/),
  /** false for Osh city: open boundary data has no polygon for it, and none is invented. */
  hasPolygon: z.boolean(),
  /** The region whose polygon surrounds a region that has none (Osh city → osh-region). */
  enclosedBy: regionId.optional(),
  name: localizedText,
  industrialOutputShare2015: z.strictObject({
    percent: z.number().min(0).max(100),
    source: conceptSource,
  }),
  specialisation: z.strictObject({
    firstLevel: localizedText,
    firstLevelSectors: driverSectors,
    secondLevel: localizedText,
    secondLevelSectors: driverSectors,
    /** A caveat about how the Concept words this region's drivers. */
    note: localizedText.optional(),
    keyTasks: z.array(localizedText).min(1),
    source: conceptSource,
  }),
  source: conceptSource,
});
export type Region = z.infer<typeof regionSchema>;

export const regionsFile = z.strictObject({
  source: conceptSource,
  regions: z
    .array(regionSchema)
    .superRefine(uniqueBy((r) => r.id, 'region id'))
    .superRefine(coversAll(REGION_IDS, (r) => r.id, 'regions'))
    .superRefine((regions, ctx) => {
      regions.forEach((r, index) => {
        if (!r.hasPolygon && r.enclosedBy === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'enclosedBy'],
            message: 'a region without a polygon must name the region that encloses it',
          });
        }
      });
    }),
});
export type RegionsFile = z.infer<typeof regionsFile>;

// ---------------------------------------------------------------------------
// geodata/concept/indicators.json
// ---------------------------------------------------------------------------

const yearValues = z.strictObject({
  '2017': z.number().nonnegative(),
  '2018': z.number().nonnegative(),
  '2019': z.number().nonnegative(),
});
const indicatorValues = z.strictObject({
  grp: yearValues,
  'new-jobs': yearValues,
  'average-wage': yearValues,
});
export type IndicatorValues = z.infer<typeof indicatorValues>;

const indicatorDefinition = z.strictObject({
  id: indicatorId,
  name: localizedText,
  unit: localizedText,
  /** "sum": regions add up to the republic; "average": the republic value is a national mean. */
  aggregation: z.enum(['sum', 'average']),
  source: conceptSource,
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;

const table1RegionRow = z.strictObject({
  region: regionId,
  values: indicatorValues,
  source: conceptSource,
});
export type Table1RegionRow = z.infer<typeof table1RegionRow>;

const conceptFact = z.strictObject({
  id: slug,
  value: z.number(),
  /** How the Concept states the number: "more than half" → more-than 50. */
  qualifier: z.enum(['exact', 'about', 'more-than', 'less-than', 'almost']),
  unit: localizedText,
  regions: z.array(regionId).min(1).optional(),
  text: localizedText,
  source: conceptSource,
});
export type ConceptFact = z.infer<typeof conceptFact>;

export const indicatorsFile = z.strictObject({
  table1: z.strictObject({
    source: conceptSource,
    title: localizedText,
    years: z.tuple([z.literal(2017), z.literal(2018), z.literal(2019)]),
    indicators: z
      .array(indicatorDefinition)
      .superRefine(uniqueBy((i) => i.id, 'indicator id'))
      .superRefine(coversAll(INDICATOR_IDS, (i) => i.id, 'indicators')),
    total: z.strictObject({ label: localizedText, values: indicatorValues, source: conceptSource }),
    regions: z
      .array(table1RegionRow)
      .superRefine(uniqueBy((r) => r.region, 'region'))
      .superRefine(coversAll(REGION_IDS, (r) => r.region, 'Table 1 rows')),
  }),
  facts: z.array(conceptFact).superRefine(uniqueBy((f) => f.id, 'fact id')),
});
export type IndicatorsFile = z.infer<typeof indicatorsFile>;

// ---------------------------------------------------------------------------
// geodata/concept/growth-nodes.json
// ---------------------------------------------------------------------------

const growthNodeSchema = z.strictObject({
  id: growthNodeId,
  /** Position in the Concept's list (§5.1), 1-based. */
  order: z.number().int().min(1).max(GROWTH_NODE_IDS.length),
  name: localizedText,
  altNames: z.array(nonEmptyText).optional(),
  region: regionId,
  /** Bishkek and Osh develop under programmes of their own (§5.1). */
  ownProgramme: z.boolean(),
  source: conceptSource,
});
export type GrowthNode = z.infer<typeof growthNodeSchema>;

const textWithSource = z.strictObject({ text: localizedText, source: conceptSource });

export const growthNodesFile = z.strictObject({
  source: conceptSource,
  role: textWithSource,
  requiredInstitutions: z.strictObject({
    items: z
      .array(z.strictObject({ id: slug, name: localizedText }))
      .min(1)
      .superRefine(uniqueBy((i) => i.id, 'institution id')),
    text: localizedText,
    source: conceptSource,
  }),
  staging: z.strictObject({
    stageCount: z.number().int().positive(),
    citiesPerStage: z.strictObject({ min: z.number().int().positive(), max: z.number().int() }),
    /** The Concept does not say which node is in which stage: a planner's choice. */
    assignedByConcept: z.literal(false),
    text: localizedText,
    source: conceptSource,
  }),
  businessPlans: z.strictObject({
    count: z.number().int().positive(),
    text: localizedText,
    source: conceptSource,
  }),
  ownProgrammes: textWithSource,
  nodes: z
    .array(growthNodeSchema)
    .superRefine(uniqueBy((n) => n.id, 'growth node id'))
    .superRefine(uniqueBy((n) => n.order, 'order'))
    .superRefine(coversAll(GROWTH_NODE_IDS, (n) => n.id, 'growth nodes')),
});
export type GrowthNodesFile = z.infer<typeof growthNodesFile>;

// ---------------------------------------------------------------------------
// geodata/concept/logistics-centres.json
// ---------------------------------------------------------------------------

const logisticsCentreSchema = z.strictObject({
  id: slug,
  node: growthNodeId,
  kind: z.enum(['multimodal', 'southern', 'main-regional']),
  /** Only where the Concept names transport modes (Balykchy). */
  modes: z
    .array(z.enum(['water', 'road', 'rail']))
    .min(1)
    .optional(),
  transit: z.boolean().optional(),
  /** The §5.2 region sections that name this centre. */
  regionSections: z.array(regionId).min(1),
  name: localizedText,
  role: localizedText,
  source: conceptSource,
});
export type LogisticsCentre = z.infer<typeof logisticsCentreSchema>;

export const logisticsCentresFile = z.strictObject({
  source: conceptSource,
  functions: z.strictObject({
    items: z
      .array(z.strictObject({ id: slug, name: localizedText }))
      .min(1)
      .superRefine(uniqueBy((i) => i.id, 'function id')),
    source: conceptSource,
  }),
  networks: textWithSource,
  centres: z.array(logisticsCentreSchema).superRefine(uniqueBy((c) => c.id, 'centre id')),
});
export type LogisticsCentresFile = z.infer<typeof logisticsCentresFile>;

// ---------------------------------------------------------------------------
// geodata/concept/clusters.json
// ---------------------------------------------------------------------------

const clusterSchema = z
  .strictObject({
    id: clusterId,
    name: localizedText,
    /** Where the cluster is, as the Concept words it. */
    where: localizedText,
    regions: z.array(regionId).min(1),
    /** "most-territories": the Concept says "most territories, apart from some" and names none. */
    coverage: z.enum(['listed', 'most-territories']),
    coverageNote: localizedText.optional(),
    source: conceptSource,
  })
  .refine((c) => c.coverage === 'listed' || c.coverageNote !== undefined, {
    message: 'a cluster with partial coverage needs a coverageNote',
    path: ['coverageNote'],
  });
export type Cluster = z.infer<typeof clusterSchema>;

export const clustersFile = z.strictObject({
  source: conceptSource,
  intro: localizedText,
  clusters: z
    .array(clusterSchema)
    .superRefine(uniqueBy((c) => c.id, 'cluster id'))
    .superRefine(coversAll(CLUSTER_IDS, (c) => c.id, 'clusters')),
});
export type ClustersFile = z.infer<typeof clustersFile>;

// ---------------------------------------------------------------------------
// geodata/concept/zones.json
// ---------------------------------------------------------------------------

const influenceZoneSchema = z.strictObject({
  id: z.enum(['uz', 'tj', 'kz', 'cn']),
  /** The zone's number in §5.4; null for China, which the Concept only asks to "take into account". */
  conceptZone: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  neighbour: neighbourIso,
  status: z.enum(['zone', 'take-into-account']),
  regions: z.array(regionId).min(1),
  name: localizedText,
  description: localizedText,
  source: conceptSource,
});
export type InfluenceZone = z.infer<typeof influenceZoneSchema>;

export const zonesFile = z.strictObject({
  source: conceptSource,
  influence: z.strictObject({
    text: localizedText,
    /** The Concept gives no depth: it is a parameter of the analysis. */
    depth: z.strictObject({ assignedByConcept: z.literal(false), note: localizedText }),
    zones: z
      .array(influenceZoneSchema)
      .superRefine(uniqueBy((zone) => zone.id, 'zone id'))
      .superRefine(uniqueBy((zone) => zone.neighbour, 'neighbour')),
    source: conceptSource,
  }),
  borderTerritories: z.strictObject({
    context: localizedText,
    contextSource: conceptSource,
    approach: localizedText,
    directions: z
      .array(z.strictObject({ id: slug, text: localizedText }))
      .min(1)
      .superRefine(uniqueBy((d) => d.id, 'direction id')),
    supportMeasures: localizedText,
    priorityRegions: z.array(regionId).min(1),
    priorityText: localizedText,
    nationalProject: z.strictObject({
      name: localizedText,
      period: z.strictObject({ from: z.number().int(), to: z.number().int() }),
      basis: localizedText,
      status: localizedText,
      source: conceptSource,
    }),
    source: conceptSource,
  }),
});
export type ZonesFile = z.infer<typeof zonesFile>;

// ---------------------------------------------------------------------------
// geodata/concept/tour.json — the built-in presentation tour (issue 5)
// ---------------------------------------------------------------------------

/** Where a tour camera may look: a box around Kyrgyzstan and its neighbours' border areas. */
export const TOUR_VIEW_BOX = { west: 66, east: 82, south: 36.5, north: 45.5 } as const;
export const TOUR_CHAPTER_COUNT = { min: 9, max: 12 } as const;
export const TOUR_CAPTION_MAX_CHARS = 400;
export const TOUR_NOTES_MAX_CHARS = 600;
const TOUR_TITLE_MAX_CHARS = 80;

const boundedText = (max: number) =>
  z.strictObject({
    ky: nonEmptyText.max(max),
    ru: nonEmptyText.max(max),
    en: nonEmptyText.max(max),
  });

const tourCamera = z.strictObject({
  center: z.tuple([
    z.number().min(TOUR_VIEW_BOX.west).max(TOUR_VIEW_BOX.east),
    z.number().min(TOUR_VIEW_BOX.south).max(TOUR_VIEW_BOX.north),
  ]),
  zoom: z.number().min(4).max(14),
  bearing: z.number().min(-180).max(180),
  pitch: z.number().min(0).max(45),
});
export type TourCamera = z.infer<typeof tourCamera>;

/** The same keys as the app's overlays and analysis layers (src/scenario/types.ts). */
const tourOverlays = z.strictObject({
  oblasts: z.boolean(),
  growthNodes: z.boolean(),
  logistics: z.boolean(),
  clusters: z.boolean(),
});
const tourAnalysisLayers = z.strictObject({
  catchments: z.boolean(),
  overlaps: z.boolean(),
  uncovered: z.boolean(),
  zones: z.boolean(),
  band: z.boolean(),
});

const km = (range: { readonly min: number; readonly max: number }) =>
  z.number().min(range.min).max(range.max);
const zoneDepth = km(ZONE_DEPTH_RANGE_KM);

/**
 * The analysis parameters a chapter shows, all of them, within the app's slider ranges
 * (src/analysis/param-ranges.ts); a chapter without them keeps the planner's own.
 */
const tourAnalysis = z.strictObject({
  method: z.enum(CATCHMENT_METHODS),
  radiusKm: km(RADIUS_RANGE_KM),
  zoneDepthKm: z.strictObject({ UZ: zoneDepth, TJ: zoneDepth, KZ: zoneDepth, CN: zoneDepth }),
  bandDepthKm: km(BAND_DEPTH_RANGE_KM),
});
export type TourAnalysis = z.infer<typeof tourAnalysis>;

/** One feature the chapter draws attention to; parseAtlasData checks that it exists. */
const tourHighlight = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('region'), id: regionId }),
  z.strictObject({ kind: z.literal('node'), id: growthNodeId }),
  z.strictObject({ kind: z.literal('logistics'), id: slug }),
  z.strictObject({ kind: z.literal('cluster'), id: clusterId }),
]);
export type TourHighlight = z.infer<typeof tourHighlight>;

const tourChapter = z.strictObject({
  id: slug,
  title: boundedText(TOUR_TITLE_MAX_CHARS),
  /** 1–3 short sentences in a presenter's voice, numbers exactly as the Concept gives them. */
  caption: boundedText(TOUR_CAPTION_MAX_CHARS),
  /** 2–4 sentences the speaker says, from the section cited; seen only in the presenter view. */
  notes: boundedText(TOUR_NOTES_MAX_CHARS),
  source: conceptSource,
  camera: tourCamera,
  mode: z.enum(['explore', 'analyse']),
  overlays: tourOverlays,
  /** Drawn only when mode is "analyse". */
  analysisLayers: tourAnalysisLayers,
  analysis: tourAnalysis.optional(),
  highlight: tourHighlight.optional(),
  /** The indicator map the chapter shows, classed as the app's default (src/investor). */
  indicator: z
    .strictObject({
      measure: z.enum(INDICATOR_MEASURES),
      year: z.union(TABLE1_YEARS.map((year) => z.literal(year))),
    })
    .optional(),
});
export type TourChapter = z.infer<typeof tourChapter>;

export const tourFile = z.strictObject({
  source: conceptSource,
  chapters: z
    .array(tourChapter)
    .min(TOUR_CHAPTER_COUNT.min)
    .max(TOUR_CHAPTER_COUNT.max)
    .superRefine(uniqueBy((c) => c.id, 'chapter id')),
});
export type TourFile = z.infer<typeof tourFile>;
