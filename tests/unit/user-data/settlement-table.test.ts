// The settlement table: names matched across scripts on the search keys, every left-out row
// listed with its number and reason, and the two modes of the population base.
import { describe, expect, it } from 'vitest';
import { listedPopulation } from '../../../src/data/atlas-index';
import { baseSettlements, settlementTable } from '../../../src/user-data/settlement-table';
import type { ParsedLayer, ParsedTable, UserProperties } from '../../../src/user-data/types';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const LISTED = atlas.settlements.features.length;

function table(rows: UserProperties[]): ParsedTable {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    kind: 'table',
    name: 'census.csv',
    rows,
    fields: names.map((name) => ({ name, kind: 'text', distinct: rows.length })),
  };
}

function points(rows: { properties: UserProperties; at: [number, number] }[]): ParsedLayer {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.properties)))];
  return {
    kind: 'features',
    name: 'villages.geojson',
    features: rows.map(({ properties, at }) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties,
    })),
    fields: names.map((name) => ({ name, kind: 'text', distinct: rows.length })),
    skipped: { nullGeometry: 0, invalidCoordinates: 0 },
  };
}

const read = (part: ParsedTable | ParsedLayer, mode: 'replace' | 'extend' = 'replace') => {
  const result = settlementTable(part, atlas, { mode });
  if (!result.ok) throw new Error(`refused: ${result.missing}`);
  return result;
};

describe('settlementTable: names', () => {
  it('matches Kyrgyz, Russian and Latin spellings of real atlas names', () => {
    const result = read(
      table([
        { Название: 'Узген', Население: 55000 }, // Russian name of the growth node uzgen
        { Название: 'Özgön', Население: 1 }, // the same town in Kyrgyz Latin: a duplicate
        { Название: 'Кара-Куль', Население: 23000 }, // Russian of Kara-Kul’
        { Название: 'Каракол', Население: 80000 }, // not Кара-Көл, though their keys are equal
        { Название: 'Jalal-Abad', Население: 120000 },
        { Название: 'Токмок', Население: '71 443' }, // digits grouped by a space
      ]),
    );
    expect(result.columns).toMatchObject({ name: 'Название', population: 'Население' });
    expect(result.rows.map((row) => [row.row, row.matched, row.population])).toEqual([
      [1, 'uzgen', 55000],
      [3, 'kara-kul', 23000],
      [4, 'karakol', 80000],
      [5, 'jalal-abad', 120000],
      [6, 'tokmok', 71443],
    ]);
    expect(result.problems).toEqual([
      { row: 2, name: 'Özgön', column: 'Название', reason: 'duplicate' },
    ]);
  });

  it('lists ambiguous, unknown and invalid rows with their row and reason', () => {
    const result = read(
      table([
        { name: 'Ak-Suu', population: 100 }, // three listed settlements are called Ak-Suu
        { name: 'Atlantis', population: 100 },
        { name: 'Talas', population: 'many' },
        { name: 'Talas', population: -5 },
        { name: '', population: 7 },
        { name: 'Талас', population: 41000 },
      ]),
    );
    expect(result.problems).toEqual([
      { row: 1, name: 'Ak-Suu', column: 'name', reason: 'ambiguous' },
      { row: 2, name: 'Atlantis', column: 'name', reason: 'noMatch' },
      { row: 3, name: 'Talas', column: 'population', reason: 'populationNotANumber' },
      { row: 4, name: 'Talas', column: 'population', reason: 'populationNotANumber' },
      { row: 5, name: '', column: 'name', reason: 'noName' },
    ]);
    expect(result.rows.map((row) => row.matched)).toEqual(['talas']);
  });

  it('tells namesakes apart by the row’s own point, and adds a point no listed place is near', () => {
    const result = read(
      points([
        // Naryn is both the oblast centre (41.43 N, 75.99 E) and a town in Jalal-Abad.
        { properties: { name: 'Naryn', pop: 40000 }, at: [75.99, 41.43] },
        { properties: { name: 'Naryn', pop: 11000 }, at: [72.08, 41.13] },
        { properties: { name: 'New village', pop: 900 }, at: [75.99, 41.48] },
        { properties: { name: 'Tashkent', pop: 2000000 }, at: [69.24, 41.3] },
      ]),
    );
    expect(result.rows.map((row) => [row.matched, row.id, row.region])).toEqual([
      ['naryn', 'naryn', 'naryn'],
      ['naryn-jalal-abad', 'naryn-jalal-abad', 'jalal-abad'],
      [null, 'user-nowvilago-75.9900-41.4800', 'naryn'],
    ]);
    expect(result.rows[2]?.coordinates).toEqual([75.99, 41.48]);
    expect(result.problems).toEqual([
      { row: 4, name: 'Tashkent', column: null, reason: 'outsideCountry' },
    ]);
  });

  it('refuses a table without a name or a population column, naming its columns', () => {
    expect(
      settlementTable(table([{ город: 'Ош', год: 2022 }]), atlas, { mode: 'replace' }),
    ).toEqual({
      ok: false,
      missing: 'population',
      columns: ['город', 'год'],
    });
    expect(settlementTable(table([{ калкы: 5 }]), atlas, { mode: 'replace' })).toMatchObject({
      ok: false,
      missing: 'name',
    });
  });

  it('recognises Kyrgyz headers and a year in the population column’s name', () => {
    const result = read(table([{ аталышы: 'Балыкчы', калкы_2022: 48000, жыл: 2022 }]));
    expect(result.columns).toEqual({
      name: 'аталышы',
      population: 'калкы_2022',
      year: 'жыл',
      source: null,
    });
    expect(result.rows[0]).toMatchObject({ matched: 'balykchy', year: '2022' });
  });
});

describe('baseSettlements: replace and extend', () => {
  const rows = read(
    points([
      { properties: { name: 'Токмок', population: 80000 }, at: [75.3, 42.84] },
      { properties: { name: 'New village', population: 900 }, at: [75.99, 41.48] },
    ]),
  ).rows;
  const tokmok = atlas.settlements.features.find((f) => f.properties.id === 'tokmok');
  const listedTokmok = tokmok?.properties.population ?? 0;

  it('replace: only the table’s settlements', () => {
    const settlements = baseSettlements(atlas, rows, 'replace');
    expect(settlements.map((s) => [s.id, s.population])).toEqual([
      ['tokmok', 80000],
      ['user-nowvilago-75.9900-41.4800', 900],
    ]);
  });

  it('extend: every listed settlement, Tokmok’s population from the table, the village added', () => {
    const settlements = baseSettlements(atlas, rows, 'extend');
    expect(settlements).toHaveLength(LISTED + 1);
    const total = settlements.reduce((sum, s) => sum + (s.population ?? 0), 0);
    expect(total).toBe(listedPopulation(atlas) - listedTokmok + 80000 + 900);
    expect(settlements.find((s) => s.id === 'tokmok')?.coordinates).toEqual(
      tokmok?.geometry.coordinates,
    );
  });
});
