// The investor's view: finder filters give the expected places, live in the address, open a
// profile; the indicator choropleth draws the classes its legend states.
import { expect, test } from '@playwright/test';
import {
  exportFinderResults,
  finderResults,
  mapDistanceTo,
  openAnalysis,
  openAtlas,
  openInvestorView,
  profile,
  renderedIds,
  settlementAt,
  tickFinderFilter,
} from './driver';

test('the tourism cluster finds the Issyk-Kul nodes Karakol and Balykchy', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await tickFinderFilter(page, 'Economic cluster', 'Tourism');
  await expect(page.locator('.finder-list > li')).toHaveCount(3);
  const results = await finderResults(page);
  expect(results.filter((r) => r.startsWith('node:')).sort()).toEqual([
    'node:balykchy',
    'node:karakol',
  ]);
  expect(results).toContain('region:issyk-kul');
  await expect(page.locator('.finder-list > li').first()).toContainText('Tourism cluster');
});

test('within 50 km of a logistics centre: Balykchy, Osh, Bishkek and their neighbours', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await page.getByLabel('At most this far from a logistics centre, km').fill('50');
  await expect(page.locator('.finder-list > li[data-kind="node"]')).toHaveCount(6);
  const nodes = (await finderResults(page)).filter((r) => r.startsWith('node:')).sort();
  expect(nodes).toEqual([
    'node:balykchy',
    'node:bishkek',
    'node:jalal-abad',
    'node:kara-suu',
    'node:kochkor',
    'node:osh',
  ]);
  await expect(page.locator('.finder-list > li[data-id="kochkor"]')).toContainText(
    /45 km to Balykchy/,
  );
});

test('filters live in the address: a copied link reopens the same finder', async ({
  page,
  browser,
}) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await tickFinderFilter(page, 'Economic cluster', 'Tourism');
  await expect(page).toHaveURL(/[?&]cluster=tourism/);
  const link = page.url();

  const other = await browser.newPage();
  await openAtlas(other, new URL(link).search + new URL(link).hash);
  await expect(other.getByRole('button', { name: 'Invest', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(other.locator('.finder-list > li')).toHaveCount(3);
  await expect(
    other.locator('.filter-group', { hasText: 'Economic cluster' }).getByLabel('Tourism'),
  ).toBeChecked();
  await other.close();
});

test('a link with filters the app does not know says so and keeps the rest', async ({ page }) => {
  await openAtlas(page, '?lang=en&cluster=tourism,<b>mining</b>&maxKm=lots');
  await expect(page.locator('.notice')).toContainText('cluster=<b>mining</b>');
  await expect(page.locator('.notice b')).toHaveCount(0);
  await expect(page.locator('.finder-list > li')).toHaveCount(3);
});

test('choosing a result flies there and opens its profile with investor facts', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en&cluster=tourism');
  await page.locator('.finder-list > li[data-id="karakol"] button').click();
  await expect(profile(page)).toHaveAttribute('data-id', 'karakol');
  await expect
    .poll(() => mapDistanceTo(page, settlementAt('karakol')), { timeout: 10_000 })
    .toBeLessThan(0.05);
  const facts = profile(page).locator('.investor-facts');
  await expect(facts).toContainText('Geodesic distance to the logistics centres');
  await expect(facts.locator('tr').first()).toContainText('Balykchy');
  // The catchment figures come from the analysis, which runs for open profiles.
  await expect(facts).toContainText('Population of listed settlements');
});

test('the GRP choropleth colours every oblast and its legend gives the class limits', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await page.locator('.indicator-panel select').first().selectOption('grp');
  const legend = page.locator('.choropleth-legend');
  await expect(legend).toContainText('Gross regional product, 2019');
  await expect(legend.locator('li')).toHaveCount(4);
  await expect(page.locator('.indicator-table tbody tr')).toHaveCount(9);
  await expect
    .poll(async () => (await renderedIds(page, 'indicator-fill')).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(8);
  // Osh city has no polygon: its value is a proportional circle.
  await expect.poll(() => renderedIds(page, 'indicator-symbol')).toEqual(['osh-city']);
  await page.getByRole('combobox', { name: 'Classes', exact: true }).selectOption('manual');
  await page.getByLabel('Breaks, ascending, separated by spaces').fill('50000 100000');
  await expect(legend.locator('li')).toHaveCount(3);
  await expect(legend.locator('li').nth(1)).toContainText('50,000 – 100,000');
});

test("the finder's results download as CSV rows and valid GeoJSON, named for the search", async ({
  page,
}) => {
  await openAtlas(page, '?lang=ru&cluster=tourism');
  await expect(page.locator('.finder-list > li')).toHaveCount(3);
  const csv = await exportFinderResults(page, 'csv');
  expect(csv.name).toMatch(/^aimak-finder-tourism-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(rows).toHaveLength(4);
  expect(rows[0]).toMatch(/^Место,Тип,Код,/);
  expect(rows.slice(1).map((row) => row.split(',')[2])).toEqual([
    'balykchy',
    'karakol',
    'issyk-kul',
  ]);
  const geojson = await exportFinderResults(page, 'geojson');
  const collection = JSON.parse(geojson.bytes.toString('utf8'));
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features.map((f: { geometry: { type: string } }) => f.geometry.type)).toEqual([
    'Point',
    'Point',
    'Polygon',
  ]);
  expect(collection.features[0].properties.name).toBe('Балыкчы');
});

test("the finder's matches stay ringed on the map in Explore and Analyse", async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await tickFinderFilter(page, 'Economic cluster', 'Tourism');
  const ringed = async () => (await renderedIds(page, 'finder-nodes-ring')).sort();
  await expect.poll(ringed).toEqual(['balykchy', 'karakol']);
  await page.getByRole('button', { name: 'Explore', exact: true }).click();
  await expect.poll(ringed).toEqual(['balykchy', 'karakol']);
  await openAnalysis(page);
  await expect.poll(ringed).toEqual(['balykchy', 'karakol']);
  await expect.poll(() => renderedIds(page, 'finder-regions-outline')).toContain('issyk-kul');
});
