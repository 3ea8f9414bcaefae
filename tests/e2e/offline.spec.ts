// Offline PWA: after one visit, the app, geodata, glyphs, fonts, icons, workers and the tour
// all come from the service worker's precache, with the network switched off.
import { expect, type Page, test } from '@playwright/test';

const READY = '[data-map-ready="true"]';
const TIMEOUT = 30_000;

/** Waits for an active service worker and for it to control the page (reloads once if needed). */
async function waitForOfflineReady(page: Page): Promise<void> {
  const active = await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    TIMEOUT,
  );
  expect(active, 'a service worker is active (main.tsx calls registerOffline())').toBe(true);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  try {
    await expect.poll(controlled, { timeout: 5_000 }).toBe(true);
  } catch {
    await page.reload();
    await expect(page.locator(READY)).toBeVisible({ timeout: TIMEOUT });
    await expect.poll(controlled, { timeout: TIMEOUT }).toBe(true);
  }
}

/** URLs in the precache, as the app requests them (Workbox adds __WB_REVISION__ to some keys). */
function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        urls.push(url.href);
      }
    }
    return urls;
  });
}

test('after one visit the atlas loads with no network at all', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/?lang=ky');
  await expect(page.locator(READY)).toBeVisible({ timeout: TIMEOUT });
  await waitForOfflineReady(page);

  const precached = await precachedUrls(page);
  const expected = [/\/index\.html$/, /\.geojson$/, /\.pbf$/, /\/geos[^/]*\.js$/, /\.woff2$/];
  for (const pattern of expected) {
    expect(
      precached.some((url) => pattern.test(url)),
      `precache has ${pattern}`,
    ).toBe(true);
  }

  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    failed.push(`${request.url()} — ${request.failure()?.errorText ?? 'failed'}`);
  });
  await context.setOffline(true);
  await page.reload();

  await expect(page.locator(READY)).toBeVisible({ timeout: TIMEOUT });
  await expect(page.getByRole('tabpanel').getByRole('button')).toHaveCount(20, {
    timeout: TIMEOUT,
  });
  // Everything in the precache (glyph ranges, tour and planner chunks, the GEOS worker chunk,
  // icons, manifest) is served offline, not only what the first screen happens to request.
  const unavailable = await page.evaluate(async (urls) => {
    const missing: string[] = [];
    for (const url of urls) {
      const response = await fetch(url).catch(() => undefined);
      if (!response?.ok) missing.push(url);
    }
    return missing;
  }, precached);
  expect(unavailable).toEqual([]);
  expect(failed).toEqual([]);
});
