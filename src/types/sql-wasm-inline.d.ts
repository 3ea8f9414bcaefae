// sql.js's build with the wasm inlined (the portable atlas's): the same API as the package's main.
declare module 'sql.js/dist/sql-wasm-inline.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
