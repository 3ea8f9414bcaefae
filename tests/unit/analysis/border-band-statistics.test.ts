// Border band statistics over hand-made areas and settlements, computed by hand.
import { describe, expect, it } from 'vitest';
import { borderBandStatistics } from '../../../src/analysis/border-band-statistics';

const statics = {
  regions: new Map([
    ['batken', { areaKm2: 16_000 }],
    ['naryn', { areaKm2: 45_000 }],
    ['talas', { areaKm2: 11_000 }],
  ]),
  priorityRegions: new Set(['batken']),
  settlements: [
    { region: 'batken', population: 50_000, borderDistanceKm: 3 },
    { region: 'batken', population: 7_000, borderDistanceKm: 30 }, // at the depth: in
    { region: 'batken', population: 900, borderDistanceKm: 31 },
    { region: 'naryn', population: 40_000, borderDistanceKm: 120 },
    { region: 'talas', population: 33_000, borderDistanceKm: 28 },
  ],
  countryAreaKm2: 200_000,
};

describe('border band statistics', () => {
  it('gives each region its band area, share, settlements and priority, in the band’s order', () => {
    const band = borderBandStatistics(
      new Map([
        ['talas', 5_500],
        ['batken', 12_000],
        ['naryn', 9_000],
      ]),
      30,
      statics,
    );
    expect(band.regions).toEqual([
      {
        region: 'talas',
        priority: false,
        depthKm: 30,
        areaKm2: 5_500,
        shareOfRegion: 0.5,
        settlements: 1,
        population: 33_000,
      },
      {
        region: 'batken',
        priority: true,
        depthKm: 30,
        areaKm2: 12_000,
        shareOfRegion: 0.75,
        settlements: 2,
        population: 57_000,
      },
      {
        region: 'naryn',
        priority: false,
        depthKm: 30,
        areaKm2: 9_000,
        shareOfRegion: 0.2,
        settlements: 0,
        population: 0,
      },
    ]);
    expect(band.depthKm).toBe(30);
    expect(band.areaKm2).toBe(26_500);
    expect(band.shareOfCountry).toBeCloseTo(0.1325, 12);
  });

  it('caps the share of a region at 1 (a band a hair larger than its region)', () => {
    const band = borderBandStatistics(new Map([['talas', 11_000.001]]), 100, statics);
    expect(band.regions[0]?.shareOfRegion).toBe(1);
  });

  it('is empty for no region', () => {
    expect(borderBandStatistics(new Map(), 30, statics)).toEqual({
      depthKm: 30,
      areaKm2: 0,
      shareOfCountry: 0,
      regions: [],
    });
  });
});
