// Where the camera goes for a chosen place: the scenario's positions, not only the Concept's.
import bbox from '@turf/bbox';
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

  it("frames a region by its polygon's extent: its capital inside, the country around it", () => {
    const focus = focusFor(atlas, { kind: 'region', id: 'talas' }, CONCEPT);
    if (!focus || !('bounds' in focus)) throw new Error('no bounds for Talas Region');
    const [west, south, east, north] = focus.bounds as [number, number, number, number];
    const [lon = 0, lat = 0] = settlement('talas') ?? [];
    expect(lon).toBeGreaterThan(west);
    expect(lon).toBeLessThan(east);
    expect(lat).toBeGreaterThan(south);
    expect(lat).toBeLessThan(north);
    const [countryWest, countrySouth, countryEast, countryNorth] = bbox(atlas.country);
    expect(west).toBeGreaterThanOrEqual(countryWest);
    expect(east - west).toBeLessThan((countryEast - countryWest) / 2);
    expect(north - south).toBeLessThan(countryNorth - countrySouth);
  });

  it('comes closer to a city region drawn as a point (Osh) than to a town', () => {
    const city = focusFor(atlas, { kind: 'region', id: 'osh-city' }, CONCEPT); // no polygon of its own
    const town = focusFor(atlas, { kind: 'node', id: 'naryn' }, CONCEPT);
    if (!city || !town || 'bounds' in city || 'bounds' in town) throw new Error('expected points');
    expect(city.zoom).toBeGreaterThan(town.zoom);
  });

  it('knows nothing of an unknown node', () => {
    expect(focusFor(atlas, { kind: 'node', id: 'atlantis' }, CONCEPT)).toBeNull();
  });
});
