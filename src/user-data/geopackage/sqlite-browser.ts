// sql.js in a page or a worker. The served app fetches the wasm as a hashed asset of its own
// origin; the portable atlas (PORTABLE, src/platform/portable.ts) cannot fetch, so it takes the
// build with the wasm inlined.
import type { SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';

export async function loadBrowserSqlite(): Promise<SqlJsStatic> {
  // PORTABLE's own test, written here: the bundler drops a dynamic import only behind a
  // condition it can fold in this module, so the served app does not ship the inlined build.
  if (import.meta.env.MODE === 'portable') {
    const { default: init } = await import('sql.js/dist/sql-wasm-inline.js');
    return init();
  }
  const { default: init } = await import('sql.js');
  return init({ locateFile: () => wasmUrl });
}
