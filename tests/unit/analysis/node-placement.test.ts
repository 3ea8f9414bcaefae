// Placing growth nodes inside the country, checked with turf point-in-polygon and great-circle
// distances to the border lines (analysis-test-kit), not with the engine's planar geometry.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeInCountry } from '../../../src/analysis/node-placement';
import type { LonLat } from '../../../src/analysis/types';
import { createWorkingCopy, type WorkingCopy } from '../../../src/analysis/working-copy';
import {
  analysisInput,
  greatCircleKm,
  linesOf,
  SegmentIndex,
  sharedSession,
} from './analysis-test-kit';

let wc: WorkingCopy;
let border: SegmentIndex;
let country: Polygon;
beforeAll(async () => {
  wc = createWorkingCopy((await sharedSession()).kit, analysisInput());
  country = analysisInput().country as Polygon;
  border = new SegmentIndex(linesOf(country));
});
afterAll(() => wc.dispose());

const inCountry = (p: Position) => booleanPointInPolygon(p, country);

describe('placing a growth node', () => {
  it('keeps a point inside the country exactly where it is', () => {
    const naryn: LonLat = [75.99111, 41.42866];
    expect(inCountry(naryn)).toBe(true);
    expect(placeInCountry(wc, naryn)).toMatchObject({
      lonLat: naryn,
      snapped: false,
      movedKm: 0,
    });
  });

  it.each([
    ['Kazakhstan, north of Bishkek', [74.6, 43.3]],
    ['Uzbekistan, west of Osh', [72.5, 40.6]],
    ['China, beyond Torugart', [75.6, 40.3]],
  ] as [string, LonLat][])('moves a point in %s 50 m inside the nearest border', (_, given) => {
    expect(inCountry(given)).toBe(false);
    const toBorder = border.distanceKm(given, 150);
    const placed = placeInCountry(wc, given);
    expect(placed.snapped).toBe(true);
    expect(inCountry(placed.lonLat)).toBe(true);
    // 50 m from the border (± the projection's 0.07 % and the 1:10m lines' chords).
    expect(border.distanceKm(placed.lonLat, 1)).toBeGreaterThan(0.03);
    expect(border.distanceKm(placed.lonLat, 1)).toBeLessThan(0.07);
    // The move is the shortest way into the country: the distance to the border, + 50 m.
    expect(Math.abs(placed.movedKm / toBorder - 1)).toBeLessThan(0.002);
    expect(greatCircleKm(given, placed.lonLat)).toBeCloseTo(toBorder + 0.05, 1);
  });

  it.each([
    ['Sokh (UZ)', 'sokh', [71.1, 40.05]],
    ['Shakhimardan (UZ)', 'shakhimardan', [71.72, 39.95]],
    ['Vorukh (TJ)', 'vorukh', [70.6, 39.83]],
  ] as [string, string, LonLat][])(
    'moves a point in the %s enclave onto its ring, into Kyrgyzstan',
    (_, id, given) => {
      const [outer, ...holes] = country.coordinates;
      expect(outer).toBeDefined();
      const enclave = holes.find((ring) =>
        booleanPointInPolygon(given, { type: 'Polygon', coordinates: [ring] }),
      );
      expect(enclave, `${id} is a hole of the country`).toBeDefined();
      const ring = new SegmentIndex([enclave as Position[]]);
      const placed = placeInCountry(wc, given);
      expect(placed.snapped).toBe(true);
      expect(inCountry(placed.lonLat)).toBe(true);
      expect(ring.distanceKm(placed.lonLat, 1)).toBeLessThan(0.07);
      expect(Math.abs(placed.movedKm / ring.distanceKm(given, 50) - 1)).toBeLessThan(0.002);
    },
  );
});
