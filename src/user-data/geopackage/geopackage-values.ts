// GeoPackage cells to the import's plain values, and the fields they make. The import's shared
// normaliser takes these over at integration; they stay here, small, until then.
import type { FieldInfo, UserProperties, UserValue } from '../types';

/** A SQLite cell as an import value: finite numbers and text kept, blobs and the rest null. */
export function geopackageValue(cell: unknown): UserValue {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'bigint') return Number(cell);
  if (typeof cell === 'string') return cell;
  return null;
}

/** The fields of `columns` over `rows`: numeric when every non-empty value is a number. */
export function geopackageFields(
  columns: readonly string[],
  rows: readonly UserProperties[],
): FieldInfo[] {
  return columns.map((name) => {
    const values = new Set<UserValue>();
    let numeric = true;
    for (const row of rows) {
      const value = row[name] ?? null;
      if (value === null || value === '') continue;
      values.add(value);
      if (typeof value !== 'number') numeric = false;
    }
    return { name, kind: numeric ? 'number' : 'text', distinct: values.size };
  });
}
