// Every imported property passes here: what comes out is text, a finite number or null, under a
// trimmed, unique, non-empty key, so nothing imported is ever an object the UI could mistake for
// markup or code.
import type { FieldInfo, UserProperties, UserValue } from './types';

/** One imported value as the atlas keeps it. */
export function userValue(value: unknown): UserValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/**
 * Field names made usable: trimmed, an empty one named `field_<column>`, a repeated one given a
 * suffix (`name`, `name_2`).
 */
export function uniqueFieldNames(rawNames: readonly unknown[]): string[] {
  const used = new Set<string>();
  return rawNames.map((raw, index) => {
    const trimmed = typeof raw === 'string' ? raw.trim() : raw == null ? '' : String(raw).trim();
    const base = trimmed === '' ? `field_${index + 1}` : trimmed;
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}_${suffix}`;
    used.add(name);
    return name;
  });
}

/** An imported object's properties as the atlas keeps them. */
export function userProperties(raw: unknown): UserProperties {
  const properties: UserProperties = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return properties;
  const entries = Object.entries(raw);
  const names = uniqueFieldNames(entries.map(([key]) => key));
  entries.forEach(([, value], index) => {
    properties[names[index] as string] = userValue(value);
  });
  return properties;
}

/**
 * The fields of a layer or table, in the order they first appear: numeric when every non-empty
 * value is a number, with the count of distinct non-empty values.
 */
export function fieldInfo(records: readonly UserProperties[]): FieldInfo[] {
  const fields = new Map<string, { numeric: boolean; values: Set<UserValue> }>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      let field = fields.get(name);
      if (!field) {
        field = { numeric: true, values: new Set() };
        fields.set(name, field);
      }
      if (value === null) continue;
      if (typeof value !== 'number') field.numeric = false;
      field.values.add(value);
    }
  }
  return [...fields].map(([name, { numeric, values }]) => ({
    name,
    kind: numeric && values.size > 0 ? 'number' : 'text',
    distinct: values.size,
  }));
}
