// End-to-end: the portable atlas (issue 14). Exported from the served app with a slide of the
// planner's own, then opened as file:// in a fresh browser that refuses every request: the map,
// the tour to its end with the presenter view following, the planner's slide, Analyse with a
// result, search, a profile and another language, with no request and no Content-Security-Policy
// violation.
import { readFileSync, statSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import {
  expect,
  notice,
  openAnalysis,
  openAtlas,
  openPresenterView,
  presentation,
  presenterView,
  profile,
  searchFor,
  slideCaptionField,
  slideOnScreen,
  startTour,
  switchLanguage,
  test,
  waitForMap,
  waitForPresentation,
} from './driver';

type Chapter = { id: string; title: { en: string } };
const tour = JSON.parse(readFileSync('geodata/concept/tour.json', 'utf8')) as {
  chapters: Chapter[];
};

/** A context in which the page's own file is the only thing that loads: everything else fails. */
async function offlineContext(context: BrowserContext, file: string): Promise<string[]> {
  const refused: string[] = [];
  await context.route(
    (url) => `${url.protocol}//${url.pathname}` !== file,
    (route) => {
      refused.push(route.request().url());
      return route.abort();
    },
  );
  return refused;
}

async function exportAtlas(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the atlas (HTML)' }).click();
  await (await downloading).saveAs(path);
}

test('the exported atlas runs from file:// with every request refused', async ({
  page,
  browser,
  policyViolations,
}, testInfo) => {
  test.setTimeout(240_000);
  await openAtlas(page, '?lang=en');
  await page.getByRole('button', { name: '+ Add this view as a slide' }).click();
  await slideCaptionField(page, 1, 'EN').fill('Carried on a USB stick');
  const path = testInfo.outputPath('atlas.html');
  await exportAtlas(page, path);
  expect(statSync(path).size).toBeLessThan(12 * 1024 * 1024);

  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await policyViolations.watch(context);
  const file = `file://${path}`;
  const refused = await offlineContext(context, file);
  const usb = await context.newPage();
  await usb.goto(`${file}?lang=en`);
  await waitForMap(usb);
  await expect(notice(usb, /carries the scenario/)).toBeVisible();

  // The built-in tour, slide by slide to its end, the presenter view (a second window of the
  // same file) following the clicker.
  await startTour(usb);
  const presenter = await openPresenterView(usb);
  for (const [index, chapter] of tour.chapters.entries()) {
    await expect.poll(() => slideOnScreen(usb)).toBe(chapter.id);
    await expect(presenterView(presenter).currentTitle).toHaveText(chapter.title.en);
    if (index < tour.chapters.length - 1) await usb.keyboard.press('ArrowRight');
  }
  await presenter.close();
  await usb.keyboard.press('Escape');
  await expect(presentation(usb).region).toHaveCount(0);

  // The planner's own slide came with the file.
  await usb.getByRole('button', { name: '▶ Present my slides' }).click();
  await waitForPresentation(usb);
  await expect(presentation(usb).caption).toHaveText('Carried on a USB stick');
  await usb.keyboard.press('Escape');

  // Analyse recomputes in the file's own worker.
  await openAnalysis(usb);

  // Search and a profile.
  await searchFor(usb, 'Naryn');
  await usb.keyboard.press('Enter');
  await expect(profile(usb)).toContainText('Naryn');

  await switchLanguage(usb, 'ru');
  await expect(usb.getByRole('button', { name: 'Анализ', exact: true })).toBeVisible();

  expect(refused, 'requests made by the portable atlas').toEqual([]);
  await policyViolations.collected();
  await context.close();
});

test('a portable atlas exports itself, carrying the edits made in it', async ({
  page,
  browser,
  policyViolations,
}, testInfo) => {
  test.setTimeout(180_000);
  await openAtlas(page, '?lang=en');
  const first = testInfo.outputPath('first.html');
  await exportAtlas(page, first);

  const context = await browser.newContext();
  await policyViolations.watch(context);
  const refused = await offlineContext(context, `file://${first}`);
  const usb = await context.newPage();
  await usb.goto(`file://${first}?lang=en`);
  await waitForMap(usb);
  await usb.getByRole('button', { name: '+ Add this view as a slide' }).click();
  await slideCaptionField(usb, 1, 'EN').fill('Added in the hall');
  const second = testInfo.outputPath('second.html');
  await exportAtlas(usb, second);
  await context.close();

  const again = await browser.newContext();
  await policyViolations.watch(again);
  const refusedAgain = await offlineContext(again, `file://${second}`);
  const copy = await again.newPage();
  await copy.goto(`file://${second}?lang=en`);
  await waitForMap(copy);
  await copy.getByRole('button', { name: '▶ Present my slides' }).click();
  await waitForPresentation(copy);
  await expect(presentation(copy).caption).toHaveText('Added in the hall');
  expect([...refused, ...refusedAgain]).toEqual([]);
  await policyViolations.collected();
  await again.close();
});
