// Domain actions for end-to-end tests, so each spec reads as what a user does, not as selectors.
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
