// The node set of a run from NodeOverrides, and the words for every problem in them.
import { describe, expect, it } from 'vitest';
import { createNodeOverridesReader } from '../../../src/analysis/node-overrides';
import { AnalysisParamsError } from '../../../src/analysis/params';
import type { LonLat } from '../../../src/analysis/types';

const OSH: LonLat = [72.7985, 40.52828];
const NARYN: LonLat = [75.99111, 41.42866];
const nodesOfRun = createNodeOverridesReader([
  { id: 'osh', lonLat: OSH },
  { id: 'naryn', lonLat: NARYN },
]);
const CANDIDATE = { id: 'c1', coordinates: [75, 41.6] as LonLat, region: 'naryn' };

/** The issues of the AnalysisParamsError `overrides` raise (fails if none is raised). */
function issuesOf(overrides: unknown): string[] {
  try {
    nodesOfRun(overrides);
  } catch (e) {
    expect(e).toBeInstanceOf(AnalysisParamsError);
    return (e as AnalysisParamsError).issues;
  }
  throw new Error('expected an AnalysisParamsError');
}

describe('the nodes of a run', () => {
  it('are the Concept nodes at their points by default', () => {
    const expected = [
      { id: 'osh', lonLat: OSH },
      { id: 'naryn', lonLat: NARYN },
    ];
    expect(nodesOfRun(undefined)).toEqual(expected);
    expect(nodesOfRun({})).toEqual(expected);
    expect(nodesOfRun({ candidates: null })).toEqual(expected);
    expect(nodesOfRun({ candidates: [] })).toEqual(expected);
  });

  it('add the candidates after the Concept nodes', () => {
    expect(nodesOfRun({ candidates: [CANDIDATE] }).map((n) => n.id)).toEqual([
      'osh',
      'naryn',
      'c1',
    ]);
  });

  it('follow nodeIds (order, subset, none), with candidates left out unless listed', () => {
    expect(nodesOfRun({ candidates: [CANDIDATE], nodeIds: ['c1', 'osh'] })).toEqual([
      { id: 'c1', lonLat: [75, 41.6] },
      { id: 'osh', lonLat: OSH },
    ]);
    expect(nodesOfRun({ candidates: [CANDIDATE], nodeIds: ['naryn'] })).toEqual([
      { id: 'naryn', lonLat: NARYN },
    ]);
    expect(nodesOfRun({ nodeIds: [] })).toEqual([]);
  });

  it('stand at their positions entry, Concept nodes and candidates alike', () => {
    const nodes = nodesOfRun({
      candidates: [CANDIDATE],
      positions: { osh: [72.9, 40.6], c1: [75.1, 41.5] },
    });
    expect(nodes).toEqual([
      { id: 'osh', lonLat: [72.9, 40.6] },
      { id: 'naryn', lonLat: NARYN },
      { id: 'c1', lonLat: [75.1, 41.5] },
    ]);
  });

  it('ignore fields of a candidate the analysis does not use', () => {
    const named = { ...CANDIDATE, name: 'Kyzyl-Oi' };
    expect(nodesOfRun({ candidates: [named] })).toHaveLength(3);
  });
});

describe('problems in the node overrides', () => {
  it.each([
    [{ candidates: [CANDIDATE, CANDIDATE] }, 'candidate "c1" listed twice'],
    [
      { candidates: [{ ...CANDIDATE, id: 'naryn' }] },
      'candidate "naryn" has the id of a Concept growth node',
    ],
    [{ candidates: [{ ...CANDIDATE, id: '' }] }, 'candidate #1 has no id (a non-empty string)'],
    [{ candidates: [{ ...CANDIDATE, id: 7 }] }, 'candidate #1 has no id (a non-empty string)'],
    [
      { candidates: [{ ...CANDIDATE, coordinates: [Number.NaN, 41] }] },
      'candidate "c1" has no valid [lon, lat] coordinates: longitude must be a finite number',
    ],
    [
      { candidates: [{ ...CANDIDATE, coordinates: [75, Number.POSITIVE_INFINITY] }] },
      'candidate "c1" has no valid [lon, lat] coordinates: latitude must be a finite number',
    ],
    [
      { candidates: [{ ...CANDIDATE, coordinates: [275, 41] }] },
      'candidate "c1" has no valid [lon, lat] coordinates: longitude must be at most 180',
    ],
    [
      { candidates: [{ ...CANDIDATE, coordinates: [75, 41, 0] }] },
      'candidate "c1" has no valid [lon, lat] coordinates: expected a pair [lon, lat]',
    ],
    [
      { candidates: [{ ...CANDIDATE, region: 7 }] },
      'candidate "c1" has a region that is neither a string nor null',
    ],
    [{ candidates: [5] }, 'candidate #1 must be an object { id, coordinates, region }'],
    [{ candidates: 'c1' }, 'candidates must be a list of { id, coordinates, region }'],
    [
      { nodeIds: ['atlantis'] },
      'growth node "atlantis" is unknown (neither a Concept growth node nor a candidate of this run)',
    ],
    [{ nodeIds: ['osh', 'osh'] }, 'growth node "osh" listed twice'],
    [{ nodeIds: [3] }, 'nodeIds #1 is not a growth node id (a string)'],
    [{ nodeIds: 'osh' }, 'nodeIds must be a list of growth node ids'],
    [
      { positions: { osh: [72.9, 95] } },
      'growth node "osh" has no valid [lon, lat] position: latitude must be at most 90',
    ],
    [
      { positions: { atlantis: [75, 41] } },
      'growth node "atlantis" in positions is unknown (neither a Concept growth node nor a candidate of this run)',
    ],
    [{ positions: [[75, 41]] }, 'positions must be an object { nodeId: [lon, lat] }'],
    [
      { nodeId: ['osh'] },
      'node overrides have unknown keys "nodeId" (expected candidates, nodeIds, positions)',
    ],
    [5, 'node overrides must be an object { candidates?, nodeIds?, positions? }'],
  ])('%j → %s', (overrides, message) => {
    expect(issuesOf(overrides)).toEqual([message]);
  });

  it('a candidate is unknown in a run that does not pass it', () => {
    expect(issuesOf({ nodeIds: ['c1'] })).toEqual([
      'growth node "c1" is unknown (neither a Concept growth node nor a candidate of this run)',
    ]);
  });

  it('lists every problem at once, a bad candidate once (its id is still known)', () => {
    expect(
      issuesOf({
        candidates: [
          { ...CANDIDATE, coordinates: [Number.NaN, 0] },
          { ...CANDIDATE, id: 'osh' },
        ],
        nodeIds: ['atlantis', 'c1', 'c1'],
        positions: { nowhere: [75, 41], naryn: 'here' },
      }),
    ).toEqual([
      'candidate "c1" has no valid [lon, lat] coordinates: longitude must be a finite number',
      'growth node "naryn" has no valid [lon, lat] position: expected a pair [lon, lat]',
      'candidate "osh" has the id of a Concept growth node',
      'growth node "atlantis" is unknown (neither a Concept growth node nor a candidate of this run)',
      'growth node "c1" listed twice',
      'growth node "nowhere" in positions is unknown (neither a Concept growth node nor a candidate of this run)',
    ]);
  });
});
