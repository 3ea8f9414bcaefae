// WCAG 2.2 AA across the atlas (issue 15). axe-core with the WCAG 2.2 A/AA tags (its target-size
// rule included) finds no violation of any impact in each mode at 1920×1080 and 390×844, and no
// control is under 24 px (44 px on a phone); the accessibility tree of each mode names what a
// screen reader needs; skip links, the shortcuts dialog and the export dialog work by keyboard.

import type { Page } from '@playwright/test';
import {
  addDataFiles,
  analysisAnnouncement,
  chooseFinderResult,
  chooseRegionalTable,
  chooseSettlementTable,
  expect,
  exportAction,
  exportButton,
  finderResultItems,
  focusedElement,
  focusStaysIn,
  handoutProgress,
  keyboardHelp,
  mapCenter,
  mapNamed,
  openAnalysis,
  openAnalysisByKeyboard,
  openAtlas,
  openCandidateToolByKeyboard,
  openExport,
  openInvestorView,
  openPresenterView,
  populationBase,
  presenterView,
  profile,
  regionalTable,
  restyleUserLayer,
  searchFor,
  showForecastVsActual,
  showPanel,
  showRegionalColumn,
  skipLink,
  smallTargets,
  startCrosshair,
  startMovingByKeyboard,
  tabUntilFocused,
  test,
  userLayerEntry,
  waitForMapIdle,
  waitForSlideKey,
  wcagAudit,
} from './driver';

const VIEWPORTS = [
  { width: 1920, height: 1080, target: 24 },
  { width: 390, height: 844, target: 44 },
] as const;

/** No axe violation of any impact (target-size among the rules run), no control too small. */
async function expectAccessible(page: Page, target: number): Promise<void> {
  const { violations, rules } = await wcagAudit(page);
  expect(rules).toContain('target-size');
  expect(violations).toEqual([]);
  expect(await smallTargets(page, target)).toEqual([]);
}

