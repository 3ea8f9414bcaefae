// Where the camera goes for a chosen place: the scenario's positions, not only the Concept's.
import { describe, expect, it } from 'vitest';
import { focusFor } from '../../../src/map/focus';
import type { ScenarioNodes } from '../../../src/vocabulary/scenario';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const CONCEPT: ScenarioNodes = { moved: {}, removed: [], stages: {}, candidates: [] };
const settlement = (id: string) =>
  atlas.settlements.features.find((f) => f.properties.id === id)?.geometry.coordinates;

describe('focusFor', () => {
  it("flies to a Concept node's settlement when the planner has not moved it", () => {
    expect(focusFor(atlas, { kind: 'node', id: 'naryn' }, CONCEPT)).toMatchObject({
      center: settlement('naryn'),
    });
  });

  it('flies to where the planner moved a Concept node', () => {
    const nodes: ScenarioNodes = { ...CONCEPT, moved: { naryn: [75.2, 41.1] } };
    expect(focusFor(atlas, { kind: 'node', id: 'naryn' }, nodes)).toMatchObject({
      center: [75.2, 41.1],
    });
  });

  it("flies to a planner's candidate node", () => {
    const nodes: ScenarioNodes = {
      ...CONCEPT,
      candidates: [{ id: 'candidate-1', name: 'Ak-Say', position: [75, 41.6], region: 'naryn' }],
    };
    expect(focusFor(atlas, { kind: 'node', id: 'candidate-1' }, nodes)).toMatchObject({
      center: [75, 41.6],
    });
  });

  it('flies to a logistics centre where its growth node was moved', () => {
    const centre = atlas.logisticsCentres.centres[0];
    if (!centre) throw new Error('no logistics centre');
    const nodes: ScenarioNodes = { ...CONCEPT, moved: { [centre.node]: [76.5, 42.2] } };
    expect(focusFor(atlas, { kind: 'logistics', id: centre.id }, nodes)).toMatchObject({
      center: [76.5, 42.2],
    });
  });

  it('knows nothing of an unknown node', () => {
    expect(focusFor(atlas, { kind: 'node', id: 'atlantis' }, CONCEPT)).toBeNull();
  });
});
