// Where a candidate may go: inside the country polygon (enclaves excluded), typed coordinates read
// and checked, and the nearest listed settlement that says where a point is.
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import { areaLabelPoint } from '../../../src/data/atlas-index';
import { nearestSettlement } from '../../../src/scenario/nearest-settlement';
import { pointInCountry } from '../../../src/scenario/point-in-country';
import { typedPosition } from '../../../src/scenario/typed-position';
import type { LonLat } from '../../../src/vocabulary/scenario';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();

const BISHKEK: LonLat = [74.59, 42.87];
const TASHKENT: LonLat = [69.24, 41.3];
const ALMATY: LonLat = [76.95, 43.24];
const KASHGAR: LonLat = [75.99, 39.47];
/** Sokh, the Uzbek enclave in Batken (GeoNames 1217110 gives 39.96 N 71.13 E). */
const SOKH: LonLat = [71.12, 39.96];
/** Vorukh, the Tajik enclave in Batken. */
const VORUKH: LonLat = [70.58, 39.85];
/** Batken town, a few kilometres from the Sokh enclave, is Kyrgyz. */
const BATKEN: LonLat = [70.82, 40.06];

describe('pointInCountry', () => {
  it.each([
    ['Bishkek', BISHKEK],
    ['Naryn oblast, south of Chayek', [75.0, 41.6] as LonLat],
    ['Batken town', BATKEN],
    ['Karakol', [78.39, 42.49] as LonLat],
  ])('puts %s inside Kyrgyzstan', (_, position) => {
    expect(pointInCountry(atlas, position)).toBe(true);
  });

  it.each([
    ['Tashkent', TASHKENT],
    ['Almaty', ALMATY],
    ['Kashgar', KASHGAR],
    ['the Sokh enclave', SOKH],
    ['the Vorukh enclave', VORUKH],
    ['the open sea', [0, 0] as LonLat],
  ])('puts %s outside Kyrgyzstan', (_, position) => {
    expect(pointInCountry(atlas, position)).toBe(false);
  });

  it('puts the inside of every enclave of geodata/boundaries/enclaves.geojson outside', () => {
    for (const enclave of atlas.enclaves.features) {
      const [lon, lat] = areaLabelPoint(enclave.geometry);
      expect(pointInCountry(atlas, [lon ?? 0, lat ?? 0]), enclave.properties.id).toBe(false);
    }
  });
});

describe('typedPosition', () => {
  it('reads decimal degrees inside the country as longitude and latitude', () => {
    expect(typedPosition(atlas, '41.6', '75.0')).toEqual({ kind: 'inside', position: [75, 41.6] });
  });

  it('refuses Tashkent and the Sokh enclave as outside, with the point they name', () => {
    expect(typedPosition(atlas, '41.3', '69.24')).toEqual({ kind: 'outside', position: TASHKENT });
    expect(typedPosition(atlas, '39.96', '71.12')).toEqual({ kind: 'outside', position: SOKH });
  });

  it('takes a decimal comma, a typographic minus, a plus, spaces and a degree sign', () => {
    expect(typedPosition(atlas, ' 41,6 ', '+75,0°')).toEqual({
      kind: 'inside',
      position: [75, 41.6],
    });
    expect(typedPosition(atlas, '\u221233.9', '18.4')).toEqual({
      kind: 'outside',
      position: [18.4, -33.9],
    });
  });

  it('names each field that is no coordinate', () => {
    expect(typedPosition(atlas, '95', 'east')).toEqual({
      kind: 'invalid',
      fields: ['latitude', 'longitude'],
    });
    expect(typedPosition(atlas, '41.6', '181')).toEqual({ kind: 'invalid', fields: ['longitude'] });
    expect(typedPosition(atlas, '-90.5', '75')).toEqual({ kind: 'invalid', fields: ['latitude'] });
  });

  it.each(['', ' ', '.', '-', '1e1', '0x10', 'Infinity', 'NaN', '41.6.1', '41 6', '4 1'])(
    'refuses %j as a latitude',
    (text) => {
      expect(typedPosition(atlas, text, '75')).toEqual({ kind: 'invalid', fields: ['latitude'] });
    },
  );

  it('accepts the limits themselves', () => {
    expect(typedPosition(atlas, '90', '180').kind).toBe('outside');
    expect(typedPosition(atlas, '-90', '-180').kind).toBe('outside');
  });
});

describe('nearestSettlement', () => {
  it('finds a settlement at its own point, 0 km away', () => {
    const chayek = atlas.settlements.features.find((f) => f.properties.id === 'chayek');
    expect(chayek).toBeDefined();
    const at = chayek?.geometry.coordinates as LonLat;
    expect(nearestSettlement(atlas, at)).toEqual({ id: 'chayek', km: 0 });
  });

  it('is no farther than any listed settlement (checked against every one)', () => {
    for (const position of [BISHKEK, [75.0, 41.6] as LonLat, BATKEN, [73.0, 40.5] as LonLat]) {
      const nearest = nearestSettlement(atlas, position);
      expect(nearest).not.toBeNull();
      const all = atlas.settlements.features.map((f) =>
        distance(position, f.geometry.coordinates, { units: 'kilometers' }),
      );
      expect(nearest?.km).toBeCloseTo(Math.min(...all), 9);
    }
  });

  it('gives a geodesic distance in kilometres: about 1.3 km from 41.93 N 74.5 E to Chayek', () => {
    const nearest = nearestSettlement(atlas, [74.5, 41.93]);
    expect(nearest?.id).toBe('chayek');
    // 0.017° of longitude at 41.9° N is 1.41 km; 0.0023° of latitude is 0.26 km.
    expect(nearest?.km).toBeGreaterThan(1.3);
    expect(nearest?.km).toBeLessThan(1.6);
  });
});
