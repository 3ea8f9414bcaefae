// End-to-end, keyboard only (no mouse): a candidate growth node added without clicking the map —
// at a searched settlement, at typed coordinates (refused outside Kyrgyzstan), at the cross-hair.
import {
  candidateAlert,
  candidateNameField,
  candidateRows,
  chooseCandidateSettlement,
  crosshairAnnouncement,
  expect,
  mapCenter,
  mapNamed,
  mapZoom,
  nameAndAddCandidate,
  nodeEditorRow,
  openAnalysisByKeyboard,
  openAtlas,
  openCandidateToolByKeyboard,
  pressMapKey,
  startCrosshair,
  statsRow,
  test,
  typeCandidateCoordinates,
} from './driver';

test.beforeEach(async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysisByKeyboard(page);
  await openCandidateToolByKeyboard(page);
});

/** "41.6000° N, 75.0000° E", as the naming step writes a point. */
const written = ([lon, lat]: [number, number]) => `${lat.toFixed(4)}° N, ${lon.toFixed(4)}° E`;

test('a candidate at a searched settlement is named after it, marked candidate and undone with Ctrl+Z', async ({
  page,
}) => {
  await chooseCandidateSettlement(page, 'Chayek', 'Chayek');
  await expect(candidateNameField(page)).toHaveValue('Chayek');
  await expect(candidateNameField(page)).toHaveAccessibleDescription(
    'New growth node at 41.9277° N, 74.5170° E · Naryn Region',
  );
  await nameAndAddCandidate(page);

  const row = nodeEditorRow(page, 'Chayek');
  await expect(row).toContainText('candidate');
  await expect(row).toContainText('Naryn Region');
  await expect(candidateRows(page)).toHaveCount(1);
  // The focus lands on the new row, not on the page: Ctrl+Z is not typed into a field.
  await expect(row.getByRole('button', { name: 'Chayek', exact: true })).toBeFocused();
  await expect(statsRow(page, 'Chayek')).toBeVisible({ timeout: 30_000 });

  await page.keyboard.press('Control+z');
  await expect(candidateRows(page)).toHaveCount(0);
});

test('typed coordinates inside Kyrgyzstan add a candidate there', async ({ page }) => {
  await typeCandidateCoordinates(page, '41.6', '75.0');
  await expect(candidateNameField(page)).toHaveAccessibleDescription(
    'New growth node at 41.6000° N, 75.0000° E · Naryn Region',
  );
  await nameAndAddCandidate(page, 'Ak-Say');
  await expect(nodeEditorRow(page, 'Ak-Say')).toContainText('candidate');
  await expect(candidateRows(page)).toHaveCount(1);
});

test('typed coordinates of Tashkent are refused with an alert and add nothing', async ({
  page,
}) => {
  await typeCandidateCoordinates(page, '41.3', '69.24');
  await expect(candidateAlert(page)).toHaveText(
    '41.3000° N, 69.2400° E is outside Kyrgyzstan. A growth node must be inside the country.',
  );
  await expect(page.getByRole('textbox', { name: 'Latitude', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(candidateNameField(page)).toHaveCount(0);
  await expect(candidateRows(page)).toHaveCount(0);
});

test('the cross-hair: arrows pan the map, the centre is said, Enter places, then name and Add', async ({
  page,
}) => {
  test.setTimeout(120_000); // every key press waits for the map to be still
  const start = await mapCenter(page);
  await startCrosshair(page);
  await pressMapKey(page, 'ArrowRight', 2);
  const centre = await mapCenter(page);
  expect(centre?.[0], 'the map moved east').toBeGreaterThan((start?.[0] ?? 0) + 0.1);
  await expect(crosshairAnnouncement(page)).toHaveText(/^Cross-hair [\d.]+ km from .+, .+$/);

  await page.keyboard.press('Enter');
  await expect(candidateNameField(page)).toHaveAccessibleDescription(
    new RegExp(`^New growth node at ${written(centre ?? [0, 0])} · `),
  );
  await nameAndAddCandidate(page, 'At the centre');
  await expect(nodeEditorRow(page, 'At the centre')).toContainText('candidate');
  await expect(candidateRows(page)).toHaveCount(1);
});

test('the cross-hair refuses a centre outside Kyrgyzstan, and Escape leaves it', async ({
  page,
}) => {
  test.setTimeout(120_000); // every key press waits for the map to be still
  await startCrosshair(page);
  const zoom = await mapZoom(page);
  await pressMapKey(page, '-', 2);
  expect(await mapZoom(page), '− zooms out').toBeCloseTo(zoom - 2, 1);
  await pressMapKey(page, 'ArrowUp', 3); // into Kazakhstan, north of Bishkek
  await expect(crosshairAnnouncement(page)).toHaveText(/^Cross-hair outside Kyrgyzstan, /);
  await page.keyboard.press('Enter');
  await expect(candidateAlert(page)).toHaveText(/^The cross-hair is outside Kyrgyzstan\./);
  await expect(mapNamed(page, 'Map')).toBeFocused();
  await expect(candidateNameField(page)).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(
    page.getByRole('button', { name: 'Place with the cross-hair', exact: true }),
  ).toBeFocused();
  await expect(candidateRows(page)).toHaveCount(0);
});
