// `--settlements FILE`: the user's settlement table read as the app reads it (parseFile, then
// settlementTable in replace mode), so the CLI and the app count the same people.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { AnalysisInput } from '../src/analysis/types';
import { translator } from '../src/i18n/i18n';
import { parseFile } from '../src/user-data/parse-file';
import { settlementTable } from '../src/user-data/settlement-table';
import { readAtlas } from './analyze-input';

type Untyped = (key: string, values?: object) => string;

/**
 * The table's settlements, or every problem of the file in English (row and column named).
 * Rows count from 1 after the header, as the app's list of rows left out does.
 */
export async function readSettlementTable(
  path: string,
): Promise<{ settlements: AnalysisInput['settlements'] } | { problems: string[] }> {
  const t = translator('en') as unknown as Untyped;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    return { problems: [`${path}: ${(e as Error).message}`] };
  }
  const outcome = await parseFile(basename(path), bytes);
  if (!outcome.ok)
    return { problems: [t(`importing:${outcome.problem.key}`, outcome.problem.values)] };
  const [part] = outcome.parts;
  if (!part) return { problems: [`${path}: no table in the file`] };
  const table = settlementTable(part, readAtlas(), { mode: 'replace' });
  if (!table.ok) {
    return {
      problems: [
        `${path}: no ${table.missing} column (columns: ${table.columns.join(', ') || 'none'})`,
      ],
    };
  }
  const left = part.kind === 'features' ? part.skipped : { nullGeometry: 0, invalidCoordinates: 0 };
  const problems = [
    ...table.problems.map(
      (p) =>
        `${path}: data row ${p.row}${p.column ? `, column "${p.column}"` : ''}` +
        `${p.name ? ` (${p.name})` : ''}: ${t(`populationBase:reason.${p.reason}`)}`,
    ),
    ...(left.invalidCoordinates + left.nullGeometry > 0
      ? [
          `${path}: ${left.invalidCoordinates + left.nullGeometry} rows without valid coordinates ` +
            '(lat, lon) were left out by the reader; the row numbers above count the rows read',
        ]
      : []),
  ];
  return problems.length > 0 ? { problems } : { settlements: table.settlements };
}
