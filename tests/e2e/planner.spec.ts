// End-to-end: the planner's work — edit, undo, keep across reloads, share by link, import, compare.
import {
  addCandidateNode,
  clickMapCorner,
  compareWith,
  dragNodeBy,
  expect,
  importScenarioFile,
  mapDistanceTo,
  nodeEditorRow,
  openAnalysis,
  openAtlas,
  reloadAtlas,
  renderedIds,
  savedScenarioNames,
  saveScreenshot,
  settlementAt,
  statsCell,
  statsRow,
  test,
  waitForAnalysis,
  waitForMap,
  waitUntilSaved,
} from './driver';

test('drag a node, see the stats change, undo it, and find the work after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000); // two page loads and two analyses
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  const naryn = statsRow(page, 'Naryn');
  const area = statsCell(naryn, 1);
  const before = await area.textContent();
  await dragNodeBy(page, settlementAt('naryn'), 150, 80);
  await expect(naryn).toContainText('moved');
  await clickMapCorner(page); // the keyboard focus leaves the panel
  await page.keyboard.press('Control+z');
  await expect(naryn).not.toContainText('moved');
  await expect(area).toHaveText(before ?? '');
  await page.keyboard.press('Control+Shift+z');
  await expect(naryn).toContainText('moved');
  await waitUntilSaved(page);
  await reloadAtlas(page);
  await waitForAnalysis(page);
  await expect(naryn).toContainText('moved');
});

test('reloading your own work brings back that scenario, never another saved copy', async ({
  page,
}) => {
  test.setTimeout(150_000); // three page loads and their analyses
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  for (const stage of ['2', '1', '2']) {
    await page.getByRole('combobox', { name: 'Stage: Karakol' }).selectOption(stage);
    await waitUntilSaved(page);
    await reloadAtlas(page);
    await waitForAnalysis(page);
    await expect(page.getByRole('combobox', { name: 'Stage: Karakol' })).toHaveValue(stage);
  }
  await expect(page.getByText(/as a new copy/)).toHaveCount(0);
  expect(await savedScenarioNames(page)).toEqual(['Scenario 1']);
});

test('the address shares exactly the scenario on screen, as a new copy', async ({
  page,
  visitor,
}) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page.getByRole('combobox', { name: 'Stage: Karakol' }).selectOption('2');
  await page.getByRole('button', { name: 'Remove: Kerben' }).click();
  await waitUntilSaved(page); // the address has caught up with both edits
  await visitor.goto(page.url());
  await expect(visitor.getByText(/Opened a shared scenario as a new copy/)).toBeVisible({
    timeout: 30_000,
  });
  // The visitor's browser has nothing cached: its panel comes once the map data has loaded.
  await expect(visitor.getByRole('combobox', { name: 'Stage: Karakol' })).toHaveValue('2', {
    timeout: 30_000,
  });
  await expect(nodeEditorRow(visitor, 'Kerben')).toContainText('removed');
});

test('a garbled link opens the defaults with a notice', async ({ page }) => {
  await page.goto('/?lang=en#s=this-is-not-a-scenario');
  await expect(page.getByText(/could not be read/)).toBeVisible({ timeout: 30_000 });
  await waitForMap(page);
});

test('a candidate node is added where the planner clicks and named as text', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await addCandidateNode(page, '<b>Ak-Say</b>', [75.0, 41.6]);
  const row = nodeEditorRow(page, '<b>Ak-Say</b>');
  await expect(row).toContainText('candidate');
  await expect(row).toContainText('Naryn Region');
  await expect(statsRow(page, '<b>Ak-Say</b>')).toBeVisible({ timeout: 30_000 });
});

test("choosing a candidate in the planner's list flies the map to it", async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await addCandidateNode(page, 'Ak-Say', [75.0, 41.6]);
  await page.getByRole('button', { name: 'Ak-Say', exact: true }).click();
  await expect
    .poll(() => mapDistanceTo(page, [75.0, 41.6]), { timeout: 10_000 })
    .toBeLessThan(0.05);
});

test('a broken file is refused with a message and changes nothing', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page.getByRole('button', { name: 'Remove: Kerben' }).click();
  await importScenarioFile(page, {
    name: 'broken.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":["x",1]},"properties":{"name":"A"}}]}',
    ),
  });
  await expect(page.getByRole('alert')).toContainText('Feature 1');
  await expect(nodeEditorRow(page, 'Kerben')).toContainText('removed');
});

test('two scenarios compared side by side, the other drawn dashed', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page.getByLabel('Name', { exact: true }).fill('Baseline');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Copy of Baseline');
  const slider = page.getByRole('slider', { name: /Catchment radius/ });
  await slider.focus();
  await page.keyboard.press('End');
  const comparison = await compareWith(page, 'Baseline');
  const covered = comparison
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .first();
  await expect(covered).toContainText('−', { timeout: 30_000 });
  await expect(
    comparison.getByRole('columnheader', { name: 'Baseline', exact: true }),
  ).toBeVisible();
  // The copy covers more (150 km radius): territory only it covers shows on the map.
  await expect(
    comparison.getByRole('listitem').filter({ hasText: 'Covered only in “Copy of Baseline”' }),
  ).toBeVisible();
  await expect
    .poll(async () => (await renderedIds(page, 'analysis-lost-fill')).length)
    .toBeGreaterThan(0);
  await saveScreenshot(page, 'projector-1920x1080-en-compare');
});
