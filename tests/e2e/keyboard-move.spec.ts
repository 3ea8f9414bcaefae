// End-to-end: a growth node moved by the keyboard alone (WCAG 2.2, 2.5.7 and 2.1.1) — Shift+↑
// moves it 10 km north, the figures follow live and the move is announced, Enter keeps it as one
// undo step, Ctrl+Z puts it back; Escape puts it back at once; coordinates outside Kyrgyzstan are
// refused. No mouse call anywhere: only focus and keys.
import {
  coveredArea,
  expect,
  moveAnnouncement,
  moveNodeButton,
  nodePositionByKeyboard,
  openAnalysisByKeyboard,
  openAtlas,
  settlementAt,
  startMovingByKeyboard,
  statsRow,
  test,
  typeMoveCoordinates,
  undoButton,
} from './driver';

/** 10 km of a meridian on the analysis sphere (R = 6371.0088 km), in degrees of latitude. */
const TEN_KM_OF_LATITUDE = 0.089932;
/** A fresh analysis on a loaded machine can take longer than the default 5 s. */
const ANALYSIS = { timeout: 20_000 };

test.beforeEach(async ({ page }) => {
  test.setTimeout(120_000); // a page load, the first analysis and several more
  await openAtlas(page, '?lang=en');
  await openAnalysisByKeyboard(page);
});

test('Shift+↑ moves Naryn 10 km north, live and announced; Enter keeps it; Ctrl+Z undoes it', async ({
  page,
}) => {
  const naryn = settlementAt('naryn');
  const before = await coveredArea(page);
  const panel = await startMovingByKeyboard(page, 'Naryn');
  await expect(panel).toContainText('Arrow keys move Naryn 1 km, with Shift 10 km.');
  await page.keyboard.press('Shift+ArrowUp');
  await expect
    .poll(() => coveredArea(page), { ...ANALYSIS, message: 'the covered area follows' })
    .not.toBe(before);
  const moved = await coveredArea(page);
  await expect(moveAnnouncement(page)).toHaveText(
    'Naryn: 10 km from the start; nearest listed settlement Naryn; Naryn Region.',
  );
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(moveNodeButton(page, 'Naryn')).toBeFocused();
  await expect(statsRow(page, 'Naryn')).toContainText('moved');
  expect(await coveredArea(page)).toBe(moved);
  const [lon, lat] = await nodePositionByKeyboard(page, 'Naryn');
  expect(lon).toBeCloseTo(naryn[0], 5);
  expect(lat).toBeCloseTo(naryn[1] + TEN_KM_OF_LATITUDE, 5);

  await expect(moveNodeButton(page, 'Naryn')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(statsRow(page, 'Naryn')).not.toContainText('moved');
  await expect.poll(() => coveredArea(page), ANALYSIS).toBe(before);
  const [, back] = await nodePositionByKeyboard(page, 'Naryn');
  expect(back).toBeCloseTo(naryn[1], 5);
});

test('Escape puts the node back: the figures as before and nothing to undo', async ({ page }) => {
  const before = await coveredArea(page);
  const panel = await startMovingByKeyboard(page, 'Naryn');
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(() => coveredArea(page), ANALYSIS).not.toBe(before);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(moveNodeButton(page, 'Naryn')).toBeFocused();
  await expect.poll(() => coveredArea(page), ANALYSIS).toBe(before);
  await expect(statsRow(page, 'Naryn')).not.toContainText('moved');
  await expect(undoButton(page)).toBeDisabled();
});

test('coordinates outside Kyrgyzstan are refused with an alert, and the node stays', async ({
  page,
}) => {
  const before = await coveredArea(page);
  const panel = await startMovingByKeyboard(page, 'Naryn');
  await typeMoveCoordinates(page, panel, '41.3', '69.24'); // Tashkent
  await expect(panel.getByRole('alert')).toHaveText(
    '41.3000° N, 69.2400° E is outside Kyrgyzstan: the growth node stays where it is.',
  );
  await expect(panel.getByLabel('Longitude')).toHaveAttribute('aria-invalid', 'true');
  expect(await coveredArea(page)).toBe(before);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(statsRow(page, 'Naryn')).not.toContainText('moved');
  await expect(undoButton(page)).toBeDisabled();
});

test('a settlement found by name takes the node there, kept with the keyboard', async ({
  page,
}) => {
  const panel = await startMovingByKeyboard(page, 'Naryn');
  await panel.getByRole('combobox', { name: 'Move to a settlement…' }).focus();
  await page.keyboard.type('Kochk');
  // Kochkor-Ata (the larger town) is listed first and active; ↓ goes to Kochkor.
  await expect(panel.getByRole('option').nth(0)).toHaveText('Kochkor-Ata Jalal-Abad Region');
  await expect(panel.getByRole('option').nth(1)).toHaveText('Kochkor Naryn Region');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('application')).toBeFocused();
  await expect(moveAnnouncement(page)).toContainText('nearest listed settlement Kochkor;');
  await page.keyboard.press('Enter');
  await expect(statsRow(page, 'Naryn')).toContainText('moved');
  expect(await nodePositionByKeyboard(page, 'Naryn')).toEqual(settlementAt('kochkor'));
});
