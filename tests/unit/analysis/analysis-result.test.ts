// Assembling a run's result from hand-made pieces: totals, shares and features worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  type AreaPiece,
  analysisResult,
  type ResultStatics,
  type RunPieces,
} from '../../../src/analysis/analysis-result';
import type { PlacedNode } from '../../../src/analysis/node-placement';
import { parseAnalysisParams } from '../../../src/analysis/params';
import type { AreaGeometry } from '../../../src/analysis/types';
import type { WorkingCopy } from '../../../src/analysis/working-copy';

/** A piece with a tag for its geometry, and whether drawing it needs a repair. */
interface TestPiece extends AreaPiece {
  tag: string;
  repaired?: boolean;
}
const piece = (tag: string, areaKm2: number, repaired = false): TestPiece => ({
  tag,
  areaKm2,
  repaired,
});
const TRIANGLE: AreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ],
};
/** The tags of the pieces drawn in lon/lat. */
const drawn: string[] = [];
const lonLatOf = (p: TestPiece) => {
  drawn.push(p.tag);
  return { geometry: TRIANGLE, repaired: p.repaired ?? false };
};

const statics = {
  country: { areaKm2: 1000 },
  regions: new Map([
    ['north', { areaKm2: 600 }],
    ['south', { areaKm2: 400 }],
  ]),
  settlements: [
    {
      id: 'a',
      region: 'north',
      population: 100,
      borderDistanceKm: 10,
      neighbourDistanceKm: { TJ: 90 },
      lonLat: [74, 42],
    },
    {
      id: 'b',
      region: 'north',
      population: 20,
      borderDistanceKm: 50,
      neighbourDistanceKm: {},
      lonLat: [75, 42],
    },
    {
      id: 'c',
      region: 'south',
      population: 3,
      borderDistanceKm: 5,
      neighbourDistanceKm: { TJ: 10 },
      lonLat: [72, 40],
    },
  ],
  priorityRegions: new Set(['south']),
  relocatedSettlements: [],
} as unknown as ResultStatics;

const node = (id: string, snapped = false): PlacedNode => ({
  id,
  xy: [0, 0],
  lonLat: [75, 41],
  snapped,
  movedKm: snapped ? 1 : 0,
});
const ZONE = {
  id: 'z',
  neighbour: 'TJ',
  regions: ['south'],
} as unknown as WorkingCopy['zones'][number];

function pieces(method: 'radius' | 'nearest', over: Partial<RunPieces<TestPiece>> = {}) {
  return {
    params: parseAnalysisParams({ method, radiusKm: 40, bandDepthKm: 20 }),
    nodes: [node('n1'), node('n2', true)],
    catchments: [piece('c1', 300), piece('c2', 250, true)],
    uncovered: [
      { nearestNode: 'n1', piece: piece('u1', 400) },
      { nearestNode: 'n2', piece: piece('u2', 0) },
    ],
    overlaps: [
      { nodes: ['n1', 'n2'] as [string, string], piece: piece('o12', 0) },
      { nodes: ['n1', 'n2'] as [string, string], piece: piece('o12b', 50) },
    ],
    zones: [
      {
        zone: ZONE,
        depthKm: 30,
        piece: piece('z', 80),
        settlements: 1,
        population: 3,
        growthNodes: ['n2'],
      },
    ],
    band: new Map([
      ['north', piece('band-north', 0)],
      ['south', piece('band-south', 100)],
    ]),
    membership: {
      byNode: [
        { settlements: ['a', 'b'], population: 120 },
        { settlements: ['b'], population: 20 },
      ],
      covered: new Set(['a', 'b']),
    },
    coveredKm2ByRegion: new Map([['north', 600]]),
    ...over,
  };
}

