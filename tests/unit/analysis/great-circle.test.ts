// Great-circle distances against hand-computed arcs and turf's distance (same sphere, its own code).
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { greatCircleKm } from '../../../src/analysis/great-circle';

/** One degree of a great circle on R = 6371.0088 km: 2πR / 360. */
const DEGREE_KM = 111.19508;

describe('great-circle distance', () => {
  it('is one degree of arc along a meridian and along the equator', () => {
    expect(greatCircleKm([75, 41], [75, 42])).toBeCloseTo(DEGREE_KM, 4);
    expect(greatCircleKm([0, 0], [1, 0])).toBeCloseTo(DEGREE_KM, 4);
    expect(greatCircleKm([75, 41], [75, 41])).toBe(0);
  });

  it('is a quarter of the circumference from the pole to the equator, half between antipodes', () => {
    expect(greatCircleKm([0, 90], [123, 0])).toBeCloseTo(90 * DEGREE_KM, 2);
    expect(greatCircleKm([10, 20], [-170, -20])).toBeCloseTo(180 * DEGREE_KM, 2);
  });

  it.each([
    [
      [74.59, 42.87],
      [72.7985, 40.52828],
    ],
    [
      [69.5276, 39.83895],
      [78.39362, 42.49068],
    ],
    [
      [75.99111, 41.42866],
      [75.30149, 42.84194],
    ],
  ] as [[number, number], [number, number]][])('agrees with turf from %j to %j', (a, b) => {
    expect(greatCircleKm(a, b)).toBeCloseTo(distance(a, b, { units: 'kilometers' }), 6);
  });
});
