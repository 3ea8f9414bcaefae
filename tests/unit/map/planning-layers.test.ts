import turfArea from '@turf/area';
import type { LineString, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeos } from '../../../src/analysis/geos';
import { greatCircleKm } from '../../../src/analysis/great-circle';
import { mapScene } from '../../../src/map/map-scene';
import type { PlanningSceneInput } from '../../../src/map/planning-sources';
import { createHighsSolver, loadHighs } from '../../../src/planning/highs-solver';
import { planningInputFromAtlas } from '../../../src/planning/planning-input-from-atlas';
import {
  createPlanningSession,
  type GravityAnswer,
  type SiteSurfaceAnswer,
} from '../../../src/planning/planning-session';
import { realAtlas } from '../../helpers/atlas';
import { sceneInput } from '../../helpers/scene-input';

let surface: SiteSurfaceAnswer;
let gravity: GravityAnswer;

beforeAll(async () => {
  const session = createPlanningSession(
    await loadGeos(),
    planningInputFromAtlas(realAtlas()),
    createHighsSolver(await loadHighs()),
  );
  const s = session.siteSurface({ radiusKm: 50 });
  const g = session.gravity({});
  session.dispose();
  if (!s.ok || !g.ok) throw new Error('planning failed');
  surface = s.value;
  gravity = g.value;
}, 60_000);

const planning = (question: PlanningSceneInput['question']): PlanningSceneInput => ({
  question,
  siteObjective: 'population',
  siteSurface: surface,
  bestSites: null,
  gravity,
});

describe('planning on the map', () => {
  it('shows a question’s layers only in analysis mode and only while that question is open', () => {
    const sites = mapScene(sceneInput({ mode: 'analyse', planning: planning('sites') }));
    expect(sites.visible['planning-sites-fill']).toBe(true);
    expect(sites.visible['planning-pull-circle']).toBe(false);
    const pull = mapScene(sceneInput({ mode: 'analyse', planning: planning('gravity') }));
    expect(pull.visible['planning-pull-circle']).toBe(true);
    expect(pull.visible['planning-attractors-label']).toBe(true);
    expect(pull.visible['planning-sites-fill']).toBe(false);
    const explore = mapScene(sceneInput({ mode: 'explore', planning: planning('sites') }));
    expect(explore.visible['planning-sites-fill']).toBe(false);
    const closed = mapScene(sceneInput({ mode: 'analyse', planning: null }));
    expect(closed.sources['planning-sites'].features).toEqual([]);
  });

  it('draws each grid site as its 10 km square (100 km² on the sphere)', () => {
    const squares = mapScene(sceneInput({ mode: 'analyse', planning: planning('sites') })).sources[
      'planning-sites'
    ].features;
    const gridSites = surface.sites.filter((s) => s.settlement === null).length;
    expect(squares).toHaveLength(gridSites);
    for (const square of squares.slice(0, 50)) {
      expect(turfArea(square as GeoJSON.Feature<Polygon>) / 1e6).toBeCloseTo(100, 0);
    }
  });

  it('ties a settlement to a city abroad only where that city pulls it most', () => {
    const lines = mapScene(sceneInput({ mode: 'analyse', planning: planning('gravity') })).sources[
      'planning-pull-lines'
    ].features;
    const abroad = gravity.settlements.filter((s) => s.topAttractorCountry !== 'KG');
    expect(lines).toHaveLength(abroad.length);
    expect(lines.length).toBeGreaterThan(0);
    const cities = new Map(realAtlas().foreignCities.features.map((f) => [f.properties.id, f]));
    for (const line of lines) {
      const [, to] = (line.geometry as LineString).coordinates;
      const pull = gravity.settlements.find((s) => s.id === line.properties?.id);
      const city = cities.get(pull?.topAttractor ?? '');
      expect(city, pull?.id).toBeDefined();
      const [lon, lat] = city?.geometry.coordinates ?? [];
      expect(greatCircleKm(to as [number, number], [lon as number, lat as number])).toBeLessThan(
        0.01,
      );
    }
  });
});
