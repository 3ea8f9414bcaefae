// End-to-end: the presenter view, a second window beside the projector's — the slide on screen and
// the next one, the speaker notes, the clock; the clicker drives both windows from either; neither
// window breaks when the other goes; notes typed in "My slides" show there.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  openAtlas,
  openPresenterPage,
  openPresenterView,
  presentation,
  presenterSlideOnScreen,
  presenterView,
  saveScreenshot,
  slideCaptionField,
  slideNotesField,
  slideOnScreen,
  startTour,
  test,
  waitForPresentation,
} from './driver';

type Text = { ky: string; ru: string; en: string };
type Chapter = { id: string; title: Text; caption: Text; notes: Text; source: string };
const tour = JSON.parse(readFileSync('geodata/concept/tour.json', 'utf8')) as {
  chapters: Chapter[];
};
const chapter = (index: number) => tour.chapters[index] as Chapter;

/** Both windows show chapter `index`: the map's overlay and the presenter view's current slide. */
async function bothOn(atlas: Page, presenter: Page, index: number): Promise<void> {
  await expect.poll(() => slideOnScreen(atlas)).toBe(chapter(index).id);
  await expect.poll(() => presenterSlideOnScreen(presenter)).toBe(chapter(index).id);
}

test('the presenter view shows this slide, the next and the notes; either window drives both', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await startTour(page);
  const presenter = await openPresenterView(page);
  const view = presenterView(presenter);
  await bothOn(page, presenter, 0);
  await expect(view.currentTitle).toHaveText(chapter(0).title.en);
  await expect(view.currentCaption).toHaveText(chapter(0).caption.en);
  await expect(view.currentSource).toHaveText(chapter(0).source);
  await expect(view.notes).toContainText(chapter(0).notes.en);
  await expect(view.nextTitle).toHaveText(chapter(1).title.en);
  await expect(view.current).toContainText(`Now: slide 1 of ${tour.chapters.length}`);
  await expect(view.clock).toHaveText(/^\d{1,2}:\d{2}/);
  await expect(view.elapsed).toHaveText(/^\d+:\d{2}$/);
  await expect(presenter.getByText('Tour of the Concept')).toBeVisible();

  // The clicker in the atlas window…
  await page.keyboard.press('ArrowRight');
  await bothOn(page, presenter, 1);
  await expect(view.notes).toContainText(chapter(1).notes.en);
  // …and in the presenter window: the same keys as the overlay's.
  await presenter.keyboard.press('ArrowRight');
  await bothOn(page, presenter, 2);
  await presenter.keyboard.press('PageUp');
  await bothOn(page, presenter, 1);
  await presenter.keyboard.press('End');
  await bothOn(page, presenter, tour.chapters.length - 1);
  await expect(view.next).toHaveText('This is the last slide.');
  await presenter.keyboard.press('4');
  await bothOn(page, presenter, 3);
  await presenter.keyboard.press('Home');
  await bothOn(page, presenter, 0);
  await presenter.getByRole('button', { name: 'Next' }).click();
  await bothOn(page, presenter, 1);
  await presenter.getByLabel('Go to slide').selectOption({ index: 5 });
  await bothOn(page, presenter, 5);

  // Opening it again reuses the one window.
  const pages = page.context().pages().length;
  await page.keyboard.press('n');
  await page.waitForTimeout(300);
  expect(page.context().pages()).toHaveLength(pages);

  // Closing the presenter view leaves the presentation running.
  await presenter.close();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => slideOnScreen(page)).toBe(chapter(6).id);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => slideOnScreen(page)).toBe(chapter(5).id);
  await page.keyboard.press('Escape');
  await expect(presentation(page).region).toHaveCount(0);
});

test('a presenter view opened alone waits, says when the presentation ends or its window closes, and follows the next one', async ({
  page,
  context,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openPresenterPage(page, '&lang=ru');
  const view = presenterView(page);
  await expect(view.status).toHaveText(/^Ожидание презентации/);
  await expect(view.current).toHaveCount(0);

  const atlas = await context.newPage();
  await openAtlas(atlas, '?lang=ky');
  await startTour(atlas);
  await bothOn(atlas, page, 0);
  // It loaded no map, no worker, no atlas data and no glyphs: the deck came over the channel.
  expect(
    requested.filter((path) => /map-view|maplibre|worker|\.geojson|\.json$|\.pbf$/.test(path)),
  ).toEqual([]);
  // The presenter view speaks the atlas window's language.
  await expect(view.currentTitle).toHaveText(chapter(0).title.ky);
  await expect(view.notes).toContainText(chapter(0).notes.ky);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ky');

  await atlas.keyboard.press('Escape');
  await expect(view.status).toHaveText(/^Атластын терезесинде презентация аяктады/);
  await expect(view.current).toHaveCount(0);

  await startTour(atlas);
  await bothOn(atlas, page, 0);
  await atlas.keyboard.press('ArrowRight');
  await bothOn(atlas, page, 1);

  await atlas.close();
  await expect(view.status).toHaveText(/^Атластын терезеси жабылды/);
  await expect(view.current).toHaveCount(0);
});

test('notes typed in "My slides" show in the presenter view, in another language when empty', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await page.getByRole('button', { name: '+ Add this view as a slide' }).click();
  await slideCaptionField(page, 1, 'EN').fill('Our priority towns');
  await slideNotesField(page, 1, 'EN').fill('Say: <b>three</b> stages, 5–6 towns each.');
  await page.getByRole('button', { name: '+ Add this view as a slide' }).click();
  await slideCaptionField(page, 2, 'EN').fill('The south');
  await slideNotesField(page, 2, 'RU').fill('Только по-русски.');
  await page.getByRole('button', { name: '▶ Present my slides' }).click();
  await waitForPresentation(page);
  const presenter = await openPresenterView(page);
  const view = presenterView(presenter);
  await expect(view.currentCaption).toHaveText('Our priority towns');
  await expect(view.notes).toContainText('Say: <b>three</b> stages, 5–6 towns each.');
  await expect(view.nextCaption).toHaveText('The south');
  await expect(presenter.getByText('My slides')).toBeVisible();
  await presenter.keyboard.press('Space');
  await expect(view.currentCaption).toHaveText('The south');
  await expect(view.notes).toContainText('Только по-русски.');
  await expect(view.next).toHaveText('This is the last slide.');
});

for (const { width, height } of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
]) {
  test(`screenshots of the presenter view at ${width}×${height}, in Kyrgyz and Russian`, async ({
    page,
  }) => {
    test.setTimeout(180_000); // the atlas loads twice, and its map is drawn in software
    for (const lang of ['ky', 'ru'] as const) {
      await openAtlas(page, `?lang=${lang}`);
      await startTour(page);
      const presenter = await openPresenterView(page);
      await presenter.setViewportSize({ width, height });
      await page.keyboard.press('2');
      await bothOn(page, presenter, 1);
      await expect(presenterView(presenter).notes).toContainText(chapter(1).notes[lang]);
      await presenter.screenshot({
        path: `artifacts/screenshots/presenter-${width}x${height}-${lang}.png`,
      });
      // The atlas window beside it, with the presenter view's button among the slide controls.
      if (width === 1920) await saveScreenshot(page, `presenter-atlas-1920x1080-${lang}`);
      await presenter.close();
      await page.keyboard.press('Escape');
    }
  });
}
