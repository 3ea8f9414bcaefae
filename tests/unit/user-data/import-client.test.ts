import * as Comlink from 'comlink';
import { describe, expect, it } from 'vitest';
import { createImportApi } from '../../../src/worker/import-api';
import { createImportClient } from '../../../src/worker/import-client';
import type { WorkerEndpoint } from '../../../src/worker/worker-queue';

/** The worker's API behind a MessageChannel, recording what each message transferred. */
function channelEndpoint(transferred: unknown[][]): () => WorkerEndpoint {
  return () => {
    const { port1, port2 } = new MessageChannel();
    Comlink.expose(createImportApi(), port1);
    const post = port2.postMessage.bind(port2);
    return Object.assign(port2, {
      postMessage: (message: unknown, transfer: Transferable[] = []) => {
        transferred.push(transfer);
        post(message, transfer);
      },
      terminate: () => port1.close(),
    });
  };
}

describe('import client', () => {
  it('parses a file in the worker, moving its bytes rather than copying them', async () => {
    const transferred: unknown[][] = [];
    const client = createImportClient(channelEndpoint(transferred));
    const outcome = await client.importFile(
      new File(['lat,lon,name\n42.87,74.59,Бишкек\n'], 'towns.csv'),
    );
    expect(outcome).toMatchObject({ ok: true, format: 'csv', fileName: 'towns.csv' });
    expect(transferred.flat()).toHaveLength(1);
    expect((transferred.flat()[0] as ArrayBuffer).byteLength).toBe(0); // detached: moved, not copied
  });

  it('refuses a file over 50 MB without reading it or starting the worker', async () => {
    let started = 0;
    const client = createImportClient(() => {
      started++;
      return channelEndpoint([])();
    });
    const huge = {
      name: 'huge.geojson',
      size: 50 * 1024 * 1024 + 1,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const outcome = await client.importFile(huge as unknown as File);
    expect(outcome).toEqual({
      ok: false,
      fileName: 'huge.geojson',
      problem: { key: 'tooBig', values: { file: 'huge.geojson', size: 50.1, limit: 50 } },
    });
    expect(started).toBe(0);
  });
});
