// End-to-end: presenting the Concept — the tour by keyboard (what clickers send), Esc restores,
// the presenter's own slides, and the whole tour offline after one visit.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  appHeader,
  cutOffTheInternet,
  expect,
  mapCenter,
  onlineBasemapToggle,
  openAtlas,
  paintProperty,
  presentation,
  reloadAtlas,
  saveScreenshot,
  slideCaptionField,
  slideOnScreen,
  startTour,
  test,
  waitForMap,
  waitForPresentation,
  waitUntilOfflineReady,
} from './driver';

type Chapter = { id: string; caption: { ky: string; ru: string; en: string } };
const tour = JSON.parse(readFileSync('geodata/concept/tour.json', 'utf8')) as {
  chapters: Chapter[];
};

async function waitForSlide(page: Page, chapter: Chapter, lang: 'ky' | 'ru' | 'en') {
  await expect.poll(() => slideOnScreen(page)).toBe(chapter.id);
  await expect(presentation(page).caption).toHaveText(chapter.caption[lang]);
}

test('P starts the tour; the keys walk every slide in the current language; Esc restores', async ({
  page,
}) => {
  await openAtlas(page, '?lang=ru');
  await page.getByRole('checkbox', { name: 'Экономические кластеры' }).uncheck();
  const before = await mapCenter(page);
  await startTour(page);
  await expect(appHeader(page)).toBeHidden();
  for (const [index, chapter] of tour.chapters.entries()) {
    await waitForSlide(page, chapter, 'ru');
    await expect(presentation(page).progress).toContainText(`${index + 1}`);
    if (index < tour.chapters.length - 1)
      await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
  }
  await page.keyboard.press('Home');
  await waitForSlide(page, tour.chapters[0] as Chapter, 'ru');
  await page.keyboard.press('3');
  await waitForSlide(page, tour.chapters[2] as Chapter, 'ru');
  await page.keyboard.press('PageUp');
  await waitForSlide(page, tour.chapters[1] as Chapter, 'ru');
  await page.keyboard.press('Escape');
  await expect(presentation(page).region).toHaveCount(0);
  await expect(appHeader(page)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Экономические кластеры' })).not.toBeChecked();
  await expect
    .poll(async () => {
      const after = await mapCenter(page);
      return after && before ? Math.hypot(after[0] - before[0], after[1] - before[1]) : 99;
    })
    .toBeLessThan(0.01);
});

/** The colour a `match` expression on the neighbour gives `code` (UZ, TJ, KZ; the fallback else). */
function colourFor(expression: unknown, code: string): string {
  const parts = expression as unknown[];
  const at = parts.indexOf(code);
  return String(at > 0 ? parts[at + 1] : parts.at(-1));
}

/** A #rrggbb colour as the rgb() string the browser computes. */
function asRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((offset) => Number.parseInt(hex.slice(offset, offset + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test('analysis slides carry a key: each neighbour in the colour the map paints its zone', async ({
  page,
}) => {
  await openAtlas(page, '?lang=ru');
  await startTour(page);
  const slides = tour.chapters.map((chapter) => chapter.id);
  const key = presentation(page).analysisKey;
  // A slide without analysis layers has no key.
  await expect(key).toHaveCount(0);

  await page.keyboard.press(String(slides.indexOf('neighbour-zones') + 1));
  await expect.poll(() => slideOnScreen(page)).toBe('neighbour-zones');
  await expect(key).toBeVisible();
  const zoneColours = await paintProperty(page, 'analysis-zones-fill', 'fill-color');
  // Names as the atlas gives the zones (§5.4): Uzbekistan, Tajikistan, Kazakhstan, China.
  const rows = [
    ['UZ', 'Узбекистан'],
    ['TJ', 'Таджикистан'],
    ['KZ', 'Казахстан'],
    ['CN', 'Китаем'],
  ] as const;
  await expect(key.getByRole('listitem')).toHaveCount(rows.length);
  for (const [code, name] of rows) {
    const row = key.locator(`[data-neighbour="${code}"]`); // hook: the neighbour's code
    await expect(row).toContainText(name);
    const swatch = row.locator('.swatch');
    const drawn = await swatch.evaluate((element) => {
      const style = getComputedStyle(element);
      // China's zone is an outline only: its swatch is a dashed border in the colour.
      return style.borderStyle === 'dashed' ? style.borderTopColor : style.backgroundColor;
    });
    expect(drawn, code).toBe(asRgb(colourFor(zoneColours, code)));
  }

  await page.keyboard.press('0'); // the tenth slide: catchments, overlaps, uncovered
  await expect.poll(() => slideOnScreen(page)).toBe('catchments');
  await expect(key.getByRole('listitem')).toHaveText([
    'Зоны тяготения',
    /Перекрытия/,
    'Непокрытая территория',
  ]);
});

test('every tour slide at 1920×1080, and one at 1280×720', async ({ page }) => {
  test.setTimeout(180_000); // eleven camera flights, each drawn to the end before its screenshot
  await openAtlas(page, '?lang=ky');
  await page.getByRole('button', { name: /Презентация/ }).click();
  for (const [index, chapter] of tour.chapters.entries()) {
    await waitForSlide(page, chapter, 'ky');
    await saveScreenshot(
      // after the camera flight: saveScreenshot waits for the map to be idle
      page,
      `tour-1920x1080-${String(index + 1).padStart(2, '0')}-${chapter.id}`,
    );
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 720 });
  await startTour(page);
  await waitForSlide(page, tour.chapters[0] as Chapter, 'ky');
  await saveScreenshot(page, 'tour-1280x720-01');
});

test('the presenter adds this view as a slide with captions and presents it', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await page.getByRole('button', { name: '+ Add this view as a slide' }).click();
  await slideCaptionField(page, 1, 'EN').fill('Our <b>priority</b> towns');
  await page.getByRole('button', { name: '▶ Present my slides' }).click();
  await waitForPresentation(page);
  await expect(presentation(page).caption).toHaveText('Our <b>priority</b> towns');
  await page.keyboard.press('Escape');
  await expect(presentation(page).region).toHaveCount(0);
});

test('the online basemap falls back to the built-in map when its servers cannot be reached', async ({
  page,
}) => {
  await cutOffTheInternet(page);
  await openAtlas(page, '?lang=en');
  const toggle = onlineBasemapToggle(page);
  await toggle.click();
  await expect(
    page.getByText('The online basemap cannot be reached; the built-in map is shown.'),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(toggle).not.toBeChecked();
  await waitForMap(page);
});

test('offline: P still runs the whole tour from the cache', async ({ page, context }) => {
  await openAtlas(page, '?lang=en');
  await waitUntilOfflineReady(page);
  await context.setOffline(true);
  await reloadAtlas(page);
  await startTour(page);
  for (const [index, chapter] of tour.chapters.entries()) {
    await waitForSlide(page, chapter, 'en');
    if (index < tour.chapters.length - 1) await page.keyboard.press('ArrowRight');
  }
  await context.setOffline(false);
});
