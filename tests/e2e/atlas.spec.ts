// End-to-end: the built app in Chromium, offline, through the user's eyes. One behaviour per test.
import {
  chooseFromList,
  clickMapAt,
  expect,
  interfaceLanguage,
  layerVisibility,
  layoutProperty,
  mapAttribution,
  mapDistanceTo,
  mapNamed,
  mapScaleBar,
  openAtlas,
  openPage,
  profile,
  saveScreenshot,
  settlementAt,
  showPanel,
  switchLanguage,
  test,
  toggleOverlay,
  waitForMapIdle,
  watchExternalRequests,
} from './driver';

test('no request leaves localhost while the map loads and is used', async ({ page }) => {
  const external = watchExternalRequests(page);
  await openAtlas(page, '?lang=en');
  await chooseFromList(page, 'Logistics', 'Balykchy multimodal transport and logistics centre');
  await switchLanguage(page, 'ky');
  await waitForMapIdle(page); // the labels in Kyrgyz are drawn: every glyph they need is loaded
  expect(external).toEqual([]);
});

test('each overlay toggle hides and shows its layers on the map', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  const overlays = [
    ['Regions', 'oblasts-fill'],
    ['Growth nodes', 'growth-nodes'],
    ['Logistics centres', 'logistics-icon'],
    ['Economic clusters', 'clusters-icon'],
  ] as const;
  for (const [title, layer] of overlays) {
    await toggleOverlay(page, title);
    await expect
      .poll(() => layerVisibility(page, layer), { message: `${title} hidden` })
      .toBe('none');
    await toggleOverlay(page, title);
    await expect
      .poll(() => layerVisibility(page, layer), { message: `${title} shown` })
      .toBe('visible');
  }
});

test('the language switch changes map labels, lists and interface text', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await expect(page.getByRole('tabpanel').getByRole('button', { name: /Kara-Kul/ })).toBeVisible();
  await switchLanguage(page, 'ky');
  await expect(page.getByRole('heading', { name: 'Картанын катмарлары' })).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('button', { name: /Таш-Көмүр/ })).toBeVisible();
  expect(JSON.stringify(await layoutProperty(page, 'growth-nodes-label', 'text-field'))).toContain(
    'name_ky',
  );
  await switchLanguage(page, 'ru');
  await expect(page.getByRole('tabpanel').getByRole('button', { name: /Таш-Кумыр/ })).toBeVisible();
  expect(JSON.stringify(await layoutProperty(page, 'region-labels', 'text-field'))).toContain(
    'name_ru',
  );
  expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');
});

test('the chosen language is remembered and an unknown ?lang falls back quietly', async ({
  page,
  visitor,
}) => {
  test.setTimeout(120_000); // three page loads, one in a browser with nothing cached
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  visitor.on('pageerror', (error) => errors.push(error.message));
  await openAtlas(page, '?lang=ru');
  await openPage(page);
  await expect.poll(() => interfaceLanguage(page)).toBe('ru');
  // Someone who never chose a language opens a link with one the app does not know.
  await openAtlas(visitor, '?lang=xx');
  await expect.poll(() => interfaceLanguage(visitor)).toBe('ky');
  expect(errors).toEqual([]);
});

test('a list item flies the map there and opens the right profile', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await chooseFromList(page, 'Logistics', 'Balykchy multimodal transport and logistics centre');
  await expect(profile(page)).toHaveAttribute('data-id', 'balykchy');
  await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText(
    'Balykchy multimodal transport and logistics centre',
  );
  await expect(profile(page).getByText('rail', { exact: true })).toBeVisible();
  await expect
    .poll(() => mapDistanceTo(page, settlementAt('balykchy')), { timeout: 15_000 })
    .toBeLessThan(0.05);
});

test('every growth node is listed as text and opens its own profile', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  const items = page.getByRole('tabpanel').getByRole('button');
  await expect(items).toHaveCount(20);
  await items.filter({ hasText: 'Kara-Kul' }).click();
  await expect(profile(page)).toHaveAttribute('data-id', 'kara-kul');
  await expect(profile(page).getByRole('button', { name: 'Jalal-Abad Region' })).toBeVisible();
});

test('clicking a growth node on the map opens its profile', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  const [lon, lat] = settlementAt('naryn');
  await clickMapAt(page, lon, lat);
  await expect(profile(page)).toHaveAttribute('data-id', 'naryn');
  await expect(profile(page)).toHaveAttribute('data-kind', 'node');
});

test('the list is keyboard-navigable and Escape closes the profile', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  const first = page.getByRole('tabpanel').getByRole('button').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(profile(page)).toHaveAttribute('data-id', 'osh');
  await page.keyboard.press('Escape');
  await expect(profile(page)).toHaveCount(0);
});

test('screenshots at projector and phone sizes', async ({ page }) => {
  await openAtlas(page, '?lang=ky');
  await chooseFromList(page, 'Региондор', 'Ысык-Көл облусу');
  await saveScreenshot(page, 'projector-1920x1080-ky-region');
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, '?lang=ru');
  await saveScreenshot(page, 'phone-390x844-ru');
  await showPanel(page);
  await saveScreenshot(page, 'phone-390x844-ru-panel');
  await expect(mapAttribution(page)).toContainText('Natural Earth');
});

test("the map's credits, controls and scale follow the interface language", async ({ page }) => {
  await openAtlas(page, '?lang=ru');
  await expect(mapAttribution(page)).toContainText(
    'Границы: Natural Earth (общественное достояние)',
  );
  await expect(page.getByRole('button', { name: 'Приблизить' })).toBeVisible();
  await expect(mapScaleBar(page)).toHaveText(/^\d+\sкм$/);
  await switchLanguage(page, 'ky');
  await expect(mapAttribution(page)).toContainText('Чек аралар: Natural Earth (коомдук менчик)');
  await expect(mapAttribution(page)).not.toContainText('Границы');
  await expect(page.getByRole('button', { name: 'Чоңойтуу' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Кичирейтүү' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Приблизить' })).toHaveCount(0);
  await expect(mapNamed(page, 'Карта')).toBeVisible();
  await switchLanguage(page, 'en');
  await expect(mapAttribution(page)).toContainText('Boundaries: Natural Earth (public domain)');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(mapScaleBar(page)).toHaveText(/^\d+\skm$/);
  await expect(mapNamed(page, 'Map')).toBeVisible();
});
