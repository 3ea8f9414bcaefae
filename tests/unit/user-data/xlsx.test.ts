import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/user-data/parse-file';
import { layerOf, problemOf, tableOf } from './helpers';
import { workbook } from './xlsx-writer';

describe('parseFile: XLSX', () => {
  it('reads a sheet with lat/lon columns as a layer, numbers typed and text cells with decimal commas', async () => {
    const book = workbook({
      Лист1: [
        ['Аты', 'Latitude', 'Longitude', 'Калк'],
        ['Каракол', 42.49, 78.39, 84351],
        ['Талас', '42,52', '72,24', null],
        ['Эч жерде', 'x', 72, 1],
      ],
    });
    const layer = layerOf(await parseFile('шаарлар.xlsx', book));
    expect(layer.name).toBe('шаарлар.xlsx');
    expect(layer.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [78.39, 42.49] },
      { type: 'Point', coordinates: [72.24, 42.52] },
    ]);
    expect(layer.features.map((f) => f.properties)).toEqual([
      { Аты: 'Каракол', Калк: 84351 },
      { Аты: 'Талас', Калк: null },
    ]);
    expect(layer.skipped).toEqual({ nullGeometry: 0, invalidCoordinates: 1 });
  });

  it('reads every sheet holding cells as a part; one without coordinates is a table', async () => {
    const outcome = await parseFile(
      'book.xlsx',
      workbook({
        points: [
          ['lat', 'lon'],
          [41, 75],
        ],
        regions: [
          ['region', 'grp'],
          ['Нарын', 12.5],
        ],
        empty: [],
      }),
    );
    expect(outcome.ok && outcome.parts.map((p) => [p.name, p.kind])).toEqual([
      ['book.xlsx · points', 'features'],
      ['book.xlsx · regions', 'table'],
    ]);
    const one = await parseFile(
      'one.xlsx',
      workbook({
        regions: [
          ['region', 'grp'],
          ['Нарын', 12.5],
        ],
      }),
    );
    expect(tableOf(one).rows).toEqual([{ region: 'Нарын', grp: 12.5 }]);
  });

  it('refuses a workbook with no cells', async () => {
    expect(problemOf(await parseFile('empty.xlsx', workbook({ a: [] })))).toEqual({
      key: 'emptyWorkbook',
      values: { file: 'empty.xlsx' },
    });
  });
});
