// What the analysis is asked to compute follows the scenario's node edits exactly.
import { describe, expect, it } from 'vitest';
import { nodeOverrides } from '../../../src/scenario/node-overrides';

const nodes = {
  moved: { osh: [72.8, 40.5] as [number, number] },
  removed: ['kerben'],
  stages: {},
  candidates: [
    {
      id: 'candidate-1',
      name: 'Ak-Say',
      position: [75, 41.6] as [number, number],
      region: 'naryn',
    },
  ],
};

describe('nodeOverrides', () => {
  it('drops removed Concept nodes and adds candidates to the analysed set', () => {
    const overrides = nodeOverrides(nodes, ['osh', 'kerben', 'naryn'], null);
    expect(overrides.nodeIds).toEqual(['osh', 'naryn', 'candidate-1']);
    expect(overrides.positions).toEqual({ osh: [72.8, 40.5] });
    expect(overrides.candidates).toEqual([
      { id: 'candidate-1', coordinates: [75, 41.6], region: 'naryn' },
    ]);
  });

  it('puts a dragged node, Concept or candidate, at the pointer', () => {
    expect(nodeOverrides(nodes, ['osh'], { id: 'osh', position: [73, 40] }).positions).toEqual({
      osh: [73, 40],
    });
    const dragged = nodeOverrides(nodes, ['osh'], { id: 'candidate-1', position: [76, 42] });
    expect(dragged.candidates?.[0]?.coordinates).toEqual([76, 42]);
    expect(dragged.positions).toEqual({ osh: [72.8, 40.5] });
  });
});
