// End-to-end: Export → "All analysis layers (GeoPackage)" saves one .gpkg, read back in Node with
// the app's own reader; sql.js is fetched only when the file is asked for.
import { readFileSync } from 'node:fs';
import { readGeoPackage } from '../../src/user-data/geopackage/read-geopackage';
import type { ParsedLayer } from '../../src/user-data/types';
import {
  expect,
  exportAnalysisByKeyboard,
  openAnalysis,
  openAtlas,
  openExport,
  switchLanguage,
  test,
} from './driver';

const listedSettlements = (
  JSON.parse(readFileSync('geodata/settlements/settlements.geojson', 'utf8')) as {
    features: unknown[];
  }
).features.length;

test('the analysis downloads as one GeoPackage by the keyboard, every layer read back', async ({
  page,
}) => {
  test.setTimeout(180_000); // the first analysis on a busy machine, then the file
  const sqlite: string[] = [];
  page.on('request', (request) => {
    if (/sql-wasm/.test(request.url())) sqlite.push(request.url());
  });
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await switchLanguage(page, 'ru');
  await openExport(page);
  await expect(page.getByRole('group', { name: 'Результаты анализа' })).toMatchAriaSnapshot(`
    - group "Результаты анализа":
      - button "Таблица зон тяготения (CSV)"
      - button "Зоны тяготения и влияния (GeoJSON)"
      - button "Все слои анализа для QGIS (GeoPackage)"
  `);
  expect(sqlite, 'sql.js before any GeoPackage was asked for').toEqual([]);

  const file = await exportAnalysisByKeyboard(page, 'gpkg');
  expect(file.name).toMatch(/^aimak-analysis-\d{4}-\d\d-\d\d\.gpkg$/);
  expect(sqlite.some((url) => /sql-wasm[^/]*\.wasm$/.test(url))).toBe(true);

  const read = await readGeoPackage(new Uint8Array(file.bytes), file.name);
  if (!read.ok) throw new Error(`refused: ${read.problem.key}`);
  expect(read.refused).toEqual([]);
  const layers = new Map(
    read.parts.map((part) => [part.name.replace(`${file.name} · `, ''), part as ParsedLayer]),
  );
  expect([...layers.keys()]).toEqual([
    'catchments',
    'uncovered',
    'overlaps',
    'zones',
    'border_band',
    'growth_nodes',
    'settlements',
  ]);
  const count = (name: string) => layers.get(name)?.features.length;
  expect(count('catchments')).toBe(20); // the Concept's 20 growth nodes (§5.1)
  expect(count('growth_nodes')).toBe(20);
  expect(count('zones')).toBe(4); // Uzbekistan, Tajikistan, Kazakhstan, China (§5.4)
  expect(count('settlements')).toBe(listedSettlements);
  expect(count('border_band')).toBeGreaterThan(0);
  const names = layers.get('growth_nodes')?.features.map((f) => f.properties.name);
  expect(names).toContain('Балыкчы'); // names in the interface language
});
