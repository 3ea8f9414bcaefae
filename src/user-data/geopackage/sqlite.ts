// sql.js (SQLite in WebAssembly), loaded lazily once per thread. Node (vitest, the CLI) takes
// sql.js's Node build, which reads its wasm from node_modules; a browser takes sqlite-browser.ts,
// never loaded in Node (it imports a Vite `?url` and the build mode).
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

const inNode = typeof globalThis.process?.versions?.node === 'string';

async function load(): Promise<SqlJsStatic> {
  if (inNode) {
    const { default: init } = await import('sql.js');
    return init();
  }
  const { loadBrowserSqlite } = await import('./sqlite-browser');
  return loadBrowserSqlite();
}

/** The SQLite engine; the first call loads it (≈ 0.7 MB of wasm). */
export function loadSqlite(): Promise<SqlJsStatic> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
