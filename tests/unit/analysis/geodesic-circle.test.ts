import turfArea from '@turf/area';
import { polygon } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { geodesicCircle } from '../../../src/analysis/geodesic-circle';
import { greatCircleKm, R_KM, sharedSession } from './analysis-test-kit';

const capAreaKm2 = (r: number) => 2 * Math.PI * R_KM * R_KM * (1 - Math.cos(r / R_KM));

describe('geodesic circle', () => {
  it.each([5, 50, 150])('puts every vertex %i km away (great circle)', (r) => {
    const ring = geodesicCircle([74.59, 42.87], r, 64);
    expect(ring).toHaveLength(65);
    expect(ring[0]).toEqual(ring[64]);
    for (const p of ring) expect(greatCircleKm([74.59, 42.87], p)).toBeCloseTo(r, 9);
  });

  it.each([5, 50, 150])('has the spherical-cap area within 0.5 %% (r = %i km)', (r) => {
    // turf.area measures on a sphere of radius 6378.137 km: rescale to the mean radius.
    const turfKm2 =
      (turfArea(polygon([geodesicCircle([75.99, 41.43], r, 64)])) / 1e6) * (R_KM / 6378.137) ** 2;
    expect(Math.abs(turfKm2 / capAreaKm2(r) - 1)).toBeLessThan(0.005);
  });

  it('gives an inland radius catchment the cap area within 0.5 %', async () => {
    const { session } = await sharedSession();
    const result = session.run({ method: 'radius', radiusKm: 40 });
    const naryn = result.coverage.nodes.find((n) => n.node === 'naryn');
    expect(Math.abs((naryn?.areaKm2 ?? 0) / capAreaKm2(40) - 1)).toBeLessThan(0.005);
  });
});
