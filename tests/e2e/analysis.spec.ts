// End-to-end: the analysis in the app — worker results on the map, sliders, dragging, the table.
import {
  coveredArea,
  dragNodeBy,
  expect,
  layerFilter,
  layerVisibility,
  openAnalysis,
  openAtlas,
  renderedIds,
  saveScreenshot,
  settlementAt,
  showPanel,
  showStatistics,
  statsCell,
  statsRow,
  statsRows,
  test,
  waitForAnalysis,
  watchExternalRequests,
} from './driver';

test('opening the analysis draws catchments from the worker, offline', async ({ page }) => {
  const external = watchExternalRequests(page);
  await openAtlas(page, '?lang=en');
  expect(await layerVisibility(page, 'analysis-catchments-fill')).toBe('none');
  await openAnalysis(page);
  await expect.poll(() => layerVisibility(page, 'analysis-catchments-fill')).toBe('visible');
  await expect
    .poll(async () => (await renderedIds(page, 'analysis-catchments-line')).length)
    .toBeGreaterThan(0);
  await saveScreenshot(page, 'projector-1920x1080-en-analysis');
  expect(external).toEqual([]);
});

test('a larger radius covers more of the country', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  const before = await coveredArea(page);
  const slider = page.getByRole('slider', { name: /Catchment radius/ });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page.getByText('150 km')).toBeVisible();
  await expect.poll(() => coveredArea(page)).toBeGreaterThan(before * 1.5);
});

test('dragging a growth node moves its catchment and marks it as moved', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  const row = statsRow(page, 'Naryn');
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText('moved');
  await dragNodeBy(page, settlementAt('naryn'), 120, 60);
  await expect(row).toContainText('moved');
  await expect(page.getByRole('button', { name: /Put the growth nodes back/ })).toBeVisible();
  await page.getByRole('button', { name: /Put the growth nodes back/ }).click();
  await expect(row).not.toContainText('moved');
});

test('the statistics sort by a column and a row outlines its polygon', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page
    .getByRole('columnheader', { name: /Population/ })
    .getByRole('button')
    .click();
  await expect(page.getByRole('columnheader', { name: /Population/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const first = statsRows(page).first();
  await expect(statsCell(first, 0)).toHaveText('Bishkek');
  await first.hover();
  await expect
    .poll(() => layerFilter(page, 'analysis-catchments-highlight'))
    .toEqual(['==', ['get', 'node'], 'bishkek']);
  await showStatistics(page, 'Regions');
  await statsRow(page, 'Naryn Region').hover();
  await expect
    .poll(() => layerFilter(page, 'analysis-regions-highlight'))
    .toEqual(['==', ['get', 'id'], 'naryn']);
});

test('the zones table lists the four neighbours and the method switch changes catchments', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await showStatistics(page, 'Zones');
  await expect(statsRows(page)).toHaveCount(4);
  await page.getByRole('radio', { name: 'Nearest growth node' }).check();
  await expect(page.getByRole('slider', { name: /Catchment radius/ })).toBeDisabled();
  await showStatistics(page, 'Growth nodes');
  await expect.poll(() => coveredArea(page)).toBeGreaterThan(190_000);
});

test('analysis at phone size', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, '?lang=ky');
  await page.getByRole('button', { name: 'Талдоо' }).click();
  await showPanel(page);
  await waitForAnalysis(page);
  await saveScreenshot(page, 'phone-390x844-ky-analysis');
});
