// End-to-end: the built app's Content-Security-Policy — what it declares, that it refuses what it
// should (in the page and in the workers), that the optional basemap's hosts get through, and that
// the violation listener every test relies on (driver.ts) really hears violations.
import {
  cutOffTheInternet,
  declaredPolicy,
  expect,
  fetchFromPage,
  fetchFromServiceWorker,
  fetchFromWorkers,
  injectInlineScript,
  notice,
  onlineBasemapToggle,
  openAtlas,
  standInForOnlineBasemap,
  test,
  waitForMapIdle,
  waitUntilOfflineReady,
} from './driver';

/** A policy as directive → its sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

test('the page declares a policy: scripts only from the app, connections only to the app and the basemap', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  const policy = await declaredPolicy(page);
  expect(policy, 'a Content-Security-Policy <meta> in the built page').not.toBeNull();
  expect(directives(policy ?? '')).toEqual({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'worker-src': ["'self'"],
    'connect-src': [
      "'self'",
      'https://tiles.openfreemap.org',
      'https://s3.amazonaws.com/elevation-tiles-prod/',
    ],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'style-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  });
});

test('the violation listener hears an injected inline script, and the script does not run', async ({
  page,
  policyViolations,
}) => {
  await openAtlas(page, '?lang=en');
  expect(await injectInlineScript(page)).toBe(false);
  await expect
    .poll(async () => (await policyViolations.collected()).map((found) => found.directive))
    .toEqual(['script-src-elem']);
  expect((await policyViolations.take())[0]?.blocked).toBe('inline');
});

test('a request to another host is refused by the policy, in the page and in every worker', async ({
  page,
  policyViolations,
}) => {
  await cutOffTheInternet(page); // should the policy let it through, it still goes nowhere
  await openAtlas(page, '?lang=en');
  await waitUntilOfflineReady(page);
  const elsewhere = 'https://example.org/collect';
  expect(await fetchFromPage(page, elsewhere)).toBe(false);
  const workers = await fetchFromWorkers(page, elsewhere);
  expect(workers.length, 'MapLibre and analysis workers').toBeGreaterThan(0);
  expect(workers.every((answered) => !answered)).toBe(true);
  expect(await fetchFromServiceWorker(page, elsewhere)).toBe(false);
  // One refusal each: the page, each dedicated worker, the service worker.
  await expect
    .poll(async () => (await policyViolations.collected()).length)
    .toBe(1 + workers.length + 1);
  const refused = await policyViolations.take();
  expect(refused.every((found) => found.directive === 'connect-src')).toBe(true);
  expect(refused.every((found) => found.blocked === elsewhere)).toBe(true);
  expect(new Set(refused.map((found) => found.where)).size).toBe(refused.length);
});

test('the online basemap reaches its hosts and draws with no violation', async ({ page }) => {
  const requested = await standInForOnlineBasemap(page);
  await openAtlas(page, '?lang=en');
  await onlineBasemapToggle(page).check();
  await waitForMapIdle(page);
  expect(requested).toContain('https://tiles.openfreemap.org/planet');
  expect(
    requested.some((url) => /^https:\/\/tiles\.openfreemap\.org\/planet\/.+\.pbf$/.test(url)),
  ).toBe(true);
  expect(
    requested.some((url) =>
      /^https:\/\/s3\.amazonaws\.com\/elevation-tiles-prod\/terrarium\/\d+\/\d+\/\d+\.png$/.test(
        url,
      ),
    ),
  ).toBe(true);
  await expect(onlineBasemapToggle(page)).toBeChecked();
  await expect(notice(page, 'cannot be reached')).toHaveCount(0);
});
