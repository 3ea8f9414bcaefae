// What the import worker does: parse one file off the main thread.
import { parseFile } from '../user-data/parse-file';

export function createImportApi() {
  return { parseFile };
}

export type ImportApi = ReturnType<typeof createImportApi>;
