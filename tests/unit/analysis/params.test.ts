import { describe, expect, it } from 'vitest';
import { AnalysisParamsError, parseAnalysisParams } from '../../../src/analysis/params';
import { sharedSession } from './analysis-test-kit';

describe('analysis parameters', () => {
  it('fills in the defaults', () => {
    expect(parseAnalysisParams({})).toEqual({
      method: 'radius',
      radiusKm: 50,
      zoneDepthKm: { UZ: 30, TJ: 30, KZ: 30, CN: 30 },
      bandDepthKm: 30,
    });
    expect(parseAnalysisParams({ zoneDepthKm: { TJ: 60 } }).zoneDepthKm).toEqual({
      UZ: 30,
      TJ: 60,
      KZ: 30,
      CN: 30,
    });
  });

  it.each([
    [{ method: 'buffer' }, 'method must be one of radius, nearest, combined'],
    [{ radiusKm: 4 }, 'radius must be at least 5 km'],
    [{ radiusKm: 151 }, 'radius must be at most 150 km'],
    [{ radiusKm: '50' }, 'radius must be a number of kilometres'],
    [{ radiusKm: Number.NaN }, 'radius must be a number of kilometres'],
    [{ zoneDepthKm: { UZ: 101 } }, 'zoneDepthKm.UZ: zone depth must be at most 100 km'],
    [{ zoneDepthKm: { AF: 10 } }, 'zoneDepthKm'],
    [{ bandDepthKm: 0 }, 'border band depth must be at least 5 km'],
    [{ radius: 50 }, 'radius'],
  ])('rejects %j with a clear message', (bad, message) => {
    expect(() => parseAnalysisParams(bad)).toThrow(AnalysisParamsError);
    expect(() => parseAnalysisParams(bad)).toThrow(message);
  });

  it('lists every problem at once', () => {
    try {
      parseAnalysisParams({ radiusKm: 1, bandDepthKm: 1000 });
      expect.unreachable();
    } catch (e) {
      expect((e as AnalysisParamsError).issues).toHaveLength(2);
    }
  });

  it('rejects unknown or misplaced growth nodes', async () => {
    const { session } = await sharedSession();
    expect(() => session.run({}, { nodeIds: ['atlantis'] })).toThrow(
      'growth node "atlantis" is unknown (neither a Concept growth node nor a candidate of this run)',
    );
    expect(() => session.run({}, { positions: { osh: [500, 40] } })).toThrow('valid [lon, lat]');
    expect(() => session.run({}, { nodeIds: ['osh', 'osh'] })).toThrow('listed twice');
    expect(() => session.run({}, { positions: { atlantis: [75, 41] } })).toThrow(
      'growth node "atlantis" in positions is unknown',
    );
    // No node at all is a valid (if bleak) scenario: see candidates.test.ts.
    expect(() => session.run({}, { nodeIds: [] })).not.toThrow();
  });
});
