// Main-thread side of importing a file: the size checked before a byte is read, the bytes moved
// (not copied) to the import worker, which starts on first use and parses off the main thread.
import * as Comlink from 'comlink';
import { MAX_FILE_BYTES, tooBig } from '../user-data/limits';
import type { ImportOutcome } from '../user-data/types';
// A file of its own when served; inlined as a blob in the portable atlas (vite.config.ts).
import ImportWorker from './import.worker.ts?worker';
import type { ImportApi } from './import-api';
import type { WorkerEndpoint } from './worker-queue';

export interface ImportClient {
  /** Reads and parses a file; never rejects: a refusal is an outcome. */
  importFile(file: File): Promise<ImportOutcome>;
}

const defaultEndpoint = (): WorkerEndpoint => new ImportWorker();

export function createImportClient(
  createEndpoint: () => WorkerEndpoint = defaultEndpoint,
): ImportClient {
  let worker: { endpoint: WorkerEndpoint; api: Comlink.Remote<ImportApi> } | undefined;
  const api = (): Comlink.Remote<ImportApi> => {
    if (!worker) {
      const endpoint = createEndpoint();
      worker = { endpoint, api: Comlink.wrap<ImportApi>(endpoint) };
    }
    return worker.api;
  };
  return {
    async importFile(file) {
      const refuse = (
        key: string,
        values: Record<string, string | number> = {},
      ): ImportOutcome => ({
        ok: false,
        fileName: file.name,
        problem: { key, values: { ...values, file: file.name } },
      });
      if (file.size > MAX_FILE_BYTES) {
        const { key, values } = tooBig(file.size, MAX_FILE_BYTES);
        return refuse(key, values);
      }
      let buffer: ArrayBuffer;
      try {
        buffer = await file.arrayBuffer();
      } catch {
        return refuse('notReadable');
      }
      try {
        return await api().parseFile(file.name, Comlink.transfer(new Uint8Array(buffer), [buffer]));
      } catch {
        // The worker itself failed (out of memory, a crash): the next file gets a new one.
        worker?.endpoint.terminate?.();
        worker = undefined;
        return refuse('workerFailed');
      }
    },
  };
}

let shared: ImportClient | undefined;

/**
 * Reads and parses a file the user chose or dropped in the app's one import worker (started on
 * first use); never rejects: a refusal is an outcome.
 *
 * @example
 *   const outcome = await importFile(input.files[0]);
 *   if (outcome.ok) addLayers(outcome.parts);
 *   else notify(outcome.problem);
 * @public (the layer panel's "Add data…" and the map's drop call it)
 */
export function importFile(file: File): Promise<ImportOutcome> {
  shared ??= createImportClient();
  return shared.importFile(file);
}
