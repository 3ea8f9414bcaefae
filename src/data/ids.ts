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

export const INDICATOR_IDS = ['grp', 'new-jobs', 'average-wage'] as const;

export const TABLE1_YEARS = [2017, 2018, 2019] as const;
export type Table1Year = (typeof TABLE1_YEARS)[number];
