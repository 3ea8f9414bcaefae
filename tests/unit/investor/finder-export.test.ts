// The finder's CSV and GeoJSON: one row or feature per match, in rank order, readable back.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scenarioNodePositions } from '../../../src/data/atlas-index';
import { finderCsv, finderGeojson } from '../../../src/export/finder-export';
import { findTerritories, NO_FILTERS } from '../../../src/investor/finder';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const { matches } = findTerritories(
  {
    atlas,
    nodePositions: scenarioNodePositions(atlas, { moved: {}, candidates: [] }),
    removedNodes: [],
    stages: {},
    result: null,
  },
  { ...NO_FILTERS, clusters: ['tourism'], maxLogisticsKm: 200 },
);

describe('finder exports', () => {
  it('writes one CSV row per match with its reasons, in the chosen language', () => {
    const parsed = Papa.parse<string[]>(finderCsv(atlas, matches, 'ru').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    });
    const [header, ...rows] = parsed.data;
    expect(header?.[0]).toBe('Место');
    expect(rows).toHaveLength(matches.length);
    expect(rows.map((row) => row[2])).toEqual(['balykchy', 'karakol', 'issyk-kul']);
    expect(rows[0]?.[3]).toBe('Балыкчы');
    expect(rows[1]?.[8]).toContain('Кластер «Туристический»');
    // Karakol is 181 km from Balykchy by great circle (see the finder tests).
    expect(Number(rows[1]?.[6])).toBeCloseTo(181, 0);
  });

  it('writes valid GeoJSON: nodes as points, regions as their polygon', () => {
    const collection = JSON.parse(finderGeojson(atlas, matches, 'en'));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: { geometry: { type: string } }) => f.geometry.type)).toEqual(
      ['Point', 'Point', 'Polygon'],
    );
    const [balykchy, karakol, region] = collection.features;
    expect(balykchy.properties).toMatchObject({
      rank: 1,
      name: 'Balykchy',
      region: 'Issyk-Kul Region',
    });
    // Both nodes lie inside the region's exported polygon.
    expect(booleanPointInPolygon(balykchy.geometry.coordinates, region.geometry)).toBe(true);
    expect(booleanPointInPolygon(karakol.geometry.coordinates, region.geometry)).toBe(true);
  });
});
