// Fixed identifiers of the atlas, free of zod so UI code can use them without loading the validator.

/** The Concept's 9 regions, in the order of Table 1 (§4). */
export const REGION_IDS = [
  'batken',
  'jalal-abad',
  'issyk-kul',
  'naryn',
  'osh-region',
  'talas',
  'chui',
  'bishkek',
  'osh-city',
] as const;

/** Neighbours whose border the Concept's zones refer to (§5.4). */
export const NEIGHBOUR_ISOS = ['KZ', 'UZ', 'TJ', 'CN'] as const;

/** The 20 growth nodes of §5.1, in the Concept's order. */
export const GROWTH_NODE_IDS = [
  'bishkek',
  'osh',
  'karakol',
  'balykchy',
  'naryn',
  'kochkor',
  'tokmok',
  'kara-balta',
  'talas',
  'isfana',
  'batken',
  'kadamjay',
  'uzgen',
  'kara-suu',
  'sary-tash',
  'tash-kumyr',
  'kara-kul',
  'jalal-abad',
  'kerben',
  'kochkor-ata',
] as const;

export const CLUSTER_IDS = [
  'education',
  'construction',
  'tourism',
  'petrochemical',
  'agro-industrial',
  'livestock',
  'transport-communication',
  'medical-pharmaceutical',
] as const;

/**
 * Sectors of the regions' growth drivers (§5.2): the app's classification of the Concept's wording,
 * so investors can filter by industry. The wording itself stays in regions.json.
 */
export const DRIVER_SECTORS = [
  'agriculture',
  'livestock',
  'tourism',
  'energy',
  'transport',
  'industry',
  'services',
] as const;
export type DriverSector = (typeof DRIVER_SECTORS)[number];

export const INDICATOR_IDS = ['grp', 'new-jobs', 'average-wage'] as const;

export const TABLE1_YEARS = [2017, 2018, 2019] as const;

/** What the indicator map can show: Table 1 (§4) by year, GRP growth from it, and the 2015 industry shares (§2.1). */
export const INDICATOR_MEASURES = [
  'grp',
  'grp-growth',
  'new-jobs',
  'average-wage',
  'industry-share',
] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];
export type Table1Year = (typeof TABLE1_YEARS)[number];
