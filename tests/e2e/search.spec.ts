// End-to-end: the place search in Chromium, from the keyboard. One behaviour per test.
import {
  expect,
  mapDistanceTo,
  openAtlas,
  profile,
  searchBox,
  searchFor,
  settlementAt,
  test,
} from './driver';

// Under software WebGL on a busy machine a flight's frames come seconds apart; with reduced motion
// the app jumps straight to the place, so "the map moved there" is checked without a race.
test.use({ reducedMotion: 'reduce' });

test('"ozgon" finds Өзгөн in the Kyrgyz interface; Enter opens it and moves the map there', async ({
  page,
}) => {
  await openAtlas(page, '?lang=ky');
  const uzgen = settlementAt('uzgen');
  const before = await mapDistanceTo(page, uzgen);
  await searchFor(page, 'ozgon');
  await expect(searchBox(page).options.first()).toContainText('Өзгөн');
  await expect(searchBox(page).options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Өзгөн');
  expect(before).toBeGreaterThan(0.5);
  await expect.poll(() => mapDistanceTo(page, uzgen)).toBeLessThan(0.05);
});

test('the four spellings of Issyk-Kul all find the region first', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  const { input, options } = searchBox(page);
  for (const spelling of ['Issyk-Kul', 'Ysyk-Köl', 'Ысык-Көл', 'Иссык-Куль']) {
    await input.fill('');
    await input.blur();
    await searchFor(page, spelling);
    await expect(options.first(), spelling).toContainText('Issyk-Kul Region');
  }
});

test('arrow keys choose a settlement outside the Concept, which opens its profile', async ({
  page,
}) => {
  await openAtlas(page, '?lang=ru');
  await searchFor(page, 'Kara-Kul');
  const { input, options } = searchBox(page);
  await expect(options.nth(2)).toContainText('Kara-Kulja');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(2).getAttribute('id')) ?? '',
  );
  await page.keyboard.press('Enter');
  await expect(profile(page)).toHaveAttribute('data-kind', 'settlement');
  await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Kara-Kulja');
  await expect(profile(page)).toContainText('Населённый пункт');
  await expect(profile(page)).toContainText('GeoNames');
  await expect.poll(() => mapDistanceTo(page, settlementAt('kara-kulja'))).toBeLessThan(0.05);
});

test('"Ташкент" finds Tashkent abroad; Enter opens its profile and centres the map on it', async ({
  page,
}) => {
  await openAtlas(page, '?lang=ru');
  const tashkent = settlementAt('uz-tashkent', 'foreign-cities');
  await searchFor(page, 'Ташкент');
  await expect(searchBox(page).options.first()).toContainText('Ташкент');
  await expect(searchBox(page).options.first()).toContainText('Узбекистан');
  await page.keyboard.press('Enter');
  await expect(profile(page)).toHaveAttribute('data-kind', 'foreignCity');
  await expect(profile(page).getByRole('heading', { level: 3 })).toHaveText('Ташкент');
  await expect(profile(page)).toContainText('Город за рубежом');
  await expect(profile(page)).toContainText('GeoNames');
  await expect.poll(() => mapDistanceTo(page, tashkent)).toBeLessThan(0.2);
});
