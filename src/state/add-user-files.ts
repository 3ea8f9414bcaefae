/**
 * "Add data…": each file is read by the import worker and either added (each of its parts a
 * layer or table, announced once) or refused with an alert naming the file and the problem.
 * A refused file changes nothing already on the map. Files are read one after another.
 */
import { translator } from '../i18n/i18n';
import type { ImportOutcome } from '../user-data/types';
import { useNoticeStore } from './notice-store';
import { useScenarioStore } from './scenario-store';
import { partCount, useUserLayersStore } from './user-layers-store';

export type ImportFile = (file: File) => Promise<ImportOutcome>;

/** The parsers load (with their worker) only when a first file is added. */
const workerImport: ImportFile = async (file) =>
  (await import('../worker/import-client')).importFile(file);

/** The words of a parser's problem (a key of the `importing` namespace), in the interface language. */
function problemText(key: string, values: Record<string, string | number> | undefined): string {
  const t = translator(useScenarioStore.getState().view.language) as unknown as (
    key: string,
    values?: object,
  ) => string;
  return t(`importing:${key}`, values);
}

/**
 * @example
 *   await addUserFiles(input.files); // then the layer panel lists them
 */
export async function addUserFiles(
  files: Iterable<File>,
  importFile: ImportFile = workerImport,
): Promise<void> {
  const store = useUserLayersStore.getState();
  for (const file of files) {
    store.setReading(file.name);
    let outcome: ImportOutcome;
    try {
      outcome = await importFile(file);
    } catch {
      // importFile resolves with a refusal; this is for its chunk failing to load.
      outcome = {
        ok: false,
        fileName: file.name,
        problem: { key: 'workerFailed', values: { file: file.name } },
      };
    }
    if (!outcome.ok) {
      useNoticeStore.getState().notify({
        tone: 'error',
        message: { key: 'fileRefused', values: { file: outcome.fileName } },
        reasons: [
          {
            key: 'outsideText',
            values: { text: problemText(outcome.problem.key, outcome.problem.values) },
          },
        ],
      });
      continue;
    }
    useUserLayersStore.getState().add(outcome.parts);
    for (const part of outcome.parts) {
      useUserLayersStore.getState().announce({
        file: part.name,
        count: partCount(part),
        table: part.kind === 'table',
      });
    }
  }
  useUserLayersStore.getState().setReading(null);
}
