// Statistics of the border-adjacent band (§6.2) per region and for the country.
import type { BorderBandProperties, CoverageSummary } from './types';

/** What band statistics read of a settlement (see `PlanarSettlement`). */
export interface BandSettlement {
  region: string;
  population: number;
  /** Distance (km) to the whole state border, enclave rings included. */
  borderDistanceKm: number;
}

/**
 * Per region (in the order of `bandAreaKm2`): the band's area and share of the region, and the
 * listed settlements within `depthKm` of the state border; plus the band's total and its share of
 * the country. Settlements are counted by distance, not by polygon, like everywhere else.
 * @example
 * borderBandStatistics(new Map([['batken', 15540]]), 30, {
 *   regions: wc.regions, priorityRegions: wc.priorityRegions, settlements: wc.settlements,
 *   countryAreaKm2: wc.country.areaKm2,
 * }).regions[0];
 * // { region: 'batken', priority: true, depthKm: 30, areaKm2: 15540, shareOfRegion: 0.92,
 * //   settlements: 36, population: 253987 }
 */
export function borderBandStatistics(
  bandAreaKm2: ReadonlyMap<string, number>,
  depthKm: number,
  statics: {
    regions: ReadonlyMap<string, { areaKm2: number }>;
    priorityRegions: ReadonlySet<string>;
    settlements: readonly BandSettlement[];
    countryAreaKm2: number;
  },
): CoverageSummary['borderBand'] {
  const regions: BorderBandProperties[] = [];
  let areaKm2 = 0;
  for (const [id, area] of bandAreaKm2) {
    let count = 0;
    let population = 0;
    for (const s of statics.settlements) {
      if (s.region === id && settlementInBand(s, depthKm)) {
        count++;
        population += s.population;
      }
    }
    regions.push({
      region: id,
      priority: statics.priorityRegions.has(id),
      depthKm,
      areaKm2: area,
      shareOfRegion: Math.min(1, area / ((statics.regions.get(id)?.areaKm2 ?? 0) || 1)),
      settlements: count,
      population,
    });
    areaKm2 += area;
  }
  return { depthKm, areaKm2, shareOfCountry: areaKm2 / statics.countryAreaKm2, regions };
}

/** Whether a settlement lies in the border band (its region's piece of it): by distance. */
export function settlementInBand(s: Pick<BandSettlement, 'borderDistanceKm'>, depthKm: number) {
  return s.borderDistanceKm <= depthKm;
}
