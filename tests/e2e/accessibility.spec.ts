// axe-core on the main views: no serious or critical violation (WCAG 2.1 A and AA rules).
import {
  accessibilityViolations,
  chooseFromList,
  expect,
  finderResultItems,
  indicatorTableRows,
  openAnalysis,
  openAtlas,
  openExport,
  openInvestorView,
  profile,
  searchFor,
  showIndicator,
  showPanel,
  test,
  waitForSlideKey,
} from './driver';

test('the explore view with a profile open', async ({ page }) => {
  await openAtlas(page, '?lang=ky');
  expect(await accessibilityViolations(page)).toEqual([]);
  await chooseFromList(page, 'Өсүү түйүндөрү', 'Балыкчы');
  await expect(profile(page)).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the analysis view', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the investor view with filters, a choropleth and its table', async ({ page }) => {
  await openAtlas(page, '?lang=ru&cluster=agro-industrial&zone=band');
  await expect(finderResultItems(page).first()).toBeVisible();
  await showIndicator(page, 'average-wage');
  await expect(indicatorTableRows(page)).toHaveCount(9);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the investor view on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, '?lang=en');
  await showPanel(page);
  await openInvestorView(page);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the search results and the export dialog', async ({ page }) => {
  await openAtlas(page, '?lang=ky');
  await searchFor(page, 'ozgon');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await openExport(page);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('a tour chapter with an indicator map and its key', async ({ page }) => {
  await openAtlas(page, '?lang=ru');
  await page.keyboard.press('p');
  await waitForSlideKey(page);
  expect(await accessibilityViolations(page)).toEqual([]);
});
