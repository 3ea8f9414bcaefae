// Zone statistics over hand-made settlements and a square zone with hand-known contents.
import { describe, expect, it } from 'vitest';
import { growthNodesInZone, zoneSettlements } from '../../../src/analysis/zone-statistics';
import { sharedSession } from './analysis-test-kit';

const SETTLEMENTS = [
  { region: 'batken', population: 1000, neighbourDistanceKm: { TJ: 5, UZ: 40 } },
  { region: 'batken', population: 200, neighbourDistanceKm: { TJ: 30, UZ: 12 } }, // at the depth
  { region: 'batken', population: 30, neighbourDistanceKm: { TJ: 30.01 } }, // just beyond
  { region: 'osh-region', population: 4, neighbourDistanceKm: { TJ: 1, UZ: 1 } }, // other region
  { region: 'batken', population: 0, neighbourDistanceKm: {} }, // no distance to TJ known
];

describe('zone settlements', () => {
  it('counts the zone regions’ settlements within the depth of that neighbour’s border', () => {
    expect(zoneSettlements(SETTLEMENTS, { neighbour: 'TJ', regions: ['batken'] }, 30)).toEqual({
      settlements: 2,
      population: 1200,
    });
  });

  it('uses the distance to the zone’s own neighbour, in any of its regions', () => {
    expect(
      zoneSettlements(SETTLEMENTS, { neighbour: 'UZ', regions: ['batken', 'osh-region'] }, 15),
    ).toEqual({ settlements: 2, population: 204 });
  });

  it('is empty when no settlement is near enough', () => {
    expect(zoneSettlements(SETTLEMENTS, { neighbour: 'CN', regions: ['batken'] }, 100)).toEqual({
      settlements: 0,
      population: 0,
    });
  });
});

describe('growth nodes in a zone', () => {
  it('lists the nodes inside or on the edge of the zone, in node order', async () => {
    const { kit } = await sharedSession();
    const square = kit.polygon([
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ]);
    const prepared = kit.prepare(square);
    const nodes = [
      { id: 'outside', xy: [11, 5] as [number, number] },
      { id: 'inside', xy: [5, 5] as [number, number] },
      { id: 'on-the-edge', xy: [10, 3] as [number, number] },
    ];
    expect(growthNodesInZone(kit, prepared, nodes)).toEqual(['inside', 'on-the-edge']);
    kit.destroyPrepared(prepared);
    kit.destroy(square);
  });
});
