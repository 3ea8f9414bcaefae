// The scale bar against distances measured independently on the sphere (turf's haversine).
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from '../../../src/export/scale-bar';

/** Ground metres between the two ends of `pixels` CSS pixels along a parallel of a MapLibre map. */
function measuredMetres(latitude: number, zoom: number, pixels: number): number {
  // Web Mercator: the 360° of longitude span 512 · 2^zoom CSS pixels.
  const degrees = (360 / (512 * 2 ** zoom)) * pixels;
  return distance([74, latitude], [74 + degrees, latitude], { units: 'meters' });
}

describe('scale bar', () => {
  it.each([
    [0, 4],
    [41.5, 7],
    [42.8, 9.25],
  ])('matches the ground distance of 100 pixels at latitude %f, zoom %f', (latitude, zoom) => {
    const expected = measuredMetres(latitude, zoom, 100);
    // The sphere of turf (R = 6371 km) and Web Mercator's (R = 6378 km) differ by 0.11 %.
    expect(Math.abs(metresPerPixel(latitude, zoom) * 100 - expected) / expected).toBeLessThan(
      0.005,
    );
  });

  it('picks the longest 1, 2 or 5 × 10ⁿ metres that fits', () => {
    expect(scaleBar(1000, 120)).toEqual({ metres: 100_000, length: 100 });
    expect(scaleBar(1000, 99)).toEqual({ metres: 50_000, length: 50 });
    expect(scaleBar(1000, 40)).toEqual({ metres: 20_000, length: 20 });
    expect(scaleBar(3, 120)).toEqual({ metres: 200, length: 200 / 3 });
  });

  it('draws a bar whose length on an A4 map is the ground distance it is labelled with', () => {
    // Kyrgyzstan at zoom 6.3 on a sheet where one CSS pixel is 0.75 pt.
    const metresPerPoint = metresPerPixel(41.4, 6.3) / 0.75;
    const bar = scaleBar(metresPerPoint, 120);
    expect(bar.length).toBeLessThanOrEqual(120);
    expect(bar.length).toBeGreaterThan(120 / 2.5);
    const pixels = bar.length / 0.75;
    const measured = measuredMetres(41.4, 6.3, pixels);
    expect(Math.abs(measured - bar.metres) / bar.metres).toBeLessThan(0.005);
  });
});