for (const { width, height, target } of VIEWPORTS) {
  const phone = width <= 720;
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('explore: the lists and the map', async ({ page }) => {
      await openAtlas(page, '?lang=en');
      if (phone) await showPanel(page);
      await expectAccessible(page, target);
    });

    test('explore: a city abroad found by search, its profile open', async ({ page }) => {
      await openAtlas(page, '?lang=ru');
      await searchFor(page, 'Ташкент');
      await page.keyboard.press('Enter');
      await expect(profile(page)).toHaveAttribute('data-kind', 'foreignCity');
      await expectAccessible(page, target);
    });

    test('analyse: the analysis with its results', async ({ page }) => {
      await openAtlas(page, '?lang=en');
      if (phone) await showPanel(page);
      await openAnalysis(page);
      await expectAccessible(page, target);
    });

    test('analyse: a settlement table in use, its rows left out shown', async ({ page }) => {
      test.slow(); // two analysis runs before the audit
      await openAtlas(page, '?lang=en');
      if (phone) await showPanel(page);
      await openAnalysis(page);
      await chooseSettlementTable(page, {
        name: 'census.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('name,population\nTokmok,80000\nAk-Suu,100\n'),
      });
      await populationBase(page).getByText('1 row left out').click();
      await expect(
        populationBase(page).getByRole('button', { name: 'Back to open data' }),
      ).toBeVisible();
      await expectAccessible(page, target);
    });

    test('analyse: a node moved by keyboard, then the candidate tool and its cross-hair', async ({
      page,
    }) => {
      await openAtlas(page, '?lang=en');
      if (phone) await showPanel(page);
      await openAnalysis(page);
      const move = await startMovingByKeyboard(page, 'Naryn');
      await page.keyboard.press('Shift+ArrowUp');
      await expectAccessible(page, target);
      await page.keyboard.press('Escape');
      await expect(move).toBeHidden();
      await openCandidateToolByKeyboard(page);
      await expectAccessible(page, target);
      await startCrosshair(page);
      await expectAccessible(page, target);
    });

    test('invest: a filter set and a profile open', async ({ page }) => {
      await openAtlas(page, '?lang=en&cluster=agro-industrial&zone=band');
      if (phone) await showPanel(page);
      const first = finderResultItems(page).first();
      await expect(first).toBeVisible();
      await first.getByRole('button').first().click();
      await expect(profile(page)).toBeVisible();
      await expectAccessible(page, target);
    });

    test('invest: a regional table shown, its forecast vs actual and unmatched rows open', async ({
      page,
    }) => {
      await openAtlas(page, '?lang=en');
      if (phone) await showPanel(page);
      await openInvestorView(page);
      await chooseRegionalTable(page, {
        name: 'wages.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'Регион,Зарплата 2019\nБаткенская область,11000\nг. Бишкек,26000\nЧуйская обл.,17000\nАтлантида,5\n',
        ),
      });
      await showRegionalColumn(page, 'Зарплата 2019');
      await showForecastVsActual(page);
      await regionalTable(page).getByText('1 row not matched').click();
      await expect(regionalTable(page)).toMatchAriaSnapshot(`
        - region "Your regional table":
          - heading "Your regional table" [level=3]
          - paragraph: /Your table wages\\.csv. these figures are yours/
          - button "Use a regional table…"
          - button "Remove the table"
          - combobox "Your column on the map"
          - checkbox "Forecast vs actual" [checked]
          - table /^Forecast vs actual. your Зарплата 2019/:
            - rowgroup:
              - row "Region Actual (yours) Forecast Difference % of forecast"
            - rowgroup:
              - row /^Batken Region/
              - row /^Bishkek city/
              - row /^Chui Region/
          - group:
            - text: 1 row not matched
            - table:
              - rowgroup:
                - row "Row Region as written Reason"
              - rowgroup:
                - row "4 Атлантида no region of this name or code"
      `);
      await expectAccessible(page, target);
    });

    test("present: the tour's first slide", async ({ page }) => {
      await openAtlas(page, '?lang=en');
      await page.keyboard.press('p');
      await waitForSlideKey(page);
      await expectAccessible(page, target);
    });

    test('your data: a layer restyled by a number, and a table', async ({ page }) => {
      await openAtlas(page, '?lang=en');
      if (phone) await showPanel(page);
      await addDataFiles(page, [
        {
          name: 'wells.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from('name,lat,lon,depth\nA,42.87,74.59,10\nB,40.53,72.8,30\n'),
        },
        { name: 'grp.csv', mimeType: 'text/csv', buffer: Buffer.from('region,grp\nNaryn,1\n') },
      ]);
      const wells = userLayerEntry(page, 'wells.csv');
      await restyleUserLayer(wells, { draw: 'Coloured by a number', field: 'depth', classes: 2 });
      await expectAccessible(page, target);
      await expect(wells).toMatchAriaSnapshot(`
        - listitem:
          - checkbox "wells.csv" [checked]
          - text: wells.csv
          - button "Remove wells.csv": ×
          - paragraph: 2 features
          - list:
            - listitem: "10 – 20: 1"
            - listitem: "20 – 30: 1"
          - group:
            - text: Style of wells.csv Colour
            - textbox "Colour": "#d95f02"
            - text: Draw
            - combobox "Draw"
            - text: Field
            - combobox "Field"
            - text: Classes
            - combobox "Classes"
            - text: Number of classes
            - combobox "Number of classes"
            - text: Colours (colour-blind safe)
            - combobox "Colours (colour-blind safe)"
            - text: Labels
            - combobox "Labels"
      `);
      await expect(userLayerEntry(page, 'grp.csv')).toMatchAriaSnapshot(`
        - listitem:
          - text: grp.csv
          - button "Remove grp.csv": ×
          - paragraph: "Table: 1 row, no coordinates"
      `);
    });

    test('the export dialog', async ({ page }) => {
      await openAtlas(page, '?lang=en');
      await openExport(page);
      await expectAccessible(page, target);
    });

    test('the export dialog after an analysis: its analysis files, GeoPackage included', async ({
      page,
    }) => {
      await openAtlas(page, '?lang=en');
      if (phone) await showPanel(page);
      await openAnalysis(page);
      await openExport(page);
      await expect(exportAction(page, 'gpkg')).toBeEnabled();
      await expectAccessible(page, target);
    });

    test("the export dialog writing the tour's handout: its progress and Cancel", async ({
      page,
    }) => {
      // Software WebGL draws the slides' maps while axe walks the page: both take their time.
      test.setTimeout(240_000);
      await openAtlas(page, '?lang=en');
      await openExport(page);
      await exportAction(page, 'handout-tour').click();
      await expect(handoutProgress(page)).toBeVisible();
      await expectAccessible(page, target);
      await expect(page.getByRole('group', { name: 'Handout (PDF)' })).toMatchAriaSnapshot(`
        - group "Handout (PDF)":
          - paragraph: /One A4 landscape page per slide/
          - paragraph: /No slides yet/
          - button "Tour of the Concept"
          - button "My slides" [disabled]
          - progressbar /Slide \\d+ of 10/
          - text: /Slide \\d+ of 10/
          - button "Cancel"
      `);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(handoutProgress(page)).toHaveCount(0, { timeout: 120_000 });
    });

    test('the presenter view: waiting, then following the tour', async ({ page }) => {
      await openAtlas(page, '?lang=en');
      await page.keyboard.press('p');
      await waitForSlideKey(page);
      const presenter = await openPresenterView(page);
      await presenter.setViewportSize({ width, height });
      await expect(presenterView(presenter).notes).toBeVisible();
      await expectAccessible(presenter, target);
      await page.keyboard.press('Escape');
      await expect(presenterView(presenter).status).toHaveText(/^The atlas window left/);
      await expectAccessible(presenter, target);
    });
  });
}

