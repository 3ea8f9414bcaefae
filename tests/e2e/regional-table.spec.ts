// End-to-end: the user's regional table as the indicator choropleth. The classes are computed
// here with simple-statistics' ckmeans (the panel's default: natural breaks, 4 classes) and the
// forecast from geodata/concept/indicators.json, not read back from the app.
import { readFileSync } from 'node:fs';
import { ckmeans } from 'simple-statistics';
import {
  chooseRegionalTable,
  expect,
  indicatorLegend,
  indicatorTableRows,
  legendClassLabels,
  legendSwatchColours,
  notice,
  openAtlas,
  openInvestorView,
  regionalTable,
  reloadAtlas,
  removeRegionalTable,
  renderedRegionColours,
  saveScreenshot,
  showForecastVsActual,
  showRegionalColumn,
  test,
} from './driver';

/** Average wages the test makes up, per region, with the names as Russians write them. */
const ROWS = [
  ['batken', 'Баткенская область', 11000],
  ['jalal-abad', 'Джалал-Абадская обл.', 12000],
  ['issyk-kul', 'Иссык-Кульская область', 14000],
  ['naryn', 'Нарынская область', 13000],
  ['osh-region', 'Ошская область', 11500],
  ['talas', 'Таласская область', 12500],
  ['chui', 'Чуйская область', 17000],
  ['bishkek', 'г. Бишкек', 26000],
  ['osh-city', 'город Ош', 15000],
] as const;
const CSV = `Регион,Зарплата 2019\n${ROWS.map(([, name, wage]) => `${name},${wage}`).join('\n')}\nАтлантида,5\n`;
const FILE = { name: 'wages-2019.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) };

const wages = ROWS.map(([, , wage]) => wage);
const clusters = ckmeans(wages, 4);
const limits = [clusters[0]?.[0] ?? 0, ...clusters.map((c) => c[c.length - 1] ?? 0)];
const en = (n: number) => n.toLocaleString('en');
const expectedLabels = clusters.map((_, i) => `${en(limits[i] ?? 0)} – ${en(limits[i + 1] ?? 0)}`);
const classOf = (wage: number) => clusters.findIndex((cluster) => cluster.includes(wage));

type Indicators = {
  table1: { regions: { region: string; values: Record<string, Record<string, number>> }[] };
};
const table1 = (JSON.parse(readFileSync('geodata/concept/indicators.json', 'utf8')) as Indicators)
  .table1;
const batkenForecast =
  table1.regions.find((r) => r.region === 'batken')?.values['average-wage']?.['2019'] ?? 0;

test('a regional table with Russian names gives the choropleth its ckmeans classes', async ({
  page,
}) => {
  test.slow(); // an import, two map draws and a reload
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await chooseRegionalTable(page, FILE);
  await expect(notice(page, /wages-2019\.csv is ready: 9 regions matched/)).toBeVisible();
  await expect(regionalTable(page)).toContainText('these figures are yours, not the Concept’s');
  await regionalTable(page).getByText('1 row not matched').click();
  await expect(
    regionalTable(page).getByRole('row', { name: '10 Атлантида no region of this name or code' }),
  ).toBeVisible();

  await showRegionalColumn(page, 'Зарплата 2019');
  const legend = indicatorLegend(page);
  await expect(legend).toContainText('Зарплата 2019');
  await expect(legend).toContainText(FILE.name);
  await expect.poll(() => legendClassLabels(page)).toEqual(expectedLabels);
  await expect(indicatorTableRows(page)).toHaveCount(9);

  // Each oblast on the map has the swatch colour of the class computed here (Osh city is a circle).
  const swatches = await legendSwatchColours(page);
  expect(swatches).toHaveLength(4);
  const expectedColours = Object.fromEntries(
    ROWS.filter(([id]) => id !== 'osh-city').map(([id, , wage]) => [id, swatches[classOf(wage)]]),
  );
  await expect
    .poll(() => renderedRegionColours(page), { timeout: 10_000 })
    .toEqual(expectedColours);

  // The column is Table 1's average wage for 2019: Batken's actual as a per cent of its forecast.
  const forecast = await showForecastVsActual(page);
  await expect(forecast.getByRole('caption')).toContainText('§4, Table 1; monitoring, §8');
  const batken = forecast.getByRole('row', { name: /^Batken/ });
  const percent = ((11000 / batkenForecast) * 100).toFixed(1);
  await expect(batken.getByRole('cell').last()).toHaveText(percent);
  await expect(batken.getByRole('cell').nth(1)).toHaveText(en(batkenForecast));
  await saveScreenshot(page, 'projector-1920x1080-en-regional-table');

  // A reload keeps the table and the column; removing it gives back the Concept's indicators.
  await reloadAtlas(page);
  await openInvestorView(page);
  await expect.poll(() => legendClassLabels(page)).toEqual(expectedLabels);
  await removeRegionalTable(page);
  await expect(legend).not.toContainText('Зарплата 2019');
  await expect(page.getByRole('combobox', { name: 'Indicator', exact: true })).toBeVisible();
});

test('a table naming no region is refused in an alert and nothing changes', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  const chooser = page.waitForEvent('filechooser');
  await regionalTable(page).getByRole('button', { name: 'Use a regional table…' }).click();
  await (await chooser).setFiles({
    name: 'planets.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Planet,Mass\nMars,642\nVenus,4867\n'),
  });
  await expect(
    page.getByRole('alert').filter({ hasText: 'planets.csv has no column naming the regions' }),
  ).toBeVisible();
  await expect(regionalTable(page).getByRole('button', { name: 'Remove the table' })).toHaveCount(
    0,
  );
});
