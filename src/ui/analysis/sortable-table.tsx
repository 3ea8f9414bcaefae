/**
 * A statistics table the planner can sort by any column; pointing at a row (hover or keyboard
 * focus) outlines its polygon on the map. It is also the accessible mirror of the result layers.
 */
import { type ReactNode, useState } from 'react';

export type Column<Row> = {
  key: string;
  label: string;
  value: (row: Row) => number | string | null;
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
};

type Sort = { key: string; descending: boolean };

function compare(a: number | string | null, b: number | string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // missing values sort last in both directions
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b));
}

export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  onPoint,
}: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  onPoint: (row: Row | null) => void;
}) {
  const [sort, setSort] = useState<Sort | null>(null);
  const column = columns.find((candidate) => candidate.key === sort?.key);
  const sorted = column
    ? [...rows].sort((a, b) => {
        const order = compare(column.value(a), column.value(b));
        const bothPresent = column.value(a) !== null && column.value(b) !== null;
        return sort?.descending && bothPresent ? -order : order;
      })
    : rows;
  return (
    <table className="stats-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((candidate) => {
            const active = sort?.key === candidate.key;
            return (
              <th
                key={candidate.key}
                scope="col"
                className={candidate.numeric ? 'numeric' : undefined}
                aria-sort={active ? (sort?.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort({
                      key: candidate.key,
                      descending: active ? !sort?.descending : Boolean(candidate.numeric),
                    })
                  }
                >
                  {candidate.label}
                  <span aria-hidden="true">{active ? (sort?.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr
            key={rowKey(row)}
            data-key={rowKey(row)}
            tabIndex={0}
            onMouseEnter={() => onPoint(row)}
            onMouseLeave={() => onPoint(null)}
            onFocus={() => onPoint(row)}
            onBlur={() => onPoint(null)}
          >
            {columns.map((candidate) => (
              <td key={candidate.key} className={candidate.numeric ? 'numeric' : undefined}>
                {candidate.render ? candidate.render(row) : candidate.value(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
