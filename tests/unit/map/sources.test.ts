// The map's GeoJSON derived from the atlas: every Concept place is drawn, where the data puts it.
import area from '@turf/area';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import {
  analysisSources,
  buildMapSources,
  mapControlTexts,
  neighbourOutlines,
  sizeRank,
  sourceAttributions,
} from '../../../src/map/sources';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const sources = buildMapSources(atlas);

describe('map sources', () => {
  it('draws all 20 growth nodes, Bishkek and Osh as the two with programmes of their own', () => {
    const nodes = sources['growth-nodes'].features;
    expect(nodes).toHaveLength(20);
    const own = nodes.filter((f) => f.properties?.ownProgramme).map((f) => f.properties?.id);
    expect(own.sort()).toEqual(['bishkek', 'osh']);
  });

  it('places each growth node at its settlement and names it in three languages', () => {
    const settlement = (id: string) =>
      atlas.settlements.features.find((f) => f.properties.id === id);
    for (const node of sources['growth-nodes'].features) {
      const id = String(node.properties?.id);
      expect(node.geometry).toEqual(settlement(id)?.geometry);
      expect(node.properties?.name_ky, id).toBeTruthy();
      expect(node.properties?.name_ru, id).toBeTruthy();
    }
  });

  it('marks Balykchy, and only Balykchy, as the multimodal logistics centre', () => {
    const multimodal = sources.logistics.features.filter((f) => f.properties?.multimodal);
    expect(multimodal.map((f) => f.properties?.id)).toEqual(['balykchy']);
    expect(sources.logistics.features).toHaveLength(3);
  });

  it('draws Osh city as a point, never as an invented polygon', () => {
    expect(sources.oblasts.features.map((f) => f.properties?.id)).not.toContain('osh-city');
    expect(sources['city-regions'].features.map((f) => f.properties?.id)).toEqual(['osh-city']);
    expect(sources['city-regions'].features[0]?.geometry.type).toBe('Point');
  });

  it('puts one cluster badge per cluster and named region, in distinct slots within a region', () => {
    const badges = sources.clusters.features;
    const expected = atlas.clusters.clusters.reduce(
      (sum, cluster) => sum + cluster.regions.length,
      0,
    );
    expect(badges).toHaveLength(expected);
    const slots = new Map<string, Set<string>>();
    for (const badge of badges) {
      const region = String(badge.properties?.region);
      const offsets = slots.get(region) ?? new Set<string>();
      offsets.add(JSON.stringify(badge.properties?.iconOffset));
      slots.set(region, offsets);
    }
    for (const [region, offsets] of slots) {
      const count = badges.filter((b) => b.properties?.region === region).length;
      expect(offsets.size, region).toBe(count);
    }
  });

  it('anchors oblast labels inside their own oblast', () => {
    for (const label of sources['region-labels'].features) {
      const oblast = atlas.oblasts.features.find(
        (f) => f.properties.region === label.properties?.id,
      );
      if (!oblast || label.geometry.type !== 'Point') throw new Error('missing oblast');
      expect(
        booleanPointInPolygon(label.geometry.coordinates, oblast),
        String(label.properties?.id),
      ).toBe(true);
    }
  });

  it('names neighbours on their main territory, not on the enclaves inside Batken', () => {
    for (const label of sources['neighbour-labels'].features) {
      if (label.geometry.type !== 'Point') continue;
      for (const enclave of atlas.enclaves.features) {
        expect(booleanPointInPolygon(label.geometry.coordinates, enclave)).toBe(false);
      }
    }
  });

  it('drops the straight clip edges from neighbour outlines but keeps real borders', () => {
    const outline = neighbourOutlines(atlas.neighbours)[0];
    if (outline?.geometry.type !== 'MultiLineString') throw new Error('expected lines');
    const [west, south, east, north] = bbox(atlas.neighbours);
    const alongEdge = outline.geometry.coordinates.flatMap((line) =>
      line.slice(1).filter((b, i) => {
        const a = line[i] ?? b;
        return (
          (a[0] === b[0] && (a[0] === west || a[0] === east)) ||
          (a[1] === b[1] && (a[1] === south || a[1] === north))
        );
      }),
    );
    expect(alongEdge).toEqual([]);
    const neighbourIsos = new Set(atlas.neighbours.features.map((f) => f.properties.iso));
    expect(neighbourIsos.size).toBeGreaterThanOrEqual(4);
    expect(outline.geometry.coordinates.flat().length).toBeGreaterThan(1000);
  });

  it('sizes settlements by population, unknown population as the smallest', () => {
    expect([null, 5_000, 25_000, 60_000, 1_000_000].map(sizeRank)).toEqual([0, 0, 1, 2, 3]);
  });

  it('keeps the oblast polygons as they are in the data', () => {
    const drawn = sources.oblasts.features.reduce((sum, f) => sum + area(f), 0);
    const data = atlas.oblasts.features.reduce((sum, f) => sum + area(f), 0);
    expect(drawn).toBeCloseTo(data, 0);
  });
});

describe('words on the map follow the language', () => {
  it('labels the neighbours with their CLDR names in each language', () => {
    const china = sources['neighbour-labels'].features.find((f) => f.properties?.iso === 'CN');
    expect(china?.properties).toMatchObject({
      name_ky: 'Кытай',
      name_ru: 'Китай',
      name_en: 'China',
    });
  });

  it("words the map's own controls and its scale's units in each language", () => {
    expect(mapControlTexts('ky')).toMatchObject({
      'NavigationControl.ZoomIn': 'Чоңойтуу',
      'ScaleControl.Kilometers': 'км',
      'ScaleControl.Meters': 'м',
    });
    expect(mapControlTexts('ru')['NavigationControl.ZoomOut']).toBe('Отдалить');
    expect(mapControlTexts('en')['ScaleControl.Kilometers']).toBe('km');
  });

  it('words the attributions in the interface language and keeps licence names', () => {
    expect(sourceAttributions('ky').oblasts).toBe('Чек аралар: Natural Earth (коомдук менчик)');
    expect(sourceAttributions('ru').settlements).toMatch(
      /^Населённые пункты: GeoNames \(CC BY 4\.0\)/,
    );
    expect(sourceAttributions('en').lakes).toBe('Water: GSHHG (LGPL)');
    for (const lang of ['ky', 'ru'] as const) {
      expect(Object.values(sourceAttributions(lang)).join(' ')).not.toMatch(
        /Boundaries|Settlements|Water|contributors|Decree/,
      );
    }
  });

  it('writes catchment area labels with the language’s unit: км² in Kyrgyz, km² in English', () => {
    const result = {
      coverage: { nodes: [{ node: 'naryn', position: [76, 41.4], areaKm2: 12345.6 }] },
    } as unknown as Parameters<typeof analysisSources>[0];
    const label = (lang: 'ky' | 'en') =>
      analysisSources(result, lang)['analysis-catchment-labels'].features[0]?.properties?.areaLabel;
    expect(label('ky')).toBe('12\u00a0346 км²');
    expect(label('en')).toBe('12,346 km²');
  });
});
