/** The map's colours in one place, so the basemap, overlays and legend always agree. */
import {
  schemeDark2,
  schemeOrRd,
  schemePastel1,
  schemeTableau10,
  schemeYlGnBu,
} from 'd3-scale-chromatic';
import type { InfluenceZone } from '../data/schema';

export const palette = {
  // The same as the neighbours, so the edge of the clipped neighbour data never shows.
  background: '#eeebe4',
  neighbourFill: '#eeebe4',
  neighbourLine: '#b9b2a5',
  neighbourLabel: '#8a8376',
  // Cities abroad: darker than the country names (4.5:1 on the neighbours' fill) but lighter
  // than Kyrgyz settlements, so they read as context, not as places of the Concept.
  neighbourCity: '#6b6558',
  land: '#fbfaf6',
  countryLine: '#2b3145',
  oblastLine: '#6f7589',
  water: '#a7cde4',
  waterLine: '#78aacb',
  waterLabel: '#3f7aa3',
  settlement: '#4a4f60',
  label: '#2b3145',
  halo: '#ffffff',
  growthNode: '#c8102e',
  capitalRing: '#f2b705',
  logistics: '#0b6e8a',
  highlight: '#f2b705',
  candidate: '#6a3d9a',
  removedNode: '#8a8f9e',
  finderMatch: '#16223a',
} as const;

/** A tint per region (ColorBrewer Pastel1 via d3), in the Concept's order of regions. */
export const regionTints: readonly string[] = schemePastel1;

/** A colour per cluster type (ColorBrewer Dark2 via d3), legible on the pastel regions. */
export const clusterColours: readonly string[] = schemeDark2;

/** Analysis layers in Okabe-Ito hues (gained/lost, compare mode only, in Tableau 10). */
export const analysisColours = {
  // Okabe-Ito colour-blind-safe hues, so each analysis class stays apart under protan/deutan vision.
  catchment: '#0072b2',
  /** Comparison: what the other scenario covers that this one does not, and the reverse. */
  gained: schemeTableau10[4] ?? '#59a14f',
  lost: schemeTableau10[2] ?? '#e15759',
  overlap: '#1f2a5c',
  uncovered: '#3c4254',
  band: '#f0e442',
  zones: {
    UZ: '#56b4e9',
    TJ: '#009e73',
    KZ: '#cc79a7',
    CN: '#999933',
  },
} as const;

/**
 * How a cross-border influence zone reads, by its status in the Concept (§5.4): the three zones it
 * names are filled; China's neighbourhood, which it asks only to take into account, is a dashed
 * outline with no fill, so it never passes for a fourth zone. The map, its legend and the
 * exported legend all draw from this.
 */
export const zoneLook: Record<
  InfluenceZone['status'],
  { fillOpacity: number; lineWidth: number; dash: readonly [number, number] | null }
> = {
  zone: { fillOpacity: 0.35, lineWidth: 1.5, dash: null },
  'take-into-account': { fillOpacity: 0, lineWidth: 2, dash: [2, 1.5] },
};

/**
 * Location planning: what one more node would add (ColorBrewer YlGnBu, five equal classes of the
 * largest gain) and the share of a settlement's pull from abroad (OrRd, classes at 5, 10, 25 and
 * 50 %: above half, foreign pull dominates).
 */
export const planningColours = {
  gain: schemeYlGnBu[5] as readonly string[],
  pull: schemeOrRd[5] as readonly string[],
  pullBreaks: [0.05, 0.1, 0.25, 0.5] as readonly number[],
  bestSite: '#16223a',
} as const;
