// CSV for spreadsheets: a BOM for Excel, quoting by RFC 4180, and no formula injection.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../src/export/csv';

type Row = { name: string; area: number };
const columns = [
  { header: 'Name', value: (row: Row) => row.name },
  { header: 'Area, km²', value: (row: Row) => row.area },
];
const parse = (text: string) => Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;

describe('csv', () => {
  it('starts with a byte order mark and a header row, one line per row', () => {
    const text = csvText([{ name: 'Балыкчы', area: 7841.2 }], columns);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Name,"Area, km²"\r\nБалыкчы,7841.2');
  });

  it('quotes commas, quotes and line breaks so the cells read back unchanged', () => {
    const rows = [{ name: 'Osh, "south"\ncapital', area: 1 }];
    expect(parse(csvText(rows, columns))[1]).toEqual(['Osh, "south"\ncapital', '1']);
  });

  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '=1\n+2'])(
    'defuses a cell typed as %j with a leading apostrophe',
    (name) => {
      const [, row] = parse(csvText([{ name, area: 1 }], columns));
      expect(row?.[0]).toBe(`'${name}`);
    },
  );

  it('writes numbers as numbers, negative ones too', () => {
    const [, row] = parse(csvText([{ name: 'x', area: -3.5 }], columns));
    expect(row?.[1]).toBe('-3.5');
  });
});
