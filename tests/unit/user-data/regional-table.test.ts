// The regional table: regions matched by Russian, Kyrgyz and Latin names and ISO 3166-2 codes;
// its numbers classed by the choropleth's own classing; actual against the Concept's Table 1.
import { quantile } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { classLimits, classOf } from '../../../src/investor/classify';
import {
  forecastVsActual,
  regionalTable,
  table1Column,
} from '../../../src/user-data/regional-table';
import type { ParsedTable, UserProperties } from '../../../src/user-data/types';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();

function table(rows: UserProperties[], numeric: string[]): ParsedTable {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    kind: 'table',
    name: 'regions.csv',
    rows,
    fields: names.map((name) => ({
      name,
      kind: numeric.includes(name) ? 'number' : 'text',
      distinct: rows.length,
    })),
  };
}

const RUSSIAN = table(
  [
    { Регион: 'Баткенская область', 'ВРП 2018': 24000 },
    { Регион: 'Джалал-Абадская', 'ВРП 2018': 60000 },
    { Регион: 'Иссык-Кульская обл.', 'ВРП 2018': 57627 },
    { Регион: 'Нарынская область', 'ВРП 2018': 15000 },
    { Регион: 'Ошская область', 'ВРП 2018': 41000 },
    { Регион: 'Таласская область', 'ВРП 2018': 17306 },
    { Регион: 'Чуйская область', 'ВРП 2018': 80000 },
    { Регион: 'г. Бишкек', 'ВРП 2018': 250000 },
    { Регион: 'город Ош', 'ВРП 2018': 30000 },
    { Регион: 'Атлантида', 'ВРП 2018': 5 },
    { Регион: 'Нарын', 'ВРП 2018': 1 },
  ],
  ['ВРП 2018'],
);

describe('regionalTable', () => {
  const result = regionalTable(RUSSIAN, atlas);
  if (!result.ok) throw new Error(result.reason);
  const [grp] = result.indicators;

  it('matches the nine regions by their Russian names and lists the rest', () => {
    expect(result.regionColumn).toBe('Регион');
    expect(grp?.values.map((v) => v.region)).toEqual([
      'batken',
      'jalal-abad',
      'issyk-kul',
      'naryn',
      'osh-region',
      'talas',
      'chui',
      'bishkek',
      'osh-city',
    ]);
    expect(result.problems).toEqual([
      { row: 10, key: 'Атлантида', reason: 'noMatch' },
      { row: 11, key: 'Нарын', reason: 'duplicate' },
    ]);
  });

  it('matches ISO 3166-2 codes, Kyrgyz and Latin spellings; a bare "Osh" is ambiguous', () => {
    const codes = regionalTable(
      table(
        [
          { code: 'KG-GB', v: 1 },
          { code: 'kg-o', v: 2 },
          { code: 'Ысык-Көл облусу', v: 3 },
          { code: 'Chüy', v: 4 },
          { code: 'Osh', v: 5 },
        ],
        ['v'],
      ),
      atlas,
    );
    if (!codes.ok) throw new Error(codes.reason);
    expect(codes.indicators[0]?.values).toEqual([
      { region: 'bishkek', value: 1 },
      { region: 'osh-region', value: 2 },
      { region: 'issyk-kul', value: 3 },
      { region: 'chui', value: 4 },
    ]);
    expect(codes.problems).toEqual([{ row: 5, key: 'Osh', reason: 'ambiguous' }]);
  });

  it('gives the choropleth the classes computed by hand and by simple-statistics', () => {
    const values = grp?.values.map((v) => v.value) ?? [];
    // Natural breaks, two classes: Bishkek alone against the eight others (by hand).
    expect(classLimits(values, 'ckmeans', 2, [])).toEqual([15000, 80000, 250000]);
    const bishkek = grp?.values.find((v) => v.region === 'bishkek')?.value ?? 0;
    expect(classOf(bishkek, [15000, 80000, 250000])).toBe(1);
    // Quantiles, three classes: the 1/3 and 2/3 quantiles of the nine values.
    expect(classLimits(values, 'quantile', 3, [])).toEqual([
      15000,
      quantile(values, 1 / 3),
      quantile(values, 2 / 3),
      250000,
    ]);
    expect(classLimits(values, 'manual', 0, [50000])).toEqual([15000, 50000, 250000]);
  });

  it('recognises Table 1 columns in their usual spellings', () => {
    expect(grp?.table1).toEqual({ measure: 'grp', year: 2018 });
    expect(table1Column('grp_2018')).toEqual({ measure: 'grp', year: 2018 });
    expect(table1Column('wage 2019')).toEqual({ measure: 'average-wage', year: 2019 });
    expect(table1Column('Рабочие места, 2017')).toEqual({ measure: 'new-jobs', year: 2017 });
    expect(table1Column('grp_2021')).toBeNull(); // Table 1 stops at 2019
    expect(table1Column('population 2018')).toBeNull();
  });

  it('sets the actual against Table 1’s forecast: difference and per cent of the forecast', () => {
    const byRegion = new Map(grp ? forecastVsActual(atlas, grp).map((c) => [c.region, c]) : []);
    // Table 1 (§4), GRP 2018, million som: Batken 21 745, Talas 17 306, Naryn 15 696.
    expect(byRegion.get('batken')).toMatchObject({
      actual: 24000,
      forecast: 21745,
      difference: 2255,
    });
    expect(byRegion.get('batken')?.percentOfForecast).toBeCloseTo(110.37, 2); // 24000 / 21745
    expect(byRegion.get('talas')?.percentOfForecast).toBe(100);
    expect(byRegion.get('naryn')?.difference).toBe(-696);
    expect(byRegion.get('naryn')?.percentOfForecast).toBeCloseTo(95.566, 3); // 15000 / 15696
  });
});
