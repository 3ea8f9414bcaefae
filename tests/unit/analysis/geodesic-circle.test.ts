import turfArea from '@turf/area';
import { polygon } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { catchmentCircle } from '../../../src/analysis/catchment-circle';
import { geodesicCircle } from '../../../src/analysis/geodesic-circle';
import { createWorkingCopy } from '../../../src/analysis/working-copy';
import { analysisInput, greatCircleKm, R_KM, sharedSession } from './analysis-test-kit';

const capAreaKm2 = (r: number) => 2 * Math.PI * R_KM * R_KM * (1 - Math.cos(r / R_KM));

describe('geodesic circle', () => {
  it.each([5, 50, 150])('puts every vertex %i km away (great circle)', (r) => {
    const ring = geodesicCircle([74.59, 42.87], r, 64);
    expect(ring).toHaveLength(65);
    expect(ring[0]).toEqual(ring[64]);
    for (const p of ring) expect(greatCircleKm([74.59, 42.87], p)).toBeCloseTo(r, 9);
  });

  it.each([5, 50, 150])(
    'has the area of the 64-gon inscribed in the spherical cap (r = %i km)',
    (r) => {
      // turf measures on the same sphere (R = 6371.0088 km); a regular n-gon inscribed in a circle
      // has sin(2π/n) / (2π/n) of its area (planar formula; the cap's curvature adds < 0.01 %).
      const turfKm2 = turfArea(polygon([geodesicCircle([75.99, 41.43], r, 64)])) / 1e6;
      const inscribed = Math.sin((2 * Math.PI) / 64) / ((2 * Math.PI) / 64);
      expect(Math.abs(turfKm2 / (capAreaKm2(r) * inscribed) - 1)).toBeLessThan(1e-4);
    },
  );

  it('gives an inland radius catchment the cap area within 0.5 %', async () => {
    const { session } = await sharedSession();
    const result = session.run({ method: 'radius', radiusKm: 40 });
    const naryn = result.coverage.nodes.find((n) => n.node === 'naryn');
    expect(Math.abs((naryn?.areaKm2 ?? 0) / capAreaKm2(40) - 1)).toBeLessThan(0.005);
  });

  it('puts a catchment circle’s 64 projected vertices at the radius, with the inscribed area', async () => {
    const { kit } = await sharedSession();
    const wc = createWorkingCopy(kit, analysisInput());
    const naryn: [number, number] = [75.99111, 41.42866];
    const circle = catchmentCircle(wc, naryn, 50);
    expect(circle.open).toHaveLength(64);
    for (const xy of circle.open) {
      expect(greatCircleKm(naryn, wc.projection.inverse(xy))).toBeCloseTo(50, 6);
    }
    const inscribed = Math.sin((2 * Math.PI) / 64) / ((2 * Math.PI) / 64);
    expect(Math.abs(kit.area(circle.disc) / (capAreaKm2(50) * inscribed) - 1)).toBeLessThan(1e-4);
    kit.destroy(circle.disc);
    wc.dispose();
  });
});
