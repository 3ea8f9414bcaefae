// The investor's view: finder filters give the expected places, live in the address, open a
// profile; the indicator choropleth draws the classes its legend states.
import {
  chooseFinderResult,
  expect,
  exportFinderResults,
  finderFilter,
  finderResult,
  finderResultItems,
  finderResults,
  indicatorLegend,
  indicatorTableRows,
  investorFacts,
  mapDistanceTo,
  notice,
  openAnalysis,
  openAtlas,
  openInvestorView,
  profile,
  renderedIds,
  settlementAt,
  showIndicator,
  switchMode,
  test,
  tickFinderFilter,
} from './driver';

test('the tourism cluster finds the Issyk-Kul nodes Karakol and Balykchy', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await tickFinderFilter(page, 'Economic cluster', 'Tourism');
  await expect(finderResultItems(page)).toHaveCount(3);
  const results = await finderResults(page);
  expect(results.filter((r) => r.startsWith('node:')).sort()).toEqual([
    'node:balykchy',
    'node:karakol',
  ]);
  expect(results).toContain('region:issyk-kul');
  await expect(finderResultItems(page).first()).toContainText('Tourism cluster');
});

test('within 50 km of a logistics centre: Balykchy, Osh, Bishkek and their neighbours', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await page.getByLabel('At most this far from a logistics centre, km').fill('50');
  await expect
    .poll(async () => (await finderResults(page)).filter((r) => r.startsWith('node:')).length)
    .toBe(6);
  const nodes = (await finderResults(page)).filter((r) => r.startsWith('node:')).sort();
  expect(nodes).toEqual([
    'node:balykchy',
    'node:bishkek',
    'node:jalal-abad',
    'node:kara-suu',
    'node:kochkor',
    'node:osh',
  ]);
  await expect(finderResult(page, 'Kochkor')).toContainText(/45 km to Balykchy/);
});

test('filters live in the address: a copied link reopens the same finder', async ({
  page,
  visitor,
}) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await tickFinderFilter(page, 'Economic cluster', 'Tourism');
  await expect(page).toHaveURL(/[?&]cluster=tourism/);
  const link = page.url();

  await openAtlas(visitor, new URL(link).search + new URL(link).hash);
  await expect(visitor.getByRole('button', { name: 'Invest', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(finderResultItems(visitor)).toHaveCount(3);
  await expect(finderFilter(visitor, 'Economic cluster', 'Tourism')).toBeChecked();
});

test('a link with filters the app does not know says so and keeps the rest', async ({ page }) => {
  await openAtlas(page, '?lang=en&cluster=tourism,<b>mining</b>&maxKm=lots');
  const unknown = notice(page, 'cluster=<b>mining</b>');
  await expect(unknown).toBeVisible();
  // The link's text is shown as text: its markup is escaped, never parsed.
  expect(await unknown.innerHTML()).toContain('&lt;b&gt;mining&lt;/b&gt;');
  await expect(finderResultItems(page)).toHaveCount(3);
});

test('choosing a result flies there and opens its profile with investor facts', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en&cluster=tourism');
  await chooseFinderResult(page, 'Karakol');
  await expect(profile(page)).toHaveAttribute('data-id', 'karakol');
  await expect
    .poll(() => mapDistanceTo(page, settlementAt('karakol')), { timeout: 10_000 })
    .toBeLessThan(0.05);
  const facts = investorFacts(page);
  await expect(facts).toContainText('Geodesic distance to the logistics centres');
  await expect(facts.getByRole('row').first()).toContainText('Balykchy');
  // The catchment figures come from the analysis, which runs for open profiles.
  await expect(facts).toContainText('Population of listed settlements');
});

test('the GRP choropleth colours every oblast and its legend gives the class limits', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await showIndicator(page, 'grp');
  const legend = indicatorLegend(page);
  await expect(legend).toContainText('Gross regional product, 2019');
  await expect(legend.getByRole('listitem')).toHaveCount(4);
  await expect(indicatorTableRows(page)).toHaveCount(9);
  await expect
    .poll(async () => (await renderedIds(page, 'indicator-fill')).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(8);
  // Osh city has no polygon: its value is a proportional circle.
  await expect.poll(() => renderedIds(page, 'indicator-symbol')).toEqual(['osh-city']);
  await page.getByRole('combobox', { name: 'Classes', exact: true }).selectOption('manual');
  await page.getByLabel('Breaks, ascending, separated by spaces').fill('50000 100000');
  await expect(legend.getByRole('listitem')).toHaveCount(3);
  await expect(legend.getByRole('listitem').nth(1)).toContainText('50,000 – 100,000');
});

test("the finder's results download as CSV rows and valid GeoJSON, named for the search", async ({
  page,
}) => {
  await openAtlas(page, '?lang=ru&cluster=tourism');
  await expect(finderResultItems(page)).toHaveCount(3);
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
  await switchMode(page, 'Explore');
  await expect.poll(ringed).toEqual(['balykchy', 'karakol']);
  await openAnalysis(page);
  await expect.poll(ringed).toEqual(['balykchy', 'karakol']);
  await expect.poll(() => renderedIds(page, 'finder-regions-outline')).toContain('issyk-kul');
});
