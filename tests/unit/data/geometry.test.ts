// Geodata geometry agrees with the Concept: nodes lie in their regions, oblasts tile the country.
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString, point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import { union as martinezUnion } from 'martinez-polygon-clipping';
import { describe, expect, it } from 'vitest';
import { ATLAS_FILE_KEYS, ATLAS_FILES } from '../../../src/data/atlas';
import type { OblastFeature, Position, RegionId } from '../../../src/data/schema';
import { loadGeodataFile, readGeodataFile } from '../../helpers/read-geodata';

const NODE_TOLERANCE_KM = 5;

/** Polygons of a Polygon|MultiPolygon as lists of rings. */
function polygonsOf(geometry: OblastFeature['geometry']): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** martinez returns a Polygon or a MultiPolygon (or null) without saying which. */
function asMultiPolygon(geometry: ReturnType<typeof martinezUnion>): Position[][][] {
  if (geometry === null || geometry.length === 0) return [];
  const isPolygon = typeof (geometry as Position[][])[0]?.[0]?.[0] === 'number';
  return isPolygon ? [geometry as Position[][]] : (geometry as Position[][][]);
}

/** Geodesic distance in km from a point to the nearest edge of a (multi)polygon. */
function distanceToBoundaryKm(at: Position, geometry: OblastFeature['geometry']): number {
  let best = Number.POSITIVE_INFINITY;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      best = Math.min(
        best,
        pointToLineDistance(point(at), lineString(ring), { units: 'kilometers' }),
      );
    }
  }
  return best;
}

describe('growth nodes and their regions', () => {
  const nodes = loadGeodataFile('growthNodes').nodes;
  const regions = loadGeodataFile('regions').regions;
  const oblasts = loadGeodataFile('oblasts').features;
  const settlements = loadGeodataFile('settlements').features;

  /** The polygon that represents a region: its own, or its enclosing one (Osh city → Osh Region). */
  function polygonFor(regionId: RegionId): OblastFeature {
    const region = regions.find((r) => r.id === regionId);
    const polygonRegion = region?.hasPolygon ? regionId : region?.enclosedBy;
    const oblast = oblasts.find((f) => f.properties.region === polygonRegion);
    if (oblast === undefined) throw new Error(`no polygon for region ${regionId}`);
    return oblast;
  }

  for (const node of nodes) {
    it(`${node.id} lies in or within ${NODE_TOLERANCE_KM} km of ${node.region}`, () => {
      const settlement = settlements.find((s) => s.properties.id === node.id);
      expect(settlement, `settlement ${node.id}`).toBeDefined();
      if (settlement === undefined) return;
      const at = settlement.geometry.coordinates;
      const polygon = polygonFor(node.region);
      const inside = booleanPointInPolygon(at, polygon);
      const distanceKm = inside ? 0 : distanceToBoundaryKm(at, polygon.geometry);
      expect(distanceKm).toBeLessThanOrEqual(NODE_TOLERANCE_KM);
    });
  }

  it('the distance check can fail: Karakol is far from Jalal-Abad Region', () => {
    const karakol = settlements.find((s) => s.properties.id === 'karakol');
    if (karakol === undefined) throw new Error('no settlement karakol');
    const jalalAbad = polygonFor('jalal-abad');
    expect(booleanPointInPolygon(karakol.geometry.coordinates, jalalAbad)).toBe(false);
    expect(distanceToBoundaryKm(karakol.geometry.coordinates, jalalAbad.geometry)).toBeGreaterThan(
      100,
    );
  });
});

describe('oblast polygons', () => {
  const country = loadGeodataFile('country').features[0];
  const oblasts = loadGeodataFile('oblasts').features;

  it('has one polygon per region except Osh city', () => {
    expect(oblasts.map((f) => f.properties.region).sort()).toEqual([
      'batken',
      'bishkek',
      'chui',
      'issyk-kul',
      'jalal-abad',
      'naryn',
      'osh-region',
      'talas',
    ]);
  });

  it('their union is within 0.5 % of the country area', () => {
    if (country === undefined) throw new Error('country.geojson has no feature');
    const [first, ...rest] = oblasts.map((f) => polygonsOf(f.geometry));
    const union = rest.reduce<Position[][][]>(
      (acc, next) => asMultiPolygon(martinezUnion(acc, next)),
      first ?? [],
    );
    const unionKm2 = area({ type: 'MultiPolygon', coordinates: union }) / 1e6;
    const countryKm2 = area(country) / 1e6;
    const sumKm2 = oblasts.reduce((total, f) => total + area(f), 0) / 1e6;
    expect(Math.abs(unionKm2 - countryKm2) / countryKm2).toBeLessThan(0.005);
    // Oblasts do not overlap: the sum of their areas is the area of their union.
    expect(Math.abs(sumKm2 - unionKm2) / unionKm2).toBeLessThan(0.005);
  });
});

describe('coordinates', () => {
  const tooPrecise = (value: number) => Math.abs(value * 1e5 - Math.round(value * 1e5)) > 1e-6;

  function* numbersIn(value: unknown): Generator<number> {
    if (typeof value === 'number') yield value;
    else if (Array.isArray(value)) for (const item of value) yield* numbersIn(item);
  }

  const geojsonKeys = ATLAS_FILE_KEYS.filter((key) => ATLAS_FILES[key].endsWith('.geojson'));

  for (const key of geojsonKeys) {
    it(`${ATLAS_FILES[key]}: at most 5 decimals`, () => {
      const file = readGeodataFile(key) as { features: { geometry: { coordinates: unknown } }[] };
      let offending: number | undefined;
      for (const feature of file.features) {
        for (const n of numbersIn(feature.geometry.coordinates)) {
          if (tooPrecise(n)) {
            offending = n;
            break;
          }
        }
        if (offending !== undefined) break;
      }
      expect(offending).toBeUndefined();
    });
  }
});