test.describe('keyboard alone', () => {
  test('the first Tab shows "Skip to the map"; Enter puts the focus on the map, which then pans', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    const skip = skipLink(page, 'Skip to the map');
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const map = mapNamed(page, 'Map');
    await expect(map).toBeFocused();
    const before = await mapCenter(page);
    await page.keyboard.press('ArrowRight');
    await waitForMapIdle(page);
    expect((await mapCenter(page))?.[0]).toBeGreaterThan(before?.[0] ?? Number.POSITIVE_INFINITY);
  });

  test('"Skip to the lists" opens the closed panel on a phone and focuses its first heading', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openAtlas(page, '?lang=en');
    await expect(page.getByRole('navigation', { name: 'Places of the Concept' })).toBeHidden();
    await tabUntilFocused(page, skipLink(page, 'Skip to the lists'), 2);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Map layers' })).toBeFocused();
  });

  test('? opens the shortcuts, the focus stays inside, Escape closes and the focus comes back', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    const analyse = page.getByRole('button', { name: 'Analyse', exact: true });
    await tabUntilFocused(page, analyse);
    await page.keyboard.press('Shift+Slash');
    const help = keyboardHelp(page);
    await expect(help).toBeVisible();
    await expect(help.getByRole('row', { name: /Pan the map/ })).toBeVisible();
    let inside = 0;
    for (let press = 0; press < 8; press++) {
      await page.keyboard.press('Tab');
      expect(await focusStaysIn(help), await focusedElement(page)).toBe(true);
      if (await help.evaluate((element) => element.contains(document.activeElement))) inside++;
    }
    expect(inside, 'Tab comes back into the dialog').toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(analyse).toBeFocused();
    // Escape closed the dialog only: the planner is still in the explore mode.
    await expect(analyse).toHaveAttribute('aria-pressed', 'false');
  });

  test('the header button opens the shortcuts in Kyrgyz, and its close button gives the focus back', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=ky');
    const button = page.getByRole('button', { name: 'Баскычтар' });
    await tabUntilFocused(page, button);
    await page.keyboard.press('Enter');
    const help = keyboardHelp(page);
    await expect(help).toBeVisible();
    await expect(help.getByRole('heading', { name: 'Презентация' })).toBeVisible();
    await help.getByRole('button', { name: 'Жабуу' }).press('Enter');
    await expect(help).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('the export dialog keeps the focus inside and gives it back to its button', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    await tabUntilFocused(page, exportButton(page));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog).toBeVisible();
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let press = 0; press < 16; press++) {
        await page.keyboard.press(key);
        expect(await focusStaysIn(dialog), `${key}: ${await focusedElement(page)}`).toBe(true);
      }
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(exportButton(page)).toBeFocused();
  });

  test('a radius changed with the arrow keys is announced once, with what changed', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    await openAnalysisByKeyboard(page);
    const announcement = analysisAnnouncement(page);
    // Count what the live region says, as a screen reader would hear it.
    await announcement.evaluate((region) => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const radius = page.getByRole('slider', { name: 'Catchment radius' });
    await radius.focus();
    for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
    // A wider radius covers more land: the change is said after the figures.
    await expect(announcement).toHaveText(
      /^Covered: [\d,]+ people of listed settlements, [\d,]+ km² \((\+[\d,]+ people, )?\+[\d,]+ km²\)$/,
    );
    await expect(page.locator('.analysis-panel')).toHaveAttribute('aria-busy', 'false'); // hook: as waitForAnalysis
    // The last run has landed, so anything said for the earlier presses would be heard by now.
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.filter((text) => text !== '')).toHaveLength(1);
  });
});