describe('the result of a run', () => {
  it('says what covers each settlement, by the tests its counts use', () => {
    const { settlements } = analysisResult(statics, pieces('radius'), lonLatOf);
    expect(settlements.map((s) => [s.id, s.catchments, s.zones, s.borderBand])).toEqual([
      ['a', ['n1'], [], true], // 10 km from the border, band 20 km
      ['b', ['n1', 'n2'], [], false],
      ['c', [], ['z'], true], // in the zone's region, 10 km from TJ, zone 30 km
    ]);
    expect(settlements[2]).toMatchObject({ region: 'south', coordinates: [72, 40], population: 3 });
  });

  it('covers the country minus the uncovered pieces; radius overlap = Σ catchments − covered', () => {
    const { coverage } = analysisResult(statics, pieces('radius'), lonLatOf);
    expect(coverage).toMatchObject({
      method: 'radius',
      radiusKm: 40,
      countryAreaKm2: 1000,
      uncoveredAreaKm2: 400,
      coveredAreaKm2: 600,
      coveredShare: 0.6,
      overlapAreaKm2: 0, // 300 + 250 − 600 < 0: none
      settlements: 3,
      settlementsCovered: 2,
      population: 123,
      populationCovered: 120,
    });
    const overlapping = analysisResult(
      statics,
      pieces('radius', { catchments: [piece('c1', 500), piece('c2', 250)] }),
      lonLatOf,
    );
    expect(overlapping.coverage.overlapAreaKm2).toBe(150);
    const nearest = analysisResult(
      statics,
      pieces('nearest', { catchments: [piece('c1', 500), piece('c2', 250)] }),
      lonLatOf,
    );
    expect(nearest.coverage.overlapAreaKm2).toBe(0);
  });

  it('gives each node its area, share, settlements and placement', () => {
    const r = analysisResult(statics, pieces('radius'), lonLatOf);
    expect(r.coverage.nodes).toEqual([
      {
        node: 'n1',
        position: [75, 41],
        snapped: false,
        areaKm2: 300,
        shareOfCountry: 0.3,
        settlements: 2,
        population: 120,
      },
      {
        node: 'n2',
        position: [75, 41],
        snapped: true,
        areaKm2: 250,
        shareOfCountry: 0.25,
        settlements: 1,
        population: 20,
      },
    ]);
    expect(r.catchments.features.map((f) => f.properties)).toEqual([
      {
        node: 'n1',
        method: 'radius',
        areaKm2: 300,
        shareOfCountry: 0.3,
        settlements: 2,
        population: 120,
      },
      {
        node: 'n2',
        method: 'radius',
        areaKm2: 250,
        shareOfCountry: 0.25,
        settlements: 1,
        population: 20,
      },
    ]);
  });

  it('draws only the pieces that become features, and counts the repaired ones', () => {
    drawn.length = 0;
    const r = analysisResult(statics, pieces('radius'), lonLatOf);
    expect(drawn.sort()).toEqual(['band-south', 'c1', 'c2', 'o12b', 'u1', 'z']);
    expect(r.uncovered.features.map((f) => f.properties)).toEqual([
      { nearestNode: 'n1', areaKm2: 400 },
    ]);
    expect(r.overlaps.features.map((f) => f.properties)).toEqual([
      { nodes: ['n1', 'n2'], areaKm2: 50 },
    ]);
    expect(r.repairedFeatures).toBe(1);
  });

  it('reports zones, the band and the regions with their statistics', () => {
    const r = analysisResult(statics, pieces('radius'), lonLatOf);
    expect(r.coverage.zones).toEqual([
      {
        zone: 'z',
        neighbour: 'TJ',
        depthKm: 30,
        regions: ['south'],
        areaKm2: 80,
        settlements: 1,
        population: 3,
        growthNodes: ['n2'],
      },
    ]);
    expect(r.zones.features[0]?.properties).toEqual(r.coverage.zones[0]);
    expect(r.coverage.borderBand).toMatchObject({ depthKm: 20, areaKm2: 100, shareOfCountry: 0.1 });
    // North's band is empty: in the statistics, not on the map.
    expect(r.coverage.borderBand.regions.map((b) => [b.region, b.priority, b.settlements])).toEqual(
      [
        ['north', false, 1],
        ['south', true, 1],
      ],
    );
    expect(r.borderBand.features.map((f) => f.properties.region)).toEqual(['south']);
    expect(r.coverage.regions.map((g) => [g.region, g.coveredShare, g.settlementsCovered])).toEqual(
      [
        ['north', 1, 2],
        ['south', 0, 0],
      ],
    );
  });

  it('with no node, the whole country is one uncovered piece', () => {
    const r = analysisResult(
      statics,
      pieces('radius', {
        nodes: [],
        catchments: [],
        uncovered: [{ nearestNode: null, piece: piece('country', 1000) }],
        overlaps: [],
        membership: { byNode: [], covered: new Set() },
        coveredKm2ByRegion: new Map(),
      }),
      lonLatOf,
    );
    expect(r.uncovered.features.map((f) => f.properties)).toEqual([
      { nearestNode: null, areaKm2: 1000 },
    ]);
    expect(r.coverage).toMatchObject({ coveredAreaKm2: 0, coveredShare: 0, overlapAreaKm2: 0 });
  });
});
