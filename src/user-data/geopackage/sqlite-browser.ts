// sql.js in a page or a worker. The served app fetches the wasm as a hashed asset of its own
// origin; the portable atlas cannot fetch, so it takes the build with the wasm inlined.
import type { SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { PORTABLE } from '../../platform/portable';

export async function loadBrowserSqlite(): Promise<SqlJsStatic> {
  if (PORTABLE) {
    const { default: init } = await import('sql.js/dist/sql-wasm-inline.js');
    return init();
  }
  const { default: init } = await import('sql.js');
  return init({ locateFile: () => wasmUrl });
}
