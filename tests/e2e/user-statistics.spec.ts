// End-to-end: the user's settlement table as the population base of the analysis. The expected
// change is computed here from the geodata (Tokmok's listed population), not from the app.
import { readFileSync } from 'node:fs';
import {
  backToOpenData,
  chooseSettlementTable,
  expect,
  notice,
  numberIn,
  openAnalysis,
  openAtlas,
  populationBase,
  reloadAtlas,
  saveScreenshot,
  statsCell,
  statsRow,
  test,
  waitForAnalysis,
} from './driver';

type Settlements = { features: { properties: { id: string; population: number | null } }[] };
const listed = JSON.parse(
  readFileSync('geodata/settlements/settlements.geojson', 'utf8'),
) as Settlements;
const tokmokPeople =
  listed.features.find((f) => f.properties.id === 'tokmok')?.properties.population ?? 0;
const listedPeople = listed.features.reduce((sum, f) => sum + (f.properties.population ?? 0), 0);
/** The node table's columns: name, area, share, settlements, population. */
const POPULATION = 4;

test('a settlement table doubling Tokmok adds exactly its people to the Tokmok catchment', async ({
  page,
}) => {
  expect(tokmokPeople).toBeGreaterThan(0);
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await expect(populationBase(page)).toContainText('Open data: 143 listed settlements');
  const tokmok = statsRow(page, 'Tokmok');
  const before = await numberIn(statsCell(tokmok, POPULATION));

  await chooseSettlementTable(
    page,
    {
      name: 'census-2022.csv',
      mimeType: 'text/csv',
      // The Russian name, a second row of an unknown place: listed in the panel, not dropped.
      buffer: Buffer.from(`Название,Население\nТокмок,${2 * tokmokPeople}\nАтлантида,5\n`),
    },
    'extends',
  );
  // Extended: the 143 listed settlements, Tokmok counted twice over; Атлантида matched nothing.
  const people = listedPeople + tokmokPeople;
  await expect(populationBase(page)).toContainText(
    `Your table census-2022.csv: 143 settlements, ${people.toLocaleString('en')} people`,
  );
  await expect(notice(page, /census-2022\.csv extends the listed settlements/)).toBeVisible();
  await expect.poll(() => numberIn(statsCell(tokmok, POPULATION))).toBe(before + tokmokPeople);

  const leftOut = populationBase(page).getByText('1 row left out');
  await leftOut.click();
  await expect(
    populationBase(page).getByRole('row', { name: /2 Атлантида no listed settlement/ }),
  ).toBeVisible();
  await saveScreenshot(page, 'projector-1920x1080-en-population-base');

  // A reload keeps the base; going back to the open data puts the listed figure back.
  await reloadAtlas(page);
  await openAnalysis(page);
  await expect(populationBase(page)).toContainText('Your table census-2022.csv');
  await expect.poll(() => numberIn(statsCell(tokmok, POPULATION))).toBe(before + tokmokPeople);
  await backToOpenData(page);
  await waitForAnalysis(page);
  await expect(populationBase(page)).toContainText('Open data');
  await expect.poll(() => numberIn(statsCell(tokmok, POPULATION))).toBe(before);
});

test('a file without a population column is refused in an alert and the base stays', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  const chooser = page.waitForEvent('filechooser');
  await populationBase(page).getByRole('button', { name: 'Use a settlement table…' }).click();
  await (await chooser).setFiles({
    name: 'names.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,year\nTokmok,2022\n'),
  });
  await expect(page.getByRole('alert')).toContainText('names.csv cannot be a settlement table');
  await expect(populationBase(page)).toContainText('Open data');
});
