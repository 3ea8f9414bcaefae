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
