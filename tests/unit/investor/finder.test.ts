// The finder against facts checked by hand: the Concept's cluster and zone lists (§5.3, §5.4,
// §6.2), great-circle distances computed here independently, and a real analysis run.

import { lineString } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/types';
import { scenarioNodePositions } from '../../../src/data/atlas-index';
import {
  type FinderFilters,
  type FinderInput,
  findTerritories,
  NO_FILTERS,
} from '../../../src/investor/finder';
import { distancesToCentres, distanceToArea } from '../../../src/investor/logistics-distance';
import { realAtlas } from '../../helpers/atlas';
import { greatCircleKm, sharedSession } from '../analysis/analysis-test-kit';

const atlas = realAtlas();
const settlement = (id: string): Position => {
  const feature = atlas.settlements.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no settlement ${id}`);
  return feature.geometry.coordinates;
};

let result: AnalysisResult;
beforeAll(async () => {
  const { session } = await sharedSession();
  result = session.run({ method: 'radius', radiusKm: 50 });
});

function input(changes: Partial<FinderInput> = {}): FinderInput {
  return {
    atlas,
    nodePositions: scenarioNodePositions(atlas, { moved: {}, candidates: [] }),
    removedNodes: [],
    stages: {},
    result,
    ...changes,
  };
}

function ids(filters: Partial<FinderFilters>, changes: Partial<FinderInput> = {}) {
  const { matches } = findTerritories(input(changes), { ...NO_FILTERS, ...filters });
  return {
    nodes: matches.filter((m) => m.kind === 'node').map((m) => m.id),
    regions: matches.filter((m) => m.kind === 'region').map((m) => m.id),
  };
}

describe('the finder', () => {
  it('lists every growth node and region when no filter is set', () => {
    const { nodes, regions } = ids({});
    expect(nodes).toHaveLength(20);
    expect(regions).toHaveLength(9);
  });

  it('finds the Issyk-Kul nodes Karakol and Balykchy for the tourism cluster (§5.3)', () => {
    const { nodes, regions } = ids({ clusters: ['tourism'] });
    expect(nodes.sort()).toEqual(['balykchy', 'karakol']);
    expect(regions).toEqual(['issyk-kul']);
  });

  it('finds the nodes within 50 km of a logistics centre by great-circle distance', () => {
    const centres = ['balykchy', 'osh', 'bishkek'].map(settlement);
    const expected = atlas.growthNodes.nodes
      .filter(
        (node) => Math.min(...centres.map((c) => greatCircleKm(settlement(node.id), c))) <= 50,
      )
      .map((node) => node.id)
      .sort();
    // Kara-Suu (20 km from Osh), Kochkor (45 km from Balykchy), Jalal-Abad (48 km from Osh).
    expect(expected).toEqual(['balykchy', 'bishkek', 'jalal-abad', 'kara-suu', 'kochkor', 'osh']);
    expect(ids({ maxLogisticsKm: 50 }).nodes.sort()).toEqual(expected);
  });

  it('ranks first-level drivers before second-level ones and says which level matched', () => {
    const { matches } = findTerritories(input(), { ...NO_FILTERS, sectors: ['tourism'] });
    const regions = matches.filter((m) => m.kind === 'region');
    // Tourism: first level in Issyk-Kul; second level in Jalal-Abad and Bishkek (§5.2).
    expect(regions.map((m) => m.id)).toEqual(['issyk-kul', 'bishkek', 'jalal-abad']);
    expect(regions[0]?.reasons).toContainEqual({
      type: 'driver',
      level: 'first',
      sector: 'tourism',
    });
    expect(ids({ sectors: ['tourism'], level: 'first' }).regions).toEqual(['issyk-kul']);
  });

  it('uses the scenario: stages, removed nodes and moved positions', () => {
    const stages = { karakol: 1, balykchy: 2 } as const;
    expect(ids({ stages: ['1'] }, { stages }).nodes).toEqual(['karakol']);
    expect(ids({ stages: ['1'] }, { stages }).regions).toEqual(['issyk-kul']);
    expect(ids({ clusters: ['tourism'] }, { removedNodes: ['karakol'] }).nodes).toEqual([
      'balykchy',
    ]);
    const moved = scenarioNodePositions(atlas, {
      moved: { karakol: settlement('balykchy') as [number, number] },
      candidates: [],
    });
    expect(ids({ maxLogisticsKm: 1 }, { nodePositions: moved }).nodes.sort()).toEqual([
      'balykchy',
      'bishkek',
      'karakol',
      'osh',
    ]);
  });

  it('puts a node in the Uzbekistan zone when its region is named (§5.4) and it lies within the depth of that border', () => {
    const zone = atlas.zones.influence.zones.find((z) => z.neighbour === 'UZ');
    const depthKm = result.coverage.zones.find((z) => z.neighbour === 'UZ')?.depthKm ?? 0;
    const border = atlas.borderLines.features
      .filter((f) => f.properties.neighbour === 'UZ')
      .flatMap((f) => f.geometry.coordinates);
    // Independent of GEOS: turf's geodesic distance from the town to the border line.
    const kmToBorder = (id: string) =>
      Math.min(
        ...border.map((line) =>
          pointToLineDistance(settlement(id), lineString(line), { method: 'geodesic' }),
        ),
      );
    const candidates = atlas.growthNodes.nodes.filter((node) =>
      ((zone?.regions ?? []) as string[]).includes(node.region),
    );
    // The zone is buffered on an equal-area projection: towns within 1 km of its edge are not judged.
    const clear = candidates.filter((node) => Math.abs(kmToBorder(node.id) - depthKm) > 1);
    const expected = clear.filter((node) => kmToBorder(node.id) <= depthKm).map((n) => n.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(clear.length).toBeGreaterThan(expected.length);
    const { nodes, regions } = ids({ zones: ['UZ'] });
    expect(nodes.filter((id) => clear.some((node) => node.id === id)).sort()).toEqual(
      expected.sort(),
    );
    expect(regions.sort()).toEqual(['batken', 'jalal-abad', 'osh-region']);
    expect(ids({ zones: ['band'] }).regions.sort()).toEqual(['batken', 'jalal-abad', 'osh-region']);
  });

  it('waits for the analysis before zone or catchment filters, and not for the others', () => {
    const waiting = findTerritories(input({ result: null }), { ...NO_FILTERS, minPopulation: 1 });
    expect(waiting).toEqual({ matches: [], waitingForAnalysis: true });
    expect(
      findTerritories(input({ result: null }), { ...NO_FILTERS, clusters: ['tourism'] }),
    ).toMatchObject({ waitingForAnalysis: false });
  });

  it('keeps nodes whose catchment population reaches the minimum, with the figure', () => {
    const populations = new Map(result.coverage.nodes.map((n) => [n.node, n.population]));
    const threshold = 100_000;
    const expected = [...populations]
      .filter(([, p]) => p >= threshold)
      .map(([id]) => id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const { matches } = findTerritories(input(), { ...NO_FILTERS, minPopulation: threshold });
    const nodes = matches.filter((m) => m.kind === 'node');
    expect(nodes.map((m) => m.id).sort()).toEqual(expected);
    for (const node of nodes) {
      expect(node.reasons).toContainEqual({
        type: 'population',
        population: populations.get(node.id),
      });
    }
  });
});

describe('distances to logistics centres', () => {
  it('agrees with an independent great-circle distance, nearest first', () => {
    const karakol = settlement('karakol');
    const centres = new Map(['balykchy', 'osh', 'bishkek'].map((id) => [id, settlement(id)]));
    const distances = distancesToCentres(karakol, centres);
    expect(distances.map((d) => d.centre)).toEqual(['balykchy', 'bishkek', 'osh']);
    for (const { centre, km } of distances) {
      expect(km).toBeCloseTo(greatCircleKm(karakol, centres.get(centre) ?? [0, 0]), 0);
    }
  });

  it('is 0 inside an area and the distance to its nearest edge outside', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [74, 42],
          [75, 42],
          [75, 43],
          [74, 43],
          [74, 42],
        ],
      ],
    };
    expect(distanceToArea([74.5, 42.5], square)).toBe(0);
    // Half a degree of longitude east of the square's eastern edge at 42.5° N.
    expect(distanceToArea([75.5, 42.5], square)).toBeCloseTo(
      greatCircleKm([75.5, 42.5], [75, 42.5]),
      0,
    );
  });
});
