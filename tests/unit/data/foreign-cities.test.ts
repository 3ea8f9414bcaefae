// The foreign cities near the border agree with the boundaries and with known facts about them.
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { parseAtlasData } from '../../../src/data/atlas';
import type { Position } from '../../../src/data/schema';
import { loadGeodataFile, readGeodata } from '../../helpers/read-geodata';

const cities = loadGeodataFile('foreignCities').features;
const neighbours = loadGeodataFile('neighbours');
const country = loadGeodataFile('country').features[0];
if (country === undefined) throw new Error('country.geojson has no feature');

/** Distance (km) to the state border, from the country polygon's rings (not the border lines). */
function borderDistanceKm(at: Position): number {
  const geometry = country?.geometry;
  if (geometry === undefined) throw new Error('no country geometry');
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = Number.POSITIVE_INFINITY;
  for (const ring of polygons.flat()) {
    best = Math.min(
      best,
      pointToLineDistance(point(at), lineString(ring), { units: 'kilometers' }),
    );
  }
  return best;
}

function city(id: string) {
  const found = cities.find((c) => c.properties.id === id);
  if (found === undefined) throw new Error(`no foreign city ${id}`);
  return found;
}

describe('foreign cities', () => {
  it('holds cities of all four border neighbours', () => {
    const countries = new Set(cities.map((c) => c.properties.country));
    expect([...countries].sort()).toEqual(['CN', 'KZ', 'TJ', 'UZ']);
  });

  it('has unique ids that start with the country code, and an English name for each', () => {
    const ids = cities.map((c) => c.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of cities) {
      expect(c.properties.id.startsWith(`${c.properties.country.toLowerCase()}-`)).toBe(true);
      expect(c.properties.name.en.trim()).not.toBe('');
    }
  });

  it('the atlas rejects a repeated id, naming the file and the record', () => {
    const files = readGeodata();
    const raw = files.foreignCities as { features: unknown[] };
    raw.features = [...raw.features, raw.features[0]];
    expect(() => parseAtlasData(files)).toThrow(
      `geodata/settlements/foreign-cities.geojson features[${cities.length}] (id "${cities[0]?.properties.id}"): duplicate foreign city id`,
    );
  });

  it('keeps only cities of at least 100,000 people', () => {
    for (const c of cities) {
      expect(Number.isInteger(c.properties.population), c.properties.id).toBe(true);
      expect(c.properties.population, c.properties.id).toBeGreaterThanOrEqual(100_000);
    }
  });

  it('is sorted by country, then by population (largest first)', () => {
    const sorted = [...cities].sort(
      (a, b) =>
        a.properties.country.localeCompare(b.properties.country) ||
        b.properties.population - a.properties.population,
    );
    expect(cities.map((c) => c.properties.id)).toEqual(sorted.map((c) => c.properties.id));
  });

  it('lies within 300 km of the border, as stored (recomputed from the country polygon)', () => {
    for (const c of cities) {
      const km = borderDistanceKm(c.geometry.coordinates);
      expect(km, c.properties.id).toBeLessThanOrEqual(300);
      expect(Math.abs(km - c.properties.borderDistanceKm), c.properties.id).toBeLessThanOrEqual(
        0.5,
      );
    }
  });

  it('lies outside Kyrgyzstan', () => {
    for (const c of cities) {
      expect(booleanPointInPolygon(c.geometry.coordinates, country), c.properties.id).toBe(false);
    }
  });

  it("lies in its own country's polygon in neighbours.geojson and in no other", () => {
    // neighbours.geojson is cut to a view box; a city beyond the cut cannot be checked there.
    const [west, south, east, north] = bbox(neighbours);
    const inView = cities.filter((c) => {
      const [x, y] = c.geometry.coordinates;
      return x >= west && x <= east && y >= south && y <= north;
    });
    expect(inView.length).toBeGreaterThan(cities.length - 5);
    for (const c of inView) {
      const containing = neighbours.features
        .filter((n) => booleanPointInPolygon(c.geometry.coordinates, n))
        .map((n) => n.properties.iso);
      expect(containing, c.properties.id).toEqual([c.properties.country]);
    }
    // Only the box's east edge cuts a neighbour within 300 km of the border: China's Xinjiang.
    for (const c of cities.filter((x) => !inView.includes(x))) {
      expect(c.properties.country, c.properties.id).toBe('CN');
      expect(c.geometry.coordinates[0], c.properties.id).toBeGreaterThan(east);
    }
  });

  // Positions of the city centres as published (Wikipedia infoboxes, rounded to 0.01°).
  const KNOWN: readonly { id: string; en: string; lat: number; lon: number }[] = [
    { id: 'uz-tashkent', en: 'Tashkent', lat: 41.3, lon: 69.24 },
    { id: 'uz-andijan', en: 'Andijan', lat: 40.78, lon: 72.34 },
    { id: 'uz-namangan', en: 'Namangan', lat: 41.0, lon: 71.67 },
    { id: 'uz-fergana', en: 'Fergana', lat: 40.39, lon: 71.78 },
    { id: 'uz-kokand', en: 'Kokand', lat: 40.53, lon: 70.94 },
    { id: 'tj-khujand', en: 'Khujand', lat: 40.28, lon: 69.62 },
    { id: 'kz-almaty', en: 'Almaty', lat: 43.24, lon: 76.89 },
    { id: 'kz-shymkent', en: 'Shymkent', lat: 42.32, lon: 69.6 },
    { id: 'kz-taraz', en: 'Taraz', lat: 42.9, lon: 71.37 },
    { id: 'cn-kashgar', en: 'Kashgar', lat: 39.47, lon: 75.99 },
  ];
  for (const known of KNOWN) {
    it(`has ${known.en} at about ${known.lat} N ${known.lon} E (within 10 km)`, () => {
      const c = city(known.id);
      expect(c.properties.name.en).toBe(known.en);
      const km = distance(c.geometry.coordinates, [known.lon, known.lat], { units: 'kilometers' });
      expect(km).toBeLessThan(10);
    });
  }

  it('has Andijan, the big city next to Osh, about 50 km from Osh', () => {
    const osh = loadGeodataFile('settlements').features.find((s) => s.properties.id === 'osh');
    if (osh === undefined) throw new Error('no settlement osh');
    const km = distance(city('uz-andijan').geometry.coordinates, osh.geometry.coordinates, {
      units: 'kilometers',
    });
    expect(km).toBeGreaterThan(40);
    expect(km).toBeLessThan(60);
  });
});
