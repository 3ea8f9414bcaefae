// Offline PWA: after one visit, the app, geodata, glyphs, fonts, icons, workers and the tour
// all come from the service worker's precache, with the network switched off.
import {
  expect,
  openAtlas,
  placeListItems,
  precachedUrls,
  reloadAtlas,
  test,
  unfetchable,
  waitUntilOfflineReady,
} from './driver';

test('after one visit the atlas loads with no network at all', async ({ page, context }) => {
  test.setTimeout(120_000);
  await openAtlas(page, '?lang=ky');
  await waitUntilOfflineReady(page);

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
  await reloadAtlas(page);
  await expect(placeListItems(page)).toHaveCount(20, { timeout: 30_000 });
  // Everything in the precache (glyph ranges, tour and planner chunks, the GEOS worker chunk,
  // icons, manifest) is served offline, not only what the first screen happens to request.
  expect(await unfetchable(page, precached)).toEqual([]);
  expect(failed).toEqual([]);
});
