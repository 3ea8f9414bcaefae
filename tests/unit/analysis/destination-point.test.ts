// The point a step of the keyboard move reaches: known arcs, the haversine distance and the
// forward azimuth back from the point reached (independent formulas), and the way back.
import { describe, expect, it } from 'vitest';
import { destinationPoint, greatCircleKm } from '../../../src/analysis/great-circle';

/** 1 km of a meridian on R = 6371.0088 km, in degrees: 180 / (π R). */
const KM_OF_LATITUDE = 0.00899320363;

const RAD = Math.PI / 180;

/** The initial bearing (degrees, 0–360) of the great circle from `a` to `b`. */
function forwardAzimuth(a: [number, number], b: [number, number]): number {
  const [lat1, lat2, dLon] = [a[1] * RAD, b[1] * RAD, (b[0] - a[0]) * RAD];
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  return (((Math.atan2(y, x) / RAD) % 360) + 360) % 360;
}

describe('destinationPoint', () => {
  it('goes 1 km north of 41° N 75° E to 41.008993° N, the longitude unchanged', () => {
    const [lon, lat] = destinationPoint([75, 41], 0, 1);
    expect(lon).toBe(75);
    expect(lat - 41).toBeCloseTo(KM_OF_LATITUDE, 9);
    expect(lat).toBeCloseTo(41.008993, 6);
  });

  it('goes 10 km east at 41° N by 0.119161° of longitude (10 km / (R cos 41°))', () => {
    const [lon, lat] = destinationPoint([75, 41], 90, 10);
    const expected = (10 / (6371.0088 * Math.cos((41 * Math.PI) / 180))) * (180 / Math.PI);
    expect(lon - 75).toBeCloseTo(expected, 5);
    expect(lon).toBeCloseTo(75.119161, 6);
    // A great circle leaving due east bends towards the equator: 6.8 m south after 10 km.
    expect(lat).toBeLessThan(41);
    expect(greatCircleKm([75, lat], [75, 41])).toBeCloseTo(0.0068, 4);
  });

  it.each([
    [0, 1],
    [90, 10],
    [180, 10],
    [270, 1],
    [45, 25],
  ])('lands at the haversine distance asked for (bearing %d°, %d km)', (bearing, km) => {
    expect(
      greatCircleKm([75.99, 41.43], destinationPoint([75.99, 41.43], bearing, km)),
    ).toBeCloseTo(km, 9);
  });

  it.each([0, 90, 180, 270, 123])('leaves the start at the bearing asked for (%d°)', (bearing) => {
    const from: [number, number] = [74.59, 42.87];
    const to = destinationPoint(from, bearing, 10);
    expect(forwardAzimuth(from, to)).toBeCloseTo(bearing, 6);
  });

  it('comes back to the start: north then south exactly, east then west within 14 m', () => {
    const start: [number, number] = [75, 41];
    const north = destinationPoint(destinationPoint(start, 0, 10), 180, 10);
    expect(north[0]).toBe(75);
    expect(north[1]).toBeCloseTo(41, 12);
    const east = destinationPoint(destinationPoint(start, 90, 10), 270, 10);
    expect(greatCircleKm(east, start)).toBeLessThan(0.014);
    const small = destinationPoint(destinationPoint(start, 90, 1), 270, 1);
    expect(greatCircleKm(small, start)).toBeLessThan(0.0002);
  });

  it('wraps across the antimeridian', () => {
    const [lon] = destinationPoint([179.99, 0], 90, 10);
    expect(lon).toBeGreaterThan(-180);
    expect(lon).toBeLessThan(-179.9);
  });
});
