/** Tables as CSV that spreadsheets open safely: UTF-8 with a BOM, formula-like cells defused. */
import Papa from 'papaparse';

export type CsvColumn<Row> = {
  header: string;
  value: (row: Row) => string | number | boolean | null;
};

/**
 * A cell that starts like a formula (= + - @ tab CR) would run in Excel or LibreOffice when the
 * text came from a user (a candidate node's name): papaparse prefixes such cells with `'`.
 * Papaparse's own default pattern misses multi-line cells, hence this one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The rows as CSV text, one column per `columns` entry with its header first. Numbers are written
 * as numbers (never escaped), text quoted where needed.
 * @example csvText([{ n: 'Osh', a: 1 }], [{ header: 'Name', value: (r) => r.n }, { header: 'Area', value: (r) => r.a }])
 * // '\uFEFFName,Area\r\nOsh,1'
 */
export function csvText<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const text = Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return BYTE_ORDER_MARK + text;
}
