// The analysis as files: a real run (GEOS in Node) written as CSV and GeoJSON, then read back.
import { check as checkGeojson } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/analysis/types';
import { analysisGeojson, catchmentCsv, nodeLabels } from '../../../src/export/analysis-export';
import type { ScenarioNodes } from '../../../src/vocabulary/scenario';
import { realAtlas } from '../../helpers/atlas';
import { sharedSession } from '../analysis/analysis-test-kit';

const atlas = realAtlas();
const injected = '=HYPERLINK("http://example.com","click")';
const nodes: ScenarioNodes = {
  moved: {},
  removed: [],
  stages: { balykchy: 1 },
  candidates: [
    { id: 'candidate-1', name: injected, position: [74.5, 41.3], region: 'naryn-oblast' },
  ],
};

let result: AnalysisResult;
beforeAll(async () => {
  const { session } = await sharedSession();
  result = session.run(
    { method: 'radius', radiusKm: 50 },
    { candidates: [{ id: 'candidate-1', coordinates: [74.5, 41.3], region: 'naryn-oblast' }] },
  );
});

const rowsOf = (text: string) => Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;

describe('analysis export', () => {
  it('writes one CSV row per node of the run, names in the chosen language', () => {
    const label = nodeLabels(atlas.growthNodes.nodes, nodes, 'ru');
    const [header, ...rows] = rowsOf(catchmentCsv(result, label, 'ru'));
    expect(header).toEqual([
      'Код точки роста',
      'Название',
      'Предлагаемая',
      'Этап',
      'Метод',
      'Площадь, км²',
      'Доля площади страны, %',
      'Города',
      'Население городов из списка',
      'Долгота',
      'Широта',
    ]);
    expect(rows).toHaveLength(21); // the Concept's 20 and the candidate
    const balykchy = rows.find((row) => row[0] === 'balykchy');
    expect(balykchy?.slice(1, 5)).toEqual(['Балыкчы', 'нет', '1', 'Радиус']);
    const coverage = result.coverage.nodes.find((node) => node.node === 'balykchy');
    expect(Number(balykchy?.[5])).toBeCloseTo(coverage?.areaKm2 ?? Number.NaN, 0);
  });

  it("defuses a candidate's name that reads as a spreadsheet formula", () => {
    const label = nodeLabels(atlas.growthNodes.nodes, nodes, 'en');
    const candidate = rowsOf(catchmentCsv(result, label, 'en')).find(
      (row) => row[0] === 'candidate-1',
    );
    expect(candidate?.[1]).toBe(`'${injected}`);
    expect(candidate?.[2]).toBe('yes');
  });

  it('writes valid GeoJSON: catchments, zones and the band, named, the name kept as plain text', () => {
    const label = nodeLabels(atlas.growthNodes.nodes, nodes, 'ky');
    const collection = checkGeojson(analysisGeojson(result, label, atlas, 'ky'));
    if (collection.type !== 'FeatureCollection') throw new Error(collection.type);
    const byLayer = (layer: string) =>
      collection.features.filter((f) => f.properties?.layer === layer);
    expect(byLayer('catchment')).toHaveLength(result.catchments.features.length);
    expect(byLayer('cross-border-zone').map((f) => f.properties?.name)).toEqual(
      result.zones.features.map(
        (f) =>
          ({
            UZ: 'Өзбекстандын таасир зонасы',
            TJ: 'Тажикстандын таасир зонасы',
            KZ: 'Казакстандын таасир зонасы',
            CN: 'Кытай менен коңшулук — эске алуу керек',
          })[f.properties.neighbour],
      ),
    );
    expect(byLayer('border-band')).toHaveLength(result.borderBand.features.length);
    const candidate = byLayer('catchment').find((f) => f.properties?.node === 'candidate-1');
    expect(candidate?.properties).toMatchObject({
      name: injected,
      candidate: true,
      method: 'radius',
    });
  });
});
