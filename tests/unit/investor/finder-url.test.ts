// The finder's filters in the address bar: round trips, other parameters kept, hostile links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DRIVER_LEVELS,
  type FinderFilters,
  NO_FILTERS,
  STAGE_FILTERS,
} from '../../../src/investor/finder';
import {
  hasFinderParams,
  readFinderFilters,
  withFinderFilters,
} from '../../../src/investor/finder-url';
import { ZONE_NEIGHBOURS } from '../../../src/vocabulary/analysis-params';
import { CLUSTER_IDS, DRIVER_SECTORS } from '../../../src/vocabulary/ids';

const filtersArbitrary: fc.Arbitrary<FinderFilters> = fc.record({
  clusters: fc.uniqueArray(fc.constantFrom(...CLUSTER_IDS)),
  sectors: fc.uniqueArray(fc.constantFrom(...DRIVER_SECTORS)),
  level: fc.constantFrom(...DRIVER_LEVELS),
  stages: fc.uniqueArray(fc.constantFrom(...STAGE_FILTERS)),
  zones: fc.uniqueArray(fc.constantFrom(...ZONE_NEIGHBOURS, 'band' as const)),
  maxLogisticsKm: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
  minPopulation: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
});

describe('finder filters in the address', () => {
  it('reads back exactly what it wrote, keeping the language and the scenario hash', () => {
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const url = withFinderFilters(new URL('https://atlas.example/?lang=ru#s=abc'), filters);
        expect(url.searchParams.get('lang')).toBe('ru');
        expect(url.hash).toBe('#s=abc');
        expect(readFinderFilters(url.search)).toEqual({ filters, ignored: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('writes a short, readable query and nothing for unset filters', () => {
    const url = withFinderFilters(new URL('https://atlas.example/?lang=en'), {
      ...NO_FILTERS,
      clusters: ['tourism'],
      maxLogisticsKm: 50,
    });
    expect(url.search).toBe('?lang=en&cluster=tourism&maxKm=50');
    expect(withFinderFilters(url, NO_FILTERS).search).toBe('?lang=en');
    expect(hasFinderParams(url.search)).toBe(true);
    expect(hasFinderParams('?lang=en')).toBe(false);
  });

  it('leaves out and names what it does not understand, keeping the rest', () => {
    expect(
      readFinderFilters('?cluster=tourism,mining,tourism&maxKm=-5&minPop=abc&stage=4,1'),
    ).toEqual({
      filters: { ...NO_FILTERS, clusters: ['tourism'], stages: ['1'] },
      ignored: ['cluster=mining', 'stage=4', 'maxKm=-5', 'minPop=abc'],
    });
    expect(readFinderFilters('?maxKm=1e9&zone=UZ,<script>').ignored).toEqual([
      'zone=<script>',
      'maxKm=1e9',
    ]);
  });

  it('never throws on arbitrary or huge query strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const { filters } = readFinderFilters(`?cluster=${text}&maxKm=${text}&zone=${text}`);
        expect(filters.clusters.every((c) => (CLUSTER_IDS as readonly string[]).includes(c))).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
    const huge = `?cluster=${'tourism,'.repeat(200_000)}`;
    expect(readFinderFilters(huge).filters.clusters).toEqual(['tourism']);
  });
});
