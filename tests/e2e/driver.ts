// Domain actions for end-to-end tests, so each spec reads as what a user does, not as selectors.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type {} from '../../src/map/map-controller'; // declares window.__atlasMapProbe

export type Language = 'ky' | 'ru' | 'en';

const LOCAL = /^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

/** Records every request the page makes that does not go to the local preview server. */
export function watchExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!LOCAL.test(request.url())) external.push(request.url());
  });
  return external;
}

export async function openAtlas(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

export async function switchLanguage(page: Page, lang: Language): Promise<void> {
  const labels = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };
  await page.getByRole('button', { name: labels[lang] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export async function toggleOverlay(page: Page, title: string): Promise<void> {
  await page.locator('.overlay-toggle', { hasText: title }).locator('input').click();
}

export async function chooseFromList(page: Page, tab: string, name: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('tabpanel').getByRole('button', { name }).click();
}

export function profile(page: Page) {
  return page.locator('aside.profile');
}

/** A layout property of a layer in the live map (through the probe in src/map/map-controller.ts). */
export function layoutProperty(
  page: Page,
  layerId: string,
  property: 'visibility' | 'text-field',
): Promise<unknown> {
  return page.evaluate(([id, name]) => window.__atlasMapProbe?.layoutProperty(id, name), [
    layerId,
    property,
  ] as const);
}

/** MapLibre reports an unset visibility as undefined: that means visible. */
export async function layerVisibility(page: Page, layerId: string): Promise<string> {
  return String((await layoutProperty(page, layerId, 'visibility')) ?? 'visible');
}

export function mapCenter(page: Page): Promise<[number, number] | undefined> {
  return page.evaluate(() => window.__atlasMapProbe?.center());
}

/** Clicks the map canvas where the given coordinate is drawn. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const point = await page.evaluate(([x, y]) => window.__atlasMapProbe?.project(x, y), [
    lon,
    lat,
  ] as const);
  if (!point) throw new Error('the map probe is not available');
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is not visible');
  await page.mouse.click(box.x + point[0], box.y + point[1]);
}

/** Saves a screenshot as a test artifact under artifacts/screenshots (kept across runs). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(800);
  await page.screenshot({ path: `artifacts/screenshots/${name}.png` });
}

export function layerFilter(page: Page, layerId: string): Promise<unknown> {
  return page.evaluate((id) => window.__atlasMapProbe?.filter(id), layerId);
}

export function renderedIds(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate((id) => window.__atlasMapProbe?.renderedIds(id) ?? [], layerId);
}

/** Opens the analysis and waits for its first result (the node statistics table). */
export async function openAnalysis(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Analyse' }).click();
  await expect(page.locator('.analysis-stats .stats-table tbody tr')).toHaveCount(20, {
    timeout: 30_000,
  });
  await expect(page.locator('.analysis-status')).toHaveText('');
}

/** Drags a growth node on the map by a pixel offset, as a mouse would. */
export async function dragNodeBy(
  page: Page,
  at: [number, number],
  dx: number,
  dy: number,
): Promise<void> {
  const point = await page.evaluate(([x, y]) => window.__atlasMapProbe?.project(x, y), at);
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!point || !box) throw new Error('map not ready');
  await page.mouse.move(box.x + point[0], box.y + point[1]);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(box.x + point[0] + (dx * step) / 10, box.y + point[1] + (dy * step) / 10);
  }
  await page.mouse.up();
}

type SettlementFile = {
  features: Array<{ properties: { id: string }; geometry: { coordinates: [number, number] } }>;
};

/** A settlement's coordinates from the committed geodata (the tests' independent reference). */
export function settlementAt(id: string): [number, number] {
  const file = JSON.parse(
    readFileSync('geodata/settlements/settlements.geojson', 'utf8'),
  ) as SettlementFile;
  const found = file.features.find((feature) => feature.properties.id === id);
  if (!found) throw new Error(`no settlement ${id}`);
  return found.geometry.coordinates;
}

/** The header's place search: its combobox and the options it lists. */
export function searchBox(page: Page) {
  const box = page.locator('.search-box');
  return { input: box.getByRole('combobox'), options: box.getByRole('option') };
}

/** Focuses the search with its `/` shortcut, as a keyboard user would, types, waits for the list. */
export async function searchFor(page: Page, text: string): Promise<void> {
  const { input, options } = searchBox(page);
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await page.keyboard.type(text);
  await expect(options.first()).toBeVisible();
}

/** The distance in degrees from the map's centre to a point (99 while the map is not ready). */
export async function mapDistanceTo(page: Page, [lon, lat]: [number, number]): Promise<number> {
  const center = await mapCenter(page);
  return center ? Math.hypot(center[0] - lon, center[1] - lat) : 99;
}

/** A file the app saved: the name it suggested and its bytes. */
export type SavedFile = { name: string; bytes: Buffer };

/** Opens the header's Export dialog (unless it is open) and returns it. */
export async function openExport(page: Page) {
  const dialog = page.getByRole('dialog');
  if (!(await dialog.isVisible())) await page.locator('.export-button').click();
  await expect(dialog.locator('[data-export="png"]')).toBeVisible();
  return dialog;
}

/** Presses one of the Export dialog's buttons and waits for the file it saves. */
async function saveFrom(page: Page, action: string): Promise<SavedFile> {
  const dialog = page.getByRole('dialog');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    dialog.locator(`[data-export="${action}"]`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Exports the map: a PNG at a resolution preset (e.g. 'a4-300') or a PDF sheet on A4 or A3. */
export async function exportMap(
  page: Page,
  options: { png: string } | { pdf: 'a4' | 'a3' },
): Promise<SavedFile> {
  const dialog = await openExport(page);
  if ('png' in options) {
    await dialog.getByRole('combobox').selectOption(options.png);
    return saveFrom(page, 'png');
  }
  await dialog.locator(`input[type="radio"][value="${options.pdf}"]`).check();
  return saveFrom(page, 'map-pdf');
}

/** Exports the profile of the place selected now as a one-page PDF. */
export async function exportProfile(page: Page): Promise<SavedFile> {
  await openExport(page);
  return saveFrom(page, 'profile-pdf');
}

/** Exports the current analysis result as the catchments CSV or the result GeoJSON. */
export async function exportAnalysis(page: Page, format: 'csv' | 'geojson'): Promise<SavedFile> {
  await openExport(page);
  return saveFrom(page, format);
}

/** Exports the finder's results (investor view) as CSV or GeoJSON. */
export async function exportFinderResults(
  page: Page,
  format: 'csv' | 'geojson',
): Promise<SavedFile> {
  await openExport(page);
  return saveFrom(page, `finder-${format}`);
}

/** Opens the investor view (finder and indicators) in English. */
export async function openInvestorView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Invest', exact: true }).click();
  await expect(page.locator('.finder-panel')).toBeVisible();
}

/** Ticks one finder checkbox in its (possibly folded) group. */
export async function tickFinderFilter(page: Page, group: string, option: string): Promise<void> {
  const details = page.locator('.filter-group', { hasText: group });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await details.getByLabel(option, { exact: true }).check();
}

/** The finder's results as "node:id" / "region:id", in rank order. */
export function finderResults(page: Page): Promise<string[]> {
  return page
    .locator('.finder-list > li')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-kind')}:${item.getAttribute('data-id')}`),
    );
}
