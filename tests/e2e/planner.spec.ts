// End-to-end: the planner's work — edit, undo, keep across reloads, share by link, import, compare.
import { expect, type Page, test } from '@playwright/test';
import {
  clickMapAt,
  dragNodeBy,
  mapDistanceTo,
  openAnalysis,
  openAtlas,
  renderedIds,
  saveScreenshot,
  settlementAt,
} from './driver';

const nodeRow = (page: Page, id: string) =>
  page.locator(`.analysis-stats .stats-table tbody tr[data-key="${id}"]`);

test('drag a node, see the stats change, undo it, and find the work after a reload', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  const area = nodeRow(page, 'naryn').locator('td').nth(1);
  const before = await area.textContent();
  await dragNodeBy(page, settlementAt('naryn'), 150, 80);
  await expect(nodeRow(page, 'naryn')).toContainText('moved');
  await page.locator('.map-canvas').click({ position: { x: 5, y: 5 } }); // focus leaves the panel
  await page.keyboard.press('Control+z');
  await expect(nodeRow(page, 'naryn')).not.toContainText('moved');
  await expect(area).toHaveText(before ?? '');
  await page.keyboard.press('Control+Shift+z');
  await expect(nodeRow(page, 'naryn')).toContainText('moved');
  await page.waitForTimeout(800); // autosave
  await page.reload();
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.analysis-stats .stats-table tbody tr')).toHaveCount(20, {
    timeout: 30_000,
  });
  await expect(nodeRow(page, 'naryn')).toContainText('moved');
});

test('the address shares exactly the scenario on screen, as a new copy', async ({
  page,
  browser,
}) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page.getByRole('combobox', { name: 'Stage: Karakol' }).selectOption('2');
  await page.getByRole('button', { name: 'Remove: Kerben' }).click();
  await page.waitForTimeout(600);
  const address = page.url();
  expect(address).toContain('#s=');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(address);
  await expect(other.getByText(/Opened a shared scenario as a new copy/)).toBeVisible({
    timeout: 30_000,
  });
  await expect(other.getByRole('combobox', { name: 'Stage: Karakol' })).toHaveValue('2');
  await expect(other.locator('.node-table tr[data-key="kerben"]')).toContainText('removed');
  await fresh.close();
});

test('a garbled link opens the defaults with a notice', async ({ page }) => {
  await page.goto('/?lang=en#s=this-is-not-a-scenario');
  await expect(page.getByText(/could not be read/)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
});

test('a candidate node is added where the planner clicks and named as text', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page.getByRole('button', { name: /Add a candidate node/ }).click();
  await clickMapAt(page, 75.0, 41.6);
  await page.getByLabel('Name of the new node').fill('<b>Ak-Say</b>');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const row = page.locator('.node-table tr[data-key="candidate-1"]');
  await expect(row).toContainText('<b>Ak-Say</b>');
  await expect(row).toContainText('Naryn Region');
  await expect(nodeRow(page, 'candidate-1')).toBeVisible({ timeout: 30_000 });
});

test("choosing a candidate in the planner's list flies the map to it", async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page.getByRole('button', { name: /Add a candidate node/ }).click();
  await clickMapAt(page, 75.0, 41.6);
  await page.getByLabel('Name of the new node').fill('Ak-Say');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Ak-Say', exact: true }).click();
  await expect
    .poll(() => mapDistanceTo(page, [75.0, 41.6]), { timeout: 10_000 })
    .toBeLessThan(0.05);
});

test('a broken file is refused with a message and changes nothing', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await page.getByRole('button', { name: 'Remove: Kerben' }).click();
  await page.locator('.file-button input').setInputFiles({
    name: 'broken.geojson',
    mimeType: 'application/geo+json',
    buffer: Buffer.from(
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":["x",1]},"properties":{"name":"A"}}]}',
    ),
  });
  await expect(page.getByRole('alert')).toContainText('feature 1');
  await expect(page.locator('.node-table tr[data-key="kerben"]')).toContainText('removed');
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
  await page.locator('.compare-pick select').selectOption({ label: 'Baseline' });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  const covered = page.locator('.compare-table tbody tr').first();
  await expect(covered).toContainText('−', { timeout: 30_000 });
  await expect(page.locator('.compare-table thead')).toContainText('Baseline');
  // The copy covers more (150 km radius): territory only it covers shows on the map.
  await expect(page.locator('.compare-panel .legend')).toContainText(
    'Covered only in “Copy of Baseline”',
  );
  await expect
    .poll(async () => (await renderedIds(page, 'analysis-lost-fill')).length)
    .toBeGreaterThan(0);
  await saveScreenshot(page, 'projector-1920x1080-en-compare');
});
