// axe-core on the main views: no serious or critical violation (WCAG 2.1 A and AA rules).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import {
  chooseFromList,
  openAnalysis,
  openAtlas,
  openExport,
  openInvestorView,
  profile,
  searchFor,
} from './driver';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // The map canvas is a picture drawn by WebGL; its content is offered as lists and tables.
    .exclude('.maplibregl-canvas')
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

test('the explore view with a profile open', async ({ page }) => {
  await openAtlas(page, '?lang=ky');
  expect(await seriousViolations(page)).toEqual([]);
  await chooseFromList(page, 'Өсүү түйүндөрү', 'Балыкчы');
  await expect(profile(page)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the analysis view', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the investor view with filters, a choropleth and its table', async ({ page }) => {
  await openAtlas(page, '?lang=ru&cluster=agro-industrial&zone=band');
  await expect(page.locator('.finder-list > li').first()).toBeVisible();
  await page.locator('.indicator-panel select').first().selectOption('average-wage');
  await expect(page.locator('.indicator-table tbody tr')).toHaveCount(9);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the investor view on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, '?lang=en');
  await page.getByRole('button', { name: /Show panel/ }).click();
  await openInvestorView(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the search results and the export dialog', async ({ page }) => {
  await openAtlas(page, '?lang=ky');
  await searchFor(page, 'ozgon');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await openExport(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a tour chapter with an indicator map and its key', async ({ page }) => {
  await openAtlas(page, '?lang=ru');
  await page.keyboard.press('p');
  await expect(page.locator('.presentation .choropleth-legend')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
