/**
 * The planning answers as map sources: the gain surface of a new node (the grid's squares), the
 * best sites, every settlement's pull from abroad and the neighbours' cities that pull.
 */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { createEqualAreaProjection } from '../analysis/equal-area-projection';
import type { AtlasData } from '../data/atlas';
import { atlasIndex } from '../data/atlas-index';
import type {
  BestSitesAnswer,
  GravityAnswer,
  SiteSurfaceAnswer,
} from '../planning/planning-session';
import type { CoverObjective } from '../vocabulary/planning';
import { planningColours } from './palette';

type PlanningSourceId =
  | 'planning-sites'
  | 'planning-best'
  | 'planning-pull'
  | 'planning-pull-lines'
  | 'planning-attractors';

/** What the planning layers draw; null where a question has no answer yet. */
export type PlanningSceneInput = {
  question: 'stages' | 'sites' | 'gravity';
  siteObjective: CoverObjective;
  siteSurface: SiteSurfaceAnswer | null;
  bestSites: BestSitesAnswer | null;
  gravity: GravityAnswer | null;
};

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const projection = createEqualAreaProjection();

/** The class (0…n−1) of `value` among `n` equal classes of (0, max]. */
function equalClass(value: number, max: number, n: number): number {
  if (!(max > 0) || value <= 0) return 0;
  return Math.min(n - 1, Math.floor((value / max) * n));
}

/** The class of a foreign share among `planningColours.pullBreaks`. */
function pullClass(share: number): number {
  return planningColours.pullBreaks.filter((b) => share >= b).length;
}

function siteSquares(answer: SiteSurfaceAnswer, objective: CoverObjective): Feature[] {
  const gainOf = (g: { gainPopulation: number; gainAreaKm2: number }) =>
    objective === 'population' ? g.gainPopulation : g.gainAreaKm2;
  const max = Math.max(0, ...answer.gains.map(gainOf));
  const half = answer.gridSpacingKm / 2;
  return answer.gains.flatMap((g) => {
    const site = answer.sites[g.site];
    if (!site || site.settlement !== null) return []; // settlements are points, not squares
    const [x, y] = site.xy;
    const corners = [
      [x - half, y - half],
      [x + half, y - half],
      [x + half, y + half],
      [x - half, y + half],
      [x - half, y - half],
    ].map((c) => projection.inverse(c as [number, number]).map(round6));
    const geometry: Polygon = { type: 'Polygon', coordinates: [corners] };
    return [
      {
        type: 'Feature',
        geometry,
        properties: {
          gain: gainOf(g),
          gainClass: equalClass(gainOf(g), max, planningColours.gain.length),
        },
      },
    ];
  });
}

function bestSitePoints(answer: BestSitesAnswer): Feature[] {
  return answer.chosen.map((c, k) => ({
    type: 'Feature',
    geometry: {
      type: 'Point',
      coordinates: [round6(c.place.lonLat[0]), round6(c.place.lonLat[1])],
    },
    properties: { rank: String(k + 1) },
  }));
}

function pullPoints(atlas: AtlasData, answer: GravityAnswer): Feature[] {
  const { settlements } = atlasIndex(atlas);
  return answer.settlements.flatMap((s) => {
    const f = settlements.get(s.id);
    if (!f) return [];
    return [
      {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: s.id,
          foreignShare: s.foreignShare,
          pullClass: pullClass(s.foreignShare),
          listedPopulation: f.properties.population ?? 0,
        },
      },
    ];
  });
}

/** Where foreign pull wins: a line from the settlement to the city abroad that pulls it most. */
function pullLines(atlas: AtlasData, answer: GravityAnswer): Feature[] {
  const { settlements } = atlasIndex(atlas);
  const attractors = new Map(answer.attractors.map((a) => [a.id, a]));
  return answer.settlements.flatMap((s) => {
    const from = settlements.get(s.id)?.geometry.coordinates;
    const to = attractors.get(s.topAttractor);
    if (!from || !to || to.country === 'KG') return [];
    return [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [from, to.lonLat] },
        properties: { id: s.id, country: to.country, foreignShare: s.foreignShare },
      },
    ];
  });
}

function attractorPoints(atlas: AtlasData): Feature[] {
  return atlas.foreignCities.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: {
      id: f.properties.id,
      country: f.properties.country,
      population: f.properties.population,
      name_en: f.properties.name.en,
      name_ru: f.properties.name.ru,
      name_ky: f.properties.name.ky,
    },
  }));
}

/**
 * @example
 * planningSources(atlas, null)['planning-sites'].features.length; // 0
 */
export function planningSources(
  atlas: AtlasData,
  input: PlanningSceneInput | null,
): Record<PlanningSourceId, FeatureCollection> {
  return {
    'planning-sites': collection(
      input?.siteSurface ? siteSquares(input.siteSurface, input.siteObjective) : [],
    ),
    'planning-best': collection(input?.bestSites ? bestSitePoints(input.bestSites) : []),
    'planning-pull': collection(input?.gravity ? pullPoints(atlas, input.gravity) : []),
    'planning-pull-lines': collection(input?.gravity ? pullLines(atlas, input.gravity) : []),
    'planning-attractors': collection(input?.gravity ? attractorPoints(atlas) : []),
  };
}
