// The dependency rule of docs/architecture.md, checked by `npm test` (npm run deps).
// Folders of src/ sit in layers; a module may import its own folder and the layers below it,
// never a layer above or a folder beside it. So folders cannot form a cycle, and the pure core
// (vocabulary, i18n, data, analysis, search, planning) cannot reach stores, the map, the UI or the worker.
const LAYERS = [
  ['vocabulary', 'platform'],
  ['i18n'],
  ['data'],
  ['analysis'],
  ['search', 'investor', 'scenario', 'planning'],
  // Above search and scenario: imported tables are matched on the search keys and region polygons.
  ['user-data'],
  ['profile', 'worker'],
  ['state'],
  ['map'],
  ['export'],
  ['pwa', 'ui'],
];
const CORE = [
  'vocabulary',
  'platform',
  'i18n',
  'data',
  'analysis',
  'search',
  'planning',
  'user-data',
];

const folder = (names) => `^src/(${names.join('|')})/`;

const layerRules = LAYERS.flatMap((layer, index) => {
  const notBelow = LAYERS.filter((_, other) => other >= index).flat();
  return layer.map((name) => ({
    name: `layer-${name}`,
    comment: `src/${name} may import only its own folder and the layers below it (docs/architecture.md)`,
    severity: 'error',
    from: { path: folder([name]) },
    to: { path: folder(notBelow.filter((other) => other !== name)) },
  }));
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'no import cycle between files, type-only imports included',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'pure-core',
      comment: 'the pure core imports no React, store, map or worker library',
      severity: 'error',
      from: { path: folder(CORE) },
      to: { path: '^node_modules/(react|react-dom|zustand|zundo|maplibre-gl|comlink|idb-keyval)/' },
    },
    {
      name: 'zod-through-its-config',
      comment:
        'schemas import z from src/data/zod.ts, which turns off zod eval before any schema exists (CSP)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/data/zod\\.ts$' },
      to: { path: '^node_modules/zod/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'stores-bound-in-one-place',
      comment:
        'the map draws the scene map-binding.ts hands it, the exports print the state they are given: neither reads a store',
      severity: 'error',
      from: {
        path: '^src/(map|export)/|^src/ui/export/exporters\\.ts$',
        pathNot: '^src/map/map-binding\\.ts$',
      },
      to: { path: '^src/state/' },
    },
    {
      name: 'shell-only-at-the-top',
      comment: 'App.tsx and main.tsx compose the app; nothing imports them',
      severity: 'error',
      from: { path: '^src/.+/' },
      to: { path: '^src/(App|main)\\.tsx$' },
    },
  ],
  options: {
    // TypeScript 7 has no compiler API for dependency-cruiser yet; swc parses TS for it.
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