test('a press outside the modal export dialog closes it and reaches nothing underneath', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  const dialog = await openExport(page);
  const box = await mapNamed(page, 'Map').boundingBox();
  if (!box) throw new Error('the map is not on screen');
  await page.mouse.click(box.x + 40, box.y + box.height - 80);
  await expect(dialog).toBeHidden();
  await expect(exportButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(profile(page)).toHaveCount(0);
});

// What a screen reader finds in each mode: landmarks, headings and the main controls by name.
// Partial templates (Playwright matches a template's children in order, others may sit between).
test.describe('the accessibility tree at 1920×1080', () => {
  test('explore: skip links, the header, the lists and the named map', async ({ page }) => {
    await openAtlas(page, '?lang=en');
    await expect(page.locator('body')).toMatchAriaSnapshot(`
      - link "Skip to the map"
      - link "Skip to the lists"
      - banner:
        - heading "Aimak Atlas" [level=1]
        - combobox "Search the map"
        - button "Present"
        - button "Export"
        - button "Keyboard shortcuts"
        - group "Mode":
          - button "Explore" [pressed]
          - button "Analyse"
          - button "Invest"
        - group "Language":
          - button "Кыргызча"
          - button "Русский"
          - button "English" [pressed]
      - navigation "Places of the Concept":
        - region "Map layers":
          - heading "Map layers" [level=2]
          - checkbox "Regions" [checked]
          - checkbox "Growth nodes" [checked]
          - checkbox "Logistics centres" [checked]
          - checkbox "Economic clusters" [checked]
        - region "Places of the Concept":
          - heading "Places of the Concept" [level=2]
          - tablist "Places of the Concept":
            - tab "Growth nodes" [selected]
            - tab "Logistics"
            - tab "Clusters"
            - tab "Regions"
          - tabpanel "Growth nodes":
            - list:
              - listitem:
                - button "Bishkek Bishkek city"
        - region "My slides":
          - heading "My slides" [level=2]
      - main:
        - region "Map"
        - button "Zoom in"
        - button "Zoom out"
    `);
  });

  test('analyse: the analysis heading, its method, its sliders by name and the results', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    await openAnalysis(page);
    await expect(page.locator('body')).toMatchAriaSnapshot(`
      - banner:
        - group "Mode":
          - button "Explore"
          - button "Analyse" [pressed]
          - button "Invest"
      - navigation "Catchments and zones":
        - region "Scenario":
          - heading "Scenario" [level=2]
          - textbox "Name"
        - region "Growth nodes of this scenario":
          - heading "Growth nodes of this scenario" [level=2]
          - button "+ Add a candidate growth node"
          - table "Growth nodes of this scenario"
        - region "Catchments and zones":
          - heading "Catchments and zones" [level=2]
          - group "Catchment method":
            - radio "Radius" [checked]
            - radio "Nearest growth node"
            - radio "Radius ∩ nearest"
          - slider "Catchment radius"
          - 'group "Influence zone depth: your parameter (§5.4 sets none)"':
            - slider "Uzbekistan influence zone"
            - slider "Tajikistan influence zone"
            - slider "Kazakhstan influence zone"
            - slider "China's neighbourhood — to be taken into account"
          - 'slider "Border band depth: your parameter (§6.2 sets none)"'
          - group "Result layers":
            - checkbox "Catchment areas" [checked]
          - term: Covered
          - term: Population of listed towns covered
          - region "Population base":
            - heading "Population base" [level=3]
            - paragraph: /Open data. 143 listed settlements/
            - group "The table":
              - radio "replaces the listed settlements" [checked]
              - radio "extends the listed settlements"
            - button "Use a settlement table…"
          - region "Statistics":
            - heading "Statistics" [level=3]
            - table "Growth nodes"
        - region "Location planning":
          - heading "Location planning" [level=2]
        - region "Compare scenarios":
          - heading "Compare scenarios" [level=2]
      - main:
        - region "Map"
    `);
  });

  test('explore: the profile of a city abroad, its kind, country, population and location', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    await searchFor(page, 'Tashkent');
    await page.keyboard.press('Enter');
    await expect(profile(page)).toHaveAttribute('data-kind', 'foreignCity');
    await expect(page.locator('body')).toMatchAriaSnapshot(`
      - complementary "Tashkent":
        - paragraph: City abroad
        - heading "Tashkent" [level=3]
        - button "Close"
        - heading /^Country/ [level=4]
        - paragraph: Uzbekistan
        - heading /^Population/ [level=4]
        - paragraph: 1,978,028
        - heading /^Location/ [level=4]
    `);
  });

  test('invest: the finder, its results, the indicators and the open profile', async ({ page }) => {
    await openAtlas(page, '?lang=en&cluster=agro-industrial&zone=band');
    await chooseFinderResult(page, 'Uzgen');
    await expect(profile(page)).toBeVisible();
    await expect(page.locator('body')).toMatchAriaSnapshot(`
      - banner:
        - group "Mode":
          - button "Invest" [pressed]
      - navigation "Find priority territories":
        - region "Find priority territories":
          - heading "Find priority territories" [level=2]
          - group:
            - group "Economic cluster (§5.3)":
              - checkbox "Agro-industrial" [checked]
          - group:
            - group "Cross-border zone or border band":
              - checkbox "Border band (§6.2)" [checked]
          - button "Clear filters"
          - region "Results":
            - heading "Results" [level=3]
            - status: /^Found. \\d+ growth nodes and \\d+ regions$/
            - list:
              - listitem:
                - button /Growth node · /
        - region "Indicators on the map":
          - heading "Indicators on the map" [level=2]
          - combobox "Indicator"
      - main:
        - region "Map"
      - complementary "Uzgen":
        - heading "Uzgen" [level=3]
        - button "Close"
    `);
  });

  test('present: the slide, its key and the clicker buttons by name', async ({ page }) => {
    await openAtlas(page, '?lang=en');
    await page.keyboard.press('p');
    await waitForSlideKey(page);
    await expect(page.locator('body')).toMatchAriaSnapshot(`
      - link "Skip to the map"
      - main:
        - region "Map"
      - region "Presentation":
        - heading "Where industry is concentrated" [level=2]
        - figure "Share of national industrial output, 2015"
        - navigation "Slide controls":
          - button "Previous" [disabled]
          - text: Slide 1 of 10
          - button "Next"
          - button "Presenter view (N)"
          - button "Leave the presentation (Esc)"
    `);
  });

  test('the presenter view: headed slides, the notes, the times and the controls by name', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    await page.keyboard.press('p');
    await waitForSlideKey(page);
    const presenter = await openPresenterView(page);
    await expect(presenterView(presenter).notes).toBeVisible();
    // Names with a colon are matched as patterns (a colon would end a YAML key).
    await expect(presenter.locator('body')).toMatchAriaSnapshot(`
      - banner:
        - heading "Presenter view" [level=1]
        - paragraph: Tour of the Concept
        - term: Time
        - definition:
          - time
        - term: Elapsed
        - definition:
          - time
      - main:
        - status: Following the presentation in the atlas window.
        - region /Now. slide 1 of 10/:
          - heading /Now. slide 1 of 10/ [level=2]
          - heading "Where industry is concentrated" [level=3]
          - paragraph
          - paragraph: §2.1
          - region "Speaker notes":
            - heading "Speaker notes" [level=3]
            - paragraph
        - region /Next. slide 2/:
          - heading /Next. slide 2/ [level=2]
          - heading "South and north" [level=3]
          - paragraph
          - paragraph: §2.1
        - navigation "Slide controls":
          - button "Previous" [disabled]
          - text: Go to slide
          - combobox "Go to slide"
          - button "Next"
    `);
  });

  test('the export and shortcuts dialogs: named, headed, their controls named', async ({
    page,
  }) => {
    await openAtlas(page, '?lang=en');
    await openExport(page);
    await expect(page.getByRole('dialog')).toMatchAriaSnapshot(`
      - dialog "Export the map and data":
        - heading "Export the map and data" [level=2]
        - button "Close"
        - group "Map image (PNG)":
          - combobox "Resolution"
          - button "Download PNG"
        - group "Map sheet (PDF)":
          - radiogroup "Paper":
            - radio "A4 landscape" [checked]
            - radio "A3 landscape"
          - button "Download PDF"
        - group "Profile of the selected place (PDF)":
          - paragraph: Select a place on the map or in the lists first.
          - button "Download PDF" [disabled]
        - group "Handout (PDF)":
          - paragraph: /One A4 landscape page per slide/
          - paragraph: /No slides yet/
          - button "Tour of the Concept"
          - button "My slides" [disabled]
        - group "Analysis results"
        - group "Priority territories found"
        - group "Portable atlas (HTML)":
          - paragraph: /carries this scenario, “Scenario 1”\\. About \\d+(\\.\\d)? MB/
          - button "Download the atlas (HTML)"
    `);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Slash');
    await expect(keyboardHelp(page)).toMatchAriaSnapshot(`
      - dialog "Keyboard shortcuts":
        - heading "Keyboard shortcuts" [level=2]
        - button "Close"
        - heading "Anywhere on the page" [level=3]
        - table "Anywhere on the page":
          - rowgroup:
            - row "/ Go to the search"
            - row "? Show this list"
            - row "P Start the tour of the Concept"
            - row "Ctrl + Z Undo the last edit"
            - row "Ctrl + Shift + Z or Ctrl + Y Redo"
        - heading "The map, when it has the focus" [level=3]
        - table "The map, when it has the focus":
          - rowgroup:
            - row "← ↑ → ↓ Pan the map"
            - row "+ or = Zoom in one level (with Shift, two)"
            - row "− Zoom out one level (with Shift, two)"
            - row "Shift + ← or Shift + → Rotate the map by 15°"
            - row "Shift + ↑ or Shift + ↓ Tilt the map by 10°"
        - heading "Moving a growth node" [level=3]
        - table "Moving a growth node":
          - rowgroup:
            - row "← ↑ → ↓ Move the node 1 km"
            - row "Shift + ← ↑ → ↓ Move the node 10 km"
            - row "Enter Keep the new position"
            - row "Esc Put the node back where it was"
        - heading "Placing a candidate at the cross-hair" [level=3]
        - table "Placing a candidate at the cross-hair":
          - rowgroup:
            - row "← ↑ → ↓ Move the map under the cross-hair"
            - row "Enter Add a candidate at the cross-hair"
        - heading "Presenting" [level=3]
        - table "Presenting":
          - rowgroup:
            - row "→ or PageDown or Space Next slide"
            - row "← or PageUp or Backspace Previous slide"
            - row "Home or End First or last slide"
            - row "1–9 or 0 Slides 1 to 9; 0 is slide 10"
            - row "N Open the presenter view (a second window with the notes)"
            - row "Esc Leave the presentation and restore the view"
    `);
  });
});
