// A place's profile as data: what the Concept says about it, what its sources say, and the
// investor's figures for the scenario on screen — one set of facts for the side sheet and the PDF.
import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import {
  type ProfileFact,
  profileContextOf,
  territoryProfile,
} from '../../../src/profile/territory-profile';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import type { Language } from '../../../src/vocabulary/languages';
import type { ScenarioNodes } from '../../../src/vocabulary/scenario';
import type { Selection } from '../../../src/vocabulary/selection';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const defaults = defaultScenario();

function profileOf(
  selection: Selection,
  lang: Language = 'en',
  nodes: Partial<ScenarioNodes> = {},
) {
  const ctx = profileContextOf(
    atlas,
    lang,
    { ...defaults.nodes, ...nodes },
    defaults.analysis,
    null,
  );
  return territoryProfile(ctx, selection);
}

const fact = (facts: ProfileFact[] | undefined, heading: string) =>
  facts?.find((candidate) => candidate.heading === heading);

describe('territoryProfile', () => {
  it('gives a region its drivers, tasks, 2015 share and Table 1 as the Concept prints them', () => {
    const profile = profileOf({ kind: 'region', id: 'issyk-kul' });
    expect(profile?.title).toBe('Issyk-Kul Region');
    expect(fact(profile?.facts, 'Share of national industrial output, 2015')?.lines).toEqual([
      '24.4%',
    ]);
    // Table 1 (§4), Issyk-Kul: GRP 55 843 / 57 627 / 63 334 million som.
    const grp = fact(profile?.facts, 'Forecast indicators (Table 1)')?.charts?.[0];
    expect(grp?.values.map((entry) => entry.label)).toEqual(['55,843', '57,627', '63,334']);
    expect(grp?.max).toBe(233054); // Bishkek 2019, the largest GRP of any region
    expect(fact(profile?.facts, 'Key tasks')?.items?.length).toBe(5);
    const links = profile?.facts.flatMap((f) => f.links ?? []).map((link) => link.selection);
    expect(links).toContainEqual({ kind: 'node', id: 'balykchy' });
    expect(links).toContainEqual({ kind: 'cluster', id: 'tourism' });
    expect(links).toContainEqual({ kind: 'logistics', id: 'balykchy' });
    expect(profile?.focus && 'bounds' in profile.focus).toBe(true);
  });

  it('says Osh city has no boundary and places it at its growth node', () => {
    const profile = profileOf({ kind: 'region', id: 'osh-city' });
    expect(profile?.notes).toEqual([
      'No open boundary exists for this city; the map shows it as a point.',
    ]);
    const osh = atlas.settlements.features.find((f) => f.properties.id === 'osh');
    expect(profile?.focus).toEqual({ point: osh?.geometry.coordinates });
  });

  it('measures a moved growth node from where the planner put it', () => {
    const moved: [number, number] = [75.0, 42.0];
    const profile = profileOf({ kind: 'node', id: 'balykchy' }, 'en', {
      moved: { balykchy: moved },
    });
    expect(profile?.focus).toEqual({ point: moved });
    const distances = fact(profile?.facts, 'Geodesic distance to the logistics centres');
    const bishkek = atlas.settlements.features.find((f) => f.properties.id === 'bishkek');
    const expectedKm = distance(moved, bishkek?.geometry.coordinates ?? [0, 0], {
      units: 'kilometers',
    });
    const row = distances?.table?.rows.find((cells) => cells[0]?.includes('Bishkek'));
    expect(Number(row?.[1]?.replace(/,/g, ''))).toBeCloseTo(expectedKm, -0.5);
    expect(distances?.forInvestors).toBe(true);
  });

  it('words a node’s stage for the scenario and keeps the Concept’s staging text as a note', () => {
    const profile = profileOf({ kind: 'node', id: 'naryn' }, 'ru', { stages: { naryn: 2 } });
    const staging = profile?.facts.find(
      (f) => f.source === atlas.growthNodes.staging.source && f.notes,
    );
    expect(staging?.lines).toEqual(['Этап 2']);
    expect(staging?.notes).toEqual([atlas.growthNodes.staging.text.ru]);
  });

  it('gives a logistics centre its modes and its node, and a cluster its regions', () => {
    const centre = profileOf({ kind: 'logistics', id: 'balykchy' });
    expect(fact(centre?.facts, 'Transport modes')?.items).toEqual(['water', 'road', 'rail']);
    expect(fact(centre?.facts, 'Growth node')?.links).toEqual([
      { selection: { kind: 'node', id: 'balykchy' }, label: 'Balykchy' },
    ]);
    const livestock = profileOf({ kind: 'cluster', id: 'livestock' });
    expect(fact(livestock?.facts, 'Regions')?.links?.map((link) => link.label)).toEqual([
      'Chui Region',
      'Naryn Region',
    ]);
  });

  it('gives a city abroad its country, population and location with their sources', () => {
    const profile = profileOf({ kind: 'foreignCity', id: 'uz-tashkent' }, 'ru');
    expect(profile?.title).toBe('Ташкент');
    expect(profile?.kindLabel).toBe('Город за рубежом');
    expect(fact(profile?.facts, 'Страна')?.lines).toEqual(['Узбекистан']);
    // GeoNames cities500, geonameid 1512569: 1,978,028 people at 41.26465 N 69.21627 E.
    const population = fact(profile?.facts, 'Население');
    expect(population?.lines[0]?.replace(/\D/g, '')).toBe('1978028');
    expect(population?.source).toMatch(/^GeoNames cities500/);
    expect(fact(profile?.facts, 'Местоположение')?.source).toMatch(/geonameid 1512569/);
    expect(profile?.focus).toEqual({ point: [69.21627, 41.26465] });
    expect(profile?.notes).toEqual([]);
  });

  it('says when a city abroad has no name in the language, and names it in English', () => {
    const profile = profileOf({ kind: 'foreignCity', id: 'cn-huocheng' }, 'ky');
    expect(profile?.title).toBe('Huocheng');
    expect(profile?.notes).toEqual(['Булактар бул аталышты латын тамгасы менен гана беришет.']);
  });

  it('says when a settlement’s sources name it only in Latin script', () => {
    const profile = profileOf({ kind: 'settlement', id: 'toktogul' }, 'ky');
    expect(profile?.title).toBe('Toktogul');
    expect(profile?.notes).toHaveLength(1);
    expect(fact(profile?.facts, 'Калкы')?.lines).toEqual(['20\u00a0577']);
    expect(profile?.facts[0]?.links?.[0]?.selection).toEqual({ kind: 'region', id: 'jalal-abad' });
    expect(profile?.focus).toEqual({ point: [72.94192, 41.87442] });
  });

  it('has no profile for a place the atlas does not know', () => {
    expect(profileOf({ kind: 'node', id: 'atlantis' })).toBeNull();
  });
});
