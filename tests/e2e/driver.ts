// Domain actions and queries for end-to-end tests, so each spec reads as what a user does, not as
// selectors. Queries use roles and accessible names. A few must work in every interface language
// or read an id no user sees (a result's node id, the export buttons): those use the app's class
// or data hooks, each marked `hook:` with the reason. The map canvas is a picture: what it shows
// is read through the read-only probe of src/map/map-controller.ts, never written.
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type {} from '../../src/map/map-controller'; // declares window.__atlasMapProbe
import { type PolicyViolation, PolicyViolations } from './policy-violations';

export { expect };

/**
 * Playwright's `test`, with two additions: every test fails if the app reports a
 * Content-Security-Policy violation (in a page or a worker) that the test did not take with
 * `policyViolations.take()`; and `visitor` is a second person's browser (its own storage) on
 * the same app, watched the same way.
 */
export const test = base.extend<{ policyViolations: PolicyViolations; visitor: Page }>({
  policyViolations: [
    async ({ context }, use) => {
      const violations = new PolicyViolations();
      await violations.watch(context);
      await use(violations);
      const found: PolicyViolation[] = await violations.collected();
      expect(found, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  visitor: async ({ browser, policyViolations }, use) => {
    const context = await browser.newContext();
    await policyViolations.watch(context);
    await use(await context.newPage());
    await policyViolations.collected(); // before the context and its workers are gone
    await context.close();
  },
});

export type Language = 'ky' | 'ru' | 'en';

const MAP_TIMEOUT = 30_000;

const LOCAL = /^(http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:)/;

/** Records every request the page makes that does not go to the local preview server. */
export function watchExternalRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (request) => {
    if (!LOCAL.test(request.url())) external.push(request.url());
  });
  return external;
}

// ---------------------------------------------------------------------------------------------
// The page and the map
// ---------------------------------------------------------------------------------------------

/** Waits until the map has its style, data and first frame (hook: the map view's data-map-ready). */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: MAP_TIMEOUT });
}

/** Opens the app at `/${query}` and waits for the map. */
export async function openAtlas(page: Page, query = ''): Promise<void> {
  await openPage(page, query);
  await waitForMap(page);
}

/** Opens the app at `/${query}` without waiting for the map (for what the page says at once). */
export async function openPage(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
}

/** Reloads the page, as the browser's reload button does, and waits for the map. */
export async function reloadAtlas(page: Page): Promise<void> {
  await page.reload();
  await waitForMap(page);
}

/** Waits until the map has drawn everything asked of it: camera at rest, tiles and labels in. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.__atlasMapProbe?.idle() ?? false), {
      message: 'the map finished drawing',
      timeout: MAP_TIMEOUT,
    })
    .toBe(true);
}

/** The language the interface is in: the page's `lang`. */
export function interfaceLanguage(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

export async function switchLanguage(page: Page, lang: Language): Promise<void> {
  const labels = { ky: 'Кыргызча', ru: 'Русский', en: 'English' };
  await page.getByRole('button', { name: labels[lang] }).click();
  await expect.poll(() => interfaceLanguage(page)).toBe(lang);
}

/** Shows or hides one overlay with its checkbox in the layer panel. */
export async function toggleOverlay(page: Page, title: string): Promise<void> {
  await page.getByRole('checkbox', { name: title, exact: true }).click();
}

export async function chooseFromList(page: Page, tab: string, name: string): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await page.getByRole('tabpanel').getByRole('button', { name }).click();
}

/** The entries of the place list on show (the tab panel's buttons). */
export function placeListItems(page: Page): Locator {
  return page.getByRole('tabpanel').getByRole('button');
}

/** The profile sheet of the selected place (the page's only complementary region). */
export function profile(page: Page): Locator {
  return page.getByRole('complementary');
}

/** The map's attribution line (hook: MapLibre's control has no role or accessible name). */
export function mapAttribution(page: Page): Locator {
  return page.locator('.maplibregl-ctrl-attrib');
}

/** The map's scale bar (hook: MapLibre's control has no role or accessible name). */
export function mapScaleBar(page: Page): Locator {
  return page.locator('.maplibregl-ctrl-scale');
}

/** The map canvas found by the name MapLibre gives it for assistive technology ('Map', 'Карта'). */
export function mapNamed(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

/** A notice the app shows (a status, or an alert for errors) that contains `text`. */
export function notice(page: Page, text: string | RegExp): Locator {
  return page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: text });
}

/** A layout property of a layer in the live map (through the probe in src/map/map-controller.ts). */
export function layoutProperty(
  page: Page,
  layerId: string,
  property: 'visibility' | 'text-field',
): Promise<unknown> {
  return page.evaluate(([id, name]) => window.__atlasMapProbe?.layoutProperty(id, name), [
    layerId,
    property,
  ] as const);
}

/** A paint property of a layer in the live map, as set: a colour, or the expression choosing one. */
export function paintProperty(
  page: Page,
  layerId: string,
  property: 'fill-color' | 'line-color',
): Promise<unknown> {
  return page.evaluate(([id, name]) => window.__atlasMapProbe?.paintProperty(id, name), [
    layerId,
    property,
  ] as const);
}

/** MapLibre reports an unset visibility as undefined: that means visible. */
export async function layerVisibility(page: Page, layerId: string): Promise<string> {
  return String((await layoutProperty(page, layerId, 'visibility')) ?? 'visible');
}

export function mapCenter(page: Page): Promise<[number, number] | undefined> {
  return page.evaluate(() => window.__atlasMapProbe?.center());
}

/** The map canvas (hook: found by its class, whatever the language of its accessible name). */
function mapCanvas(page: Page): Locator {
  return page.locator('.maplibregl-canvas');
}

/** Where a coordinate is drawn on the page, in page pixels. */
async function pagePointOf(page: Page, [lon, lat]: [number, number]): Promise<[number, number]> {
  const point = await page.evaluate(([x, y]) => window.__atlasMapProbe?.project(x, y), [
    lon,
    lat,
  ] as const);
  const box = await mapCanvas(page).boundingBox();
  if (!point || !box) throw new Error('the map is not ready');
  return [box.x + point[0], box.y + point[1]];
}

/** Clicks the map canvas where the given coordinate is drawn. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const [x, y] = await pagePointOf(page, [lon, lat]);
  await page.mouse.click(x, y);
}

/** Clicks an empty corner of the map, so the keyboard focus leaves the side panel. */
export async function clickMapCorner(page: Page): Promise<void> {
  await mapCanvas(page).click({ position: { x: 5, y: 5 } });
}

/** Saves a screenshot (artifacts/screenshots, kept across runs) once the map has finished drawing. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await waitForMapIdle(page);
  await page.screenshot({ path: `artifacts/screenshots/${name}.png` });
}

export function layerFilter(page: Page, layerId: string): Promise<unknown> {
  return page.evaluate((id) => window.__atlasMapProbe?.filter(id), layerId);
}

export function renderedIds(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate((id) => window.__atlasMapProbe?.renderedIds(id) ?? [], layerId);
}

/** Drags a growth node on the map by a pixel offset, as a mouse would. */
export async function dragNodeBy(
  page: Page,
  at: [number, number],
  dx: number,
  dy: number,
): Promise<void> {
  const [x, y] = await pagePointOf(page, at);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(x + (dx * step) / 10, y + (dy * step) / 10);
  }
  await page.mouse.up();
}

type SettlementFile = {
  features: Array<{ properties: { id: string }; geometry: { coordinates: [number, number] } }>;
};

/**
 * A settlement's coordinates from the committed geodata (the tests' independent reference);
 * `file` 'foreign-cities' reads the neighbours' cities instead.
 */
export function settlementAt(
  id: string,
  file: 'settlements' | 'foreign-cities' = 'settlements',
): [number, number] {
  const places = JSON.parse(
    readFileSync(`geodata/settlements/${file}.geojson`, 'utf8'),
  ) as SettlementFile;
  const found = places.features.find((feature) => feature.properties.id === id);
  if (!found) throw new Error(`no place ${id} in ${file}.geojson`);
  return found.geometry.coordinates;
}

/** The distance in degrees from the map's centre to a point (99 while the map is not ready). */
export async function mapDistanceTo(page: Page, [lon, lat]: [number, number]): Promise<number> {
  const center = await mapCenter(page);
  return center ? Math.hypot(center[0] - lon, center[1] - lat) : 99;
}

/** Opens the phone layout's side sheet with its ☰ button (named in any interface language). */
export async function showPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Show panel|Показать панель|Панелди көрсөтүү/ }).click();
}

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

/** The search's accessible name in each interface language. */
const SEARCH_NAME = /^(Search the map|Поиск по карте|Картадан издөө)$/;

/** The header's place search: its combobox and the options it lists. */
export function searchBox(page: Page) {
  return {
    input: page.getByRole('combobox', { name: SEARCH_NAME }),
    options: page.getByRole('listbox', { name: SEARCH_NAME }).getByRole('option'),
  };
}

/** Focuses the search with its `/` shortcut, as a keyboard user would, types, waits for the list. */
export async function searchFor(page: Page, text: string): Promise<void> {
  const { input, options } = searchBox(page);
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await page.keyboard.type(text);
  await expect(options.first()).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------------------------

/**
 * The statistics table on show (hook: the section is found by its class because specs use it in
 * several interface languages; the table inside by its role).
 */
function statsTable(page: Page): Locator {
  return page.locator('.analysis-stats').getByRole('table');
}

/** The data rows of the statistics table on show, in their displayed order. */
export function statsRows(page: Page): Locator {
  return statsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

/**
 * The statistics row of one node, zone or region: the row whose first cell starts with its name
 * (a tag such as "moved" may follow the name in the same cell).
 */
export function statsRow(page: Page, name: string): Locator {
  return statsRows(page).filter({
    has: page.getByRole('cell', { name: new RegExp(`^${escapeRegExp(name)}`) }),
  });
}

/** The text of one cell of a statistics row (0 is the name). */
export function statsCell(row: Locator, column: number): Locator {
  return row.getByRole('cell').nth(column);
}

/** Waits until the analysis has a result: one statistics row per growth node, nothing pending. */
export async function waitForAnalysis(page: Page, nodes = 20): Promise<void> {
  await expect(statsRows(page)).toHaveCount(nodes, { timeout: MAP_TIMEOUT });
  await expect(page.locator('.analysis-panel')).toHaveAttribute('aria-busy', 'false'); // hook: any language
}

/** Opens the analysis (English interface) and waits for its first result. */
export async function openAnalysis(page: Page): Promise<void> {
  await switchMode(page, 'Analyse');
  await waitForAnalysis(page);
}

/** Opens the analysis (English interface) with the keyboard alone and waits for its first result. */
export async function openAnalysisByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Analyse', exact: true }).press('Enter');
  await waitForAnalysis(page);
}

/** Shows one statistics table: 'Growth nodes', 'Zones', 'Regions' or 'Border band'. */
export async function showStatistics(page: Page, table: string): Promise<void> {
  await page
    .getByRole('group', { name: 'Statistics' }) // the table switch, not a column header of the same name
    .getByRole('button', { name: table, exact: true })
    .click();
}

/** The covered area in km², as the analysis summary states it. */
export async function coveredArea(page: Page): Promise<number> {
  const covered = page.getByRole('definition').filter({ hasText: 'km²' }).first();
  return Number((await covered.textContent())?.split(/\s/).slice(1).join('').replace(/\D/g, ''));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------------------------

/** Waits until the stored copy of the scenario and the address bar match the screen (autosave done). */
export async function waitUntilSaved(page: Page): Promise<void> {
  // hook: the scenario panel's data-save-state, set by src/state/scenario-session.ts.
  await expect(page.locator('.scenario-panel')).toHaveAttribute('data-save-state', 'saved');
}

/** The names in the scenario panel's list of saved scenarios, in its order. */
export function savedScenarioNames(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Saved scenarios' })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((item) => item.firstElementChild?.textContent ?? ''));
}

/** The node editor's row of one node (its name is the first thing in the row). */
export function nodeEditorRow(page: Page, name: string): Locator {
  return page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Stage' }) })
    .getByRole('row')
    .filter({ hasText: new RegExp(`^${escapeRegExp(name)}`) });
}

/** Adds a candidate growth node (Analyse, English interface) where the planner clicks, named `name`. */
export async function addCandidateNode(
  page: Page,
  name: string,
  [lon, lat]: [number, number],
): Promise<void> {
  await page.getByRole('button', { name: /Add a candidate growth node/ }).click();
  await clickMapAt(page, lon, lat);
  await page.getByLabel('Name of the new growth node').fill(name);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
}

// Adding a candidate without the map (English interface, keyboard only): the node editor's tool
// offers a settlement search, typed coordinates and a cross-hair, then the naming step.

/** Opens the "+ Add a candidate growth node" tool with the keyboard. */
export async function openCandidateToolByKeyboard(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /Add a candidate growth node/ });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

/** Types `query` in "At a settlement", moves to `settlement` with ↓ and takes it with Enter. */
export async function chooseCandidateSettlement(
  page: Page,
  query: string,
  settlement: string,
): Promise<void> {
  await page.getByRole('combobox', { name: 'At a settlement', exact: true }).focus();
  await page.keyboard.type(query);
  const options = page
    .getByRole('listbox', { name: 'At a settlement', exact: true })
    .getByRole('option');
  await expect(options.first()).toBeVisible();
  const names = await options.evaluateAll((found) =>
    found.map((option) => option.firstElementChild?.textContent ?? ''),
  );
  const index = names.indexOf(settlement);
  if (index < 0) throw new Error(`"${settlement}" is not among the options: ${names.join(', ')}`);
  for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
}

/** Types a latitude and a longitude in "At coordinates" (Tab between them) and presses Enter. */
export async function typeCandidateCoordinates(
  page: Page,
  latitude: string,
  longitude: string,
): Promise<void> {
  await page.getByRole('textbox', { name: 'Latitude', exact: true }).focus();
  await page.keyboard.type(latitude);
  await page.keyboard.press('Tab');
  await page.keyboard.type(longitude);
  await page.keyboard.press('Enter');
}

/** The naming step's field, which takes the focus once a point is chosen. */
export function candidateNameField(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Name of the new growth node', exact: true });
}

/** Names the chosen point (or keeps the name it suggests) and adds it with Enter. */
export async function nameAndAddCandidate(page: Page, name?: string): Promise<void> {
  const field = candidateNameField(page);
  await expect(field).toBeFocused();
  if (name !== undefined) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(name);
  }
  await page.keyboard.press('Enter');
  await expect(field).toHaveCount(0);
}

/** Presses "Place with the cross-hair" with the keyboard: the map canvas takes the focus. */
export async function startCrosshair(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Place with the cross-hair', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(mapNamed(page, 'Map')).toBeFocused();
}

/**
 * Presses a key of MapLibre's own keyboard handler on the focused map `times` times: an arrow
 * pans 100 px, + or − zooms one level. Each press waits until the map is still, as a press in the
 * middle of an ease starts from where the camera is then and would move less.
 */
export async function pressMapKey(
  page: Page,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | '+' | '-',
  times: number,
): Promise<void> {
  for (let press = 0; press < times; press++) {
    await page.keyboard.press(key);
    await waitForMapIdle(page);
  }
}

/** The map's zoom, from the probe's projection: a degree of longitude is 512 · 2^zoom / 360 px. */
export async function mapZoom(page: Page): Promise<number> {
  const degree = await page.evaluate(() => {
    const probe = window.__atlasMapProbe;
    if (!probe) return 0;
    const [lon, lat] = probe.center();
    return probe.project(lon + 1, lat)[0] - probe.project(lon, lat)[0];
  });
  return Math.log2((degree * 360) / 512);
}

/** The polite live region that says where the cross-hair is once the map stops. */
export function crosshairAnnouncement(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Cross-hair / });
}

/** Why the add-a-candidate tool refused a point (an alert in the node editor). */
export function candidateAlert(page: Page): Locator {
  return nodeEditor(page).getByRole('alert');
}

/** Switches the interface mode: 'Explore', 'Analyse', 'Invest' (English interface). */
export async function switchMode(
  page: Page,
  mode: 'Explore' | 'Analyse' | 'Invest',
): Promise<void> {
  await page.getByRole('button', { name: mode, exact: true }).click();
}

/** Picks a GeoJSON file with the scenario panel's "Import GeoJSON" button. */
export async function importScenarioFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await page.getByLabel('Import GeoJSON').setInputFiles(file);
}

/** Compares the open scenario with a saved one, by name, and returns the comparison table. */
export async function compareWith(page: Page, name: string): Promise<Locator> {
  const panel = page.getByRole('region', { name: 'Compare scenarios' });
  await panel.getByRole('combobox', { name: 'with' }).selectOption({ label: name });
  await panel.getByRole('button', { name: 'Compare', exact: true }).click();
  return panel;
}

// ---------------------------------------------------------------------------------------------
// Location planning (analysis mode)
// ---------------------------------------------------------------------------------------------

/** A planning solve on this shared, slow machine: HiGHS in a worker, after its WebAssembly loads. */
const SOLVE_TIMEOUT = 90_000;

/** The planning panel's title in each interface language (a region named by its heading). */
const PLANNING_TITLE = /^(Location planning|Планирование размещения|Жайгаштырууну пландоо)$/;

/** The "Suggest stages" button's name in each interface language. */
const SUGGEST_STAGES = /^(Suggest stages|Предложить этапы|Этаптарды сунуштоо)$/;

/** The three questions of the planning panel (English interface). */
export type PlanningQuestion =
  | 'Which towns first?'
  | 'Where is a node missing?'
  | 'Who is pulled abroad?';

/** The location-planning panel of analysis mode, in any interface language. */
export function planningPanel(page: Page): Locator {
  return page.getByRole('region', { name: PLANNING_TITLE });
}

/** The node editor of analysis mode (English interface): its stage counts, table and Undo. */
function nodeEditor(page: Page): Locator {
  return page.getByRole('region', { name: 'Growth nodes of this scenario' });
}

/** Opens one of the planning panel's questions (analysis open, English interface). */
export async function openPlanning(page: Page, question: PlanningQuestion): Promise<void> {
  await planningPanel(page)
    .getByRole('group', { name: 'Question', exact: true })
    .getByRole('radio', { name: question, exact: true })
    .check();
}

/** "Solving… 1.2 s" of a planning request under way, inside `where`. */
export function planningSolving(where: Locator): Locator {
  return where.getByText(/^(Solving…|Решается…|Чечилүүдө…)/);
}

/** The planning panel's own "Suggest stages" button (the node editor has another). */
export function suggestStagesButton(page: Page): Locator {
  return planningPanel(page).getByRole('button', { name: SUGGEST_STAGES });
}

/** Waits until the staging request has its answer or its refusal (the button is usable again). */
export async function waitForStages(page: Page): Promise<void> {
  await expect(suggestStagesButton(page)).toBeEnabled({ timeout: SOLVE_TIMEOUT });
}

/** Presses the planning panel's "Suggest stages" (any language) and waits for the solver. */
export async function suggestStages(page: Page): Promise<void> {
  await suggestStagesButton(page).click();
  await waitForStages(page);
}

/** One stage of the suggested staging: its heading, its towns and what the solver proved. */
export function suggestedStageEntry(page: Page, stage: number): Locator {
  return planningPanel(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Stage ${stage}`, exact: true }) });
}

/** The towns of one suggested stage, in their listed order (each entry's name, not its gain). */
export async function suggestedStage(page: Page, stage: number): Promise<string[]> {
  const towns = suggestedStageEntry(page, stage).getByRole('list').getByRole('listitem');
  await expect(towns.first()).toBeVisible();
  return towns.evaluateAll((items) =>
    items.map((item) => item.firstElementChild?.textContent?.trim() ?? ''),
  );
}

/** The "People covered" cell of one row of the staging comparison ('Stage 3', 'Fixed nodes only'). */
export function comparedPeople(page: Page, row: string): Locator {
  return planningPanel(page)
    .getByRole('table', { name: /^Suggested staging/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell')
    .first();
}

/** Applies the suggested staging to the scenario (one undo step). */
export async function applySuggestedStages(page: Page): Promise<void> {
  await planningPanel(page)
    .getByRole('button', { name: 'Apply these stages', exact: true })
    .click();
}

/** The node editor's count of one stage: "Stage 1: 6 growth nodes" (English interface). */
export function stageCount(page: Page, stage: number): Locator {
  return nodeEditor(page)
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^Stage ${stage}:`) });
}

/** Undoes the last edit of the scenario with the node editor's Undo button. */
export async function undoEdit(page: Page): Promise<void> {
  await nodeEditor(page).getByRole('button', { name: 'Undo' }).click();
}

// ---------------------------------------------------------------------------------------------
// Moving a growth node without dragging (English interface, keyboard only)
// ---------------------------------------------------------------------------------------------

/** The node editor's "Move <node>" button. */
export function moveNodeButton(page: Page, name: string): Locator {
  return nodeEditor(page).getByRole('button', { name: `Move ${name}`, exact: true });
}

/** The node editor's Undo button (disabled while there is nothing to undo). */
export function undoButton(page: Page): Locator {
  return nodeEditor(page).getByRole('button', { name: /Undo$/ });
}

/** The move panel over the map while `name` is being moved. */
function moveNodePanel(page: Page, name: string): Locator {
  return page.getByRole('region', { name: `Moving ${name}`, exact: true });
}

/**
 * Starts moving `name` from its Move button by the keyboard alone: focus, Enter; the panel's
 * arrow-key pad then has the focus.
 */
export async function startMovingByKeyboard(page: Page, name: string): Promise<Locator> {
  await moveNodeButton(page, name).focus();
  await page.keyboard.press('Enter');
  const panel = moveNodePanel(page, name);
  await expect(panel.getByRole('application')).toBeFocused();
  return panel;
}

/** The move panel's polite live region (hook: a live region has no name; found by its class). */
export function moveAnnouncement(page: Page): Locator {
  return page.locator('.move-announcement');
}

/** Types a latitude and a longitude into the move panel (focus, select all, type) and presses Enter. */
export async function typeMoveCoordinates(
  page: Page,
  panel: Locator,
  latitude: string,
  longitude: string,
): Promise<void> {
  for (const [label, text] of [
    ['Latitude', latitude],
    ['Longitude', longitude],
  ] as const) {
    await panel.getByLabel(label).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Enter');
}

/**
 * Where node `name` is in the scenario, as its move panel's coordinate fields give it: opens the
 * panel by the keyboard, reads the fields, and puts it back with Escape (nothing changes).
 */
export async function nodePositionByKeyboard(page: Page, name: string): Promise<[number, number]> {
  const panel = await startMovingByKeyboard(page, name);
  const latitude = Number(await panel.getByLabel('Latitude').inputValue());
  const longitude = Number(await panel.getByLabel('Longitude').inputValue());
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  return [longitude, latitude];
}

/** Pins a node to a stage (1–3), leaves it out ('excluded') or frees it ('') for the staging. */
export async function pinNode(
  page: Page,
  name: string,
  pin: 1 | 2 | 3 | 'excluded' | '',
): Promise<void> {
  const panel = planningPanel(page);
  const select = panel.getByRole('combobox', { name: `Stage for ${name}`, exact: true });
  if (!(await select.isVisible())) {
    await panel.getByText('Pin or leave out nodes', { exact: true }).click(); // its <details>
  }
  await select.selectOption(String(pin));
}

/** Why the planner could not answer, as the planning panel says it (an alert). */
export function planningAlert(page: Page): Locator {
  return planningPanel(page).getByRole('alert');
}

/** The planning panel's polite live region, which announces each new answer once. */
export function planningAnnouncement(page: Page): Locator {
  return planningPanel(page).getByRole('status');
}

/** The node editor's rows of candidate nodes (those tagged "candidate"). */
export function candidateRows(page: Page): Locator {
  return nodeEditor(page)
    .getByRole('row')
    .filter({ has: page.getByText('candidate', { exact: true }) });
}

/** The table of the best single sites for one more node, in rank order. */
function topSitesRows(page: Page): Locator {
  return planningPanel(page)
    .getByRole('table', { name: 'Best single sites' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

/** Waits until the new-site surface has an answer and nothing is being solved for it. */
export async function waitForSiteSurface(page: Page): Promise<void> {
  await expect(topSitesRows(page).first()).toBeVisible({ timeout: SOLVE_TIMEOUT });
  await expect(planningSolving(planningPanel(page))).toHaveCount(0, { timeout: SOLVE_TIMEOUT });
}

/** A best single site as the table lists it: the nearest settlement and the people it adds. */
export type TopSite = { name: string; people: number };

/** The best single sites, in rank order (the cells' first lines: the name, "+N people"). */
export function topSites(page: Page): Promise<TopSite[]> {
  return topSitesRows(page).evaluateAll((rows) =>
    rows.map((row) => {
      const cells = (row as HTMLTableRowElement).cells;
      return {
        name: cells[1]?.firstChild?.textContent?.trim() ?? '',
        people: Number(cells[2]?.firstChild?.textContent?.replace(/\D/g, '') ?? Number.NaN),
      };
    }),
  );
}

/** Presses "Add a candidate at <name>" on one row of the best single sites (1 is the best). */
export async function addTopSiteAsCandidate(page: Page, rank: number): Promise<void> {
  await topSitesRows(page)
    .nth(rank - 1)
    .getByRole('button', { name: /^Add a candidate at / })
    .click();
}

/** Chooses what a new site's gain is measured in: 'People' or 'Area'. */
export async function setSiteObjective(page: Page, objective: 'People' | 'Area'): Promise<void> {
  await planningPanel(page)
    .getByRole('group', { name: 'Gain measured in', exact: true })
    .getByRole('radio', { name: objective, exact: true })
    .check();
}

/** The "Best new sites together" section: its solve button, status, result and proof. */
export function bestSitesSection(page: Page): Locator {
  return planningPanel(page).getByRole('region', { name: 'Best new sites together' });
}

function solveBestSitesButton(page: Page): Locator {
  return bestSitesSection(page).getByRole('button', { name: /^Solve the best \d+ together$/ });
}

/** Presses "Solve the best N together" and returns at once (the solve runs on). */
export async function startBestSites(page: Page): Promise<void> {
  await solveBestSitesButton(page).click();
}

/** Presses "Solve the best N together" and waits for the solver's answer. */
export async function solveBestSites(page: Page): Promise<void> {
  await startBestSites(page);
  await expect(solveBestSitesButton(page)).toBeEnabled({ timeout: SOLVE_TIMEOUT });
}

/** The sites chosen together, one list entry each. */
export function bestSites(page: Page): Locator {
  return bestSitesSection(page).getByRole('list').getByRole('listitem');
}

/** Adds every site chosen together as candidates, with "Add all N as candidates". */
export async function addBestSitesAsCandidates(page: Page): Promise<void> {
  await bestSitesSection(page)
    .getByRole('button', { name: /^Add all \d+ as candidates$/ })
    .click();
}

/** Presses the Cancel shown beside a solve under way inside `where` (the whole panel by default). */
export async function cancelPlanning(page: Page, where = planningPanel(page)): Promise<void> {
  await where.getByRole('button', { name: 'Cancel', exact: true }).click();
}

/** The rows of the pull-from-abroad table, one per region. */
export function regionPullRows(page: Page): Locator {
  return planningPanel(page)
    .getByRole('table', { name: /^Pull from abroad per region/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

/** Waits until the pull abroad has an answer and nothing is being solved for it. */
export async function waitForPull(page: Page): Promise<void> {
  await expect(regionPullRows(page).first()).toBeVisible({ timeout: SOLVE_TIMEOUT });
  await expect(planningSolving(planningPanel(page))).toHaveCount(0, { timeout: SOLVE_TIMEOUT });
}

/** A region's share of pull from abroad as the table states it, in percent (NaN for "—"). */
export async function regionPull(page: Page, region: string): Promise<number> {
  const row = regionPullRows(page).filter({
    has: page.getByRole('rowheader', { name: region, exact: true }),
  });
  const text = (await row.getByRole('cell').first().textContent()) ?? '';
  return text.includes('%') ? Number(text.replace(/[^\d.]/g, '')) : Number.NaN;
}

/** The Huff model's "Distance decay β" slider. */
export function huffBetaSlider(page: Page): Locator {
  return planningPanel(page).getByRole('slider', { name: /^Distance decay β/ });
}

/** Sets β with the slider's arrow keys (steps of 0.1), as a keyboard user would. */
export async function setHuffBeta(page: Page, value: number): Promise<void> {
  const slider = huffBetaSlider(page);
  const steps = Math.round((value - Number(await slider.inputValue())) * 10);
  await slider.focus();
  for (let k = 0; k < Math.abs(steps); k++) {
    await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect(slider).toHaveValue(String(value));
}

/** Presses Tab until `target` has the focus (at most `limit` times); how many presses it took. */
export async function tabUntilFocused(page: Page, target: Locator, limit = 20): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`${limit} presses of Tab did not reach ${target}`);
}

// ---------------------------------------------------------------------------------------------
// Presenting
// ---------------------------------------------------------------------------------------------

/**
 * The presentation on screen: the region itself, its caption and its progress ("Slide 3 of 10").
 * hook: the caption and progress have no role of their own; specs present in all languages.
 */
export function presentation(page: Page) {
  const region = page.locator('.presentation');
  return {
    region,
    caption: region.locator('.presentation-caption'),
    progress: region.locator('.presentation-progress'),
    legend: region.getByRole('figure'),
    /** The compact key of an analysis slide (hook: its name differs per language). */
    analysisKey: region.locator('.slide-key'),
  };
}

/**
 * Waits for a presentation's first slide. Presenting hides the header, so the map's canvas grows:
 * software WebGL (CI has no GPU) takes seconds to resize it.
 */
export async function waitForPresentation(page: Page): Promise<void> {
  await expect(presentation(page).region).toBeVisible({ timeout: MAP_TIMEOUT });
}

/** Starts the tour with P, as a presenter does, and waits for its first slide. */
export async function startTour(page: Page): Promise<void> {
  await page.keyboard.press('p');
  await waitForPresentation(page);
}

/** Waits for the slide's choropleth key: its code loads with the first slide that has one. */
export async function waitForSlideKey(page: Page): Promise<void> {
  await expect(presentation(page).legend).toBeVisible({ timeout: MAP_TIMEOUT });
}

/** The id of the slide on screen (hook: data-slide, an id users never see). */
export function slideOnScreen(page: Page): Promise<string | null> {
  return presentation(page).region.getAttribute('data-slide');
}

/** The app's header (hidden while presenting). */
export function appHeader(page: Page): Locator {
  return page.getByRole('banner');
}

/** The caption field of one of "My slides", in one language (1 is the first slide). */
export function slideCaptionField(page: Page, slide: number, lang: 'EN' | 'RU' | 'KY'): Locator {
  return page.getByRole('group', { name: `${slide}. Caption` }).getByLabel(lang);
}

/** The notes field of one of "My slides", in one language (1 is the first slide). */
export function slideNotesField(page: Page, slide: number, lang: 'EN' | 'RU' | 'KY'): Locator {
  return page.getByRole('group', { name: `${slide}. Speaker notes` }).getByLabel(lang);
}

/**
 * Opens the presenter view from the presentation's controls (its button, named in any of the
 * three languages) and returns its window once its page has loaded.
 */
export async function openPresenterView(page: Page): Promise<Page> {
  const opened = page.context().waitForEvent('page');
  await presentation(page)
    .region.getByRole('button', { name: /Presenter view|Режим докладчика|Баяндамачынын/ })
    .click();
  const presenter = await opened;
  await presenter.waitForLoadState('domcontentloaded');
  return presenter;
}

/** Opens a presenter view directly at `/?presenter…`, as a presenter might from a bookmark. */
export async function openPresenterPage(page: Page, query = ''): Promise<void> {
  await page.goto(`/?presenter${query}`);
}

/** The parts of the presenter view (hook: its classes, the same in every language). */
export function presenterView(page: Page) {
  const current = page.locator('.presenter-current');
  const next = page.locator('.presenter-next');
  return {
    status: page.getByRole('status'),
    current,
    currentTitle: current.locator('.presenter-slide-title'),
    currentCaption: current.locator('.presenter-caption'),
    currentSource: current.locator('.presenter-source'),
    notes: page.locator('.presenter-notes'),
    next,
    nextTitle: next.locator('.presenter-slide-title'),
    nextCaption: next.locator('.presenter-caption'),
    clock: page.locator('.presenter-clock'),
    elapsed: page.locator('.presenter-elapsed'),
  };
}

/** The id of the slide the presenter view shows as current (hook: data-slide). */
export function presenterSlideOnScreen(page: Page): Promise<string | null> {
  return presenterView(page)
    .current.getAttribute('data-slide', { timeout: 2000 })
    .catch(() => null);
}

// ---------------------------------------------------------------------------------------------
// Offline
// ---------------------------------------------------------------------------------------------

/** Waits until the service worker is active and controls the page, so a reload works offline. */
export async function waitUntilOfflineReady(page: Page): Promise<void> {
  const active = await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
      ]),
    MAP_TIMEOUT,
  );
  expect(active, 'a service worker is active (main.tsx calls registerOffline())').toBe(true);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  try {
    await expect.poll(controlled, { timeout: 5_000 }).toBe(true);
  } catch {
    // The first visit's page may stay uncontrolled until it is reloaded once.
    await reloadAtlas(page);
    await expect.poll(controlled, { timeout: MAP_TIMEOUT }).toBe(true);
  }
}

/** URLs in the precache, as the app requests them (Workbox adds __WB_REVISION__ to some keys). */
export function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        url.searchParams.delete('__WB_REVISION__');
        urls.push(url.href);
      }
    }
    return urls;
  });
}

/** The URLs among `urls` that the page cannot fetch now. */
export function unfetchable(page: Page, urls: string[]): Promise<string[]> {
  return page.evaluate(async (all) => {
    const missing: string[] = [];
    for (const url of all) {
      const response = await fetch(url).catch(() => undefined);
      if (!response?.ok) missing.push(url);
    }
    return missing;
  }, urls);
}

// ---------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------

/** A file the app saved: the name it suggested and its bytes. */
export type SavedFile = { name: string; bytes: Buffer };

/** The header's Export button (hook: its name changes with the interface language). */
export function exportButton(page: Page): Locator {
  return page.locator('.export-button');
}

/**
 * One of the Export dialog's buttons. hook: data-export, because the dialog is used in all three
 * languages and the buttons' names change with them.
 */
export function exportAction(page: Page, action: string): Locator {
  return page.getByRole('dialog').locator(`[data-export="${action}"]`);
}

/** Opens the header's Export dialog (unless it is open) and returns it. */
export async function openExport(page: Page): Promise<Locator> {
  const dialog = page.getByRole('dialog');
  if (!(await dialog.isVisible())) await exportButton(page).click();
  await expect(exportAction(page, 'png')).toBeVisible();
  return dialog;
}

/** Presses one of the Export dialog's buttons and waits for the file it saves. */
async function saveFrom(page: Page, action: string, timeout = 240_000): Promise<SavedFile> {
  const [download] = await Promise.all([
    // A 300 dpi A3 sheet is a 4960 × 3508 px map drawn by software WebGL: minutes on a busy machine.
    page.waitForEvent('download', { timeout }),
    exportAction(page, action).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Exports the map: a PNG at a resolution preset (e.g. 'a4-300') or a PDF sheet on A4 or A3. */
export async function exportMap(
  page: Page,
  options: { png: string } | { pdf: 'a4' | 'a3' },
): Promise<SavedFile> {
  const dialog = await openExport(page);
  if ('png' in options) {
    await dialog.getByRole('combobox').selectOption(options.png);
    return saveFrom(page, 'png');
  }
  // hook: the paper radios by value (A4 / A3), whatever the interface language.
  await dialog.getByRole('radiogroup').locator(`input[value="${options.pdf}"]`).check();
  return saveFrom(page, 'map-pdf');
}

/** Exports the profile of the place selected now as a one-page PDF. */
export async function exportProfile(page: Page): Promise<SavedFile> {
  await openExport(page);
  return saveFrom(page, 'profile-pdf');
}

/** Exports the current analysis result as the catchments CSV, the result GeoJSON or GeoPackage. */
export async function exportAnalysis(
  page: Page,
  format: 'csv' | 'geojson' | 'gpkg',
): Promise<SavedFile> {
  await openExport(page);
  return saveFrom(page, format);
}

/** The same from the keyboard: Tab to the format's button in the open dialog, then Enter. */
export async function exportAnalysisByKeyboard(
  page: Page,
  format: 'csv' | 'geojson' | 'gpkg',
): Promise<SavedFile> {
  await openExport(page);
  await tabUntilFocused(page, exportAction(page, format), 40);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/**
 * Exports the handout of the built-in tour or of "My slides" (one PDF page per slide); the
 * dialog says which slide is on the map meanwhile (hook: the button's data-export).
 */
export async function exportHandout(page: Page, deck: 'tour' | 'slides'): Promise<SavedFile> {
  await openExport(page);
  // Ten slides, each walked on the map and drawn again by software WebGL at 200 dpi.
  return saveFrom(page, `handout-${deck}`, 480_000);
}

/** The handout's progress while it is being written: "Slide 3 of 10". */
export function handoutProgress(page: Page): Locator {
  return page.getByRole('dialog').getByRole('progressbar');
}

/** Exports the finder's results (investor view) as CSV or GeoJSON. */
export async function exportFinderResults(
  page: Page,
  format: 'csv' | 'geojson',
): Promise<SavedFile> {
  await openExport(page);
  return saveFrom(page, `finder-${format}`);
}

// ---------------------------------------------------------------------------------------------
// Investors
// ---------------------------------------------------------------------------------------------

/** Opens the investor view (finder and indicators) in English. */
export async function openInvestorView(page: Page): Promise<void> {
  await switchMode(page, 'Invest');
  await expect(page.getByRole('region', { name: 'Find priority territories' })).toBeVisible();
}

/**
 * One finder filter group. hook: a <details> group has no accessible name, so it is found by
 * its class and the text of its summary.
 */
function finderFilterGroup(page: Page, group: string): Locator {
  return page.locator('.filter-group', { hasText: group });
}

/** One option (checkbox) of a finder filter group. */
export function finderFilter(page: Page, group: string, option: string): Locator {
  return finderFilterGroup(page, group).getByLabel(option, { exact: true });
}

/** Ticks one finder checkbox in its (possibly folded) group. */
export async function tickFinderFilter(page: Page, group: string, option: string): Promise<void> {
  const details = finderFilterGroup(page, group);
  if ((await details.getAttribute('open')) === null) await details.getByText(group).first().click();
  await finderFilter(page, group, option).check();
}

/**
 * The finder's result items, in rank order (hook: the result list by its class, since specs read
 * it in several languages; the items are the list's entries that hold a button).
 */
export function finderResultItems(page: Page): Locator {
  return page
    .locator('.finder-list')
    .getByRole('listitem')
    .filter({ has: page.getByRole('button') });
}

/** The finder's result that names `name`. */
export function finderResult(page: Page, name: string): Locator {
  return finderResultItems(page).filter({
    has: page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) }),
  });
}

/** Chooses a finder result, which flies the map there and opens its profile. */
export async function chooseFinderResult(page: Page, name: string): Promise<void> {
  await finderResult(page, name).getByRole('button').first().click();
}

/** The finder's results as "node:id" / "region:id", in rank order (hook: ids no user sees). */
export function finderResults(page: Page): Promise<string[]> {
  return finderResultItems(page).evaluateAll((items) =>
    items.map((item) => `${item.getAttribute('data-kind')}:${item.getAttribute('data-id')}`),
  );
}

/** Shows an indicator on the map: 'grp', 'average-wage' … (hook: its select, in any language). */
export async function showIndicator(page: Page, measure: string): Promise<void> {
  await page.locator('.indicator-panel').getByRole('combobox').first().selectOption(measure);
}

/** The indicator choropleth's legend (a figure named by its title) in the side panel. */
export function indicatorLegend(page: Page): Locator {
  return page.locator('.indicator-panel').getByRole('figure'); // hook: any interface language
}

/** The class limits the indicator legend lists, e.g. "50,000 – 100,000". */
export async function legendClassLabels(page: Page): Promise<string[]> {
  const items = indicatorLegend(page).getByRole('listitem');
  // Each entry reads swatch, limits, then (in the side panel) a count: the limits are its 2nd part.
  return items.evaluateAll((entries) =>
    entries.map((entry) => entry.children[1]?.textContent?.trim() ?? ''),
  );
}

/** The indicator's table of values: its rows, one per region with a value. */
export function indicatorTableRows(page: Page): Locator {
  return page
    .locator('.indicator-panel') // hook: any interface language
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

/** The investor facts of the open profile (a region named "For investors"). */
export function investorFacts(page: Page): Locator {
  return profile(page).getByRole('region', { name: 'For investors' });
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

/**
 * axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now; with
 * `{ anyImpact: true }`, the minor and moderate ones too.
 */
export async function accessibilityViolations(
  page: Page,
  { anyImpact = false }: { anyImpact?: boolean } = {},
): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // The map canvas is a picture drawn by WebGL; its content is offered as lists and tables.
    .exclude('.maplibregl-canvas')
    .analyze();
  return results.violations
    .filter(
      (violation) => anyImpact || violation.impact === 'serious' || violation.impact === 'critical',
    )
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

/** The WCAG 2.2 A and AA tags axe-core knows; `wcag22aa` brings its `target-size` rule (24 px). */
const WCAG22_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 A/AA audit of the page as it is now, the map canvas included: every
 * violation of any impact, and the ids of the rules that ran (to show `target-size` did).
 */
export async function wcagAudit(page: Page): Promise<{ violations: string[]; rules: string[] }> {
  const results = await new AxeBuilder({ page }).withTags(WCAG22_TAGS).analyze();
  const rules = [
    ...results.passes,
    ...results.violations,
    ...results.incomplete,
    ...results.inapplicable,
  ].map((rule) => rule.id);
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`.trim())
        .join(' | ')}`,
  );
  return { violations, rules };
}

/**
 * Controls on screen smaller than `min` × `min` CSS px: buttons, links, fields, tabs, summaries.
 * A field inside a label (a checkbox, a radio button, a hidden file input) counts with the label,
 * which takes the same press. Text links inside a sentence are exempt, as WCAG 2.5.8 exempts them.
 * While a modal dialog is open only its controls count: the rest of the page is inert.
 */
export function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((size) => {
    const selector =
      'button, a[href], input, select, textarea, summary, [role="tab"], [role="button"], [tabindex="0"]:not(tr)';
    const small: string[] = [];
    const scope = document.querySelector('dialog:modal') ?? document;
    for (const element of scope.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('[inert], [aria-hidden="true"]')) continue;
      const target =
        element instanceof HTMLInputElement ? (element.closest('label') ?? element) : element;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      // A skip link waits above the page until it is focused. Anything else counts even when
      // scrolled out of view (the rows further down a panel are pressed too).
      if (element.matches('.skip-link:not(:focus)')) continue;
      const inSentence =
        element instanceof HTMLAnchorElement && getComputedStyle(element).display === 'inline';
      if (inSentence) continue;
      if (box.width < size - 0.5 || box.height < size - 0.5) {
        const name =
          element.getAttribute('aria-label') ?? target.textContent?.trim().slice(0, 30) ?? '';
        small.push(
          `${element.tagName.toLowerCase()}.${element.className} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  }, min);
}

/** One of the skip links at the top of the page, by its name ("Skip to the map"). */
export function skipLink(page: Page, name: string): Locator {
  return page.getByRole('link', { name, exact: true });
}

/** The keyboard shortcuts dialog (named in any interface language). */
export function keyboardHelp(page: Page): Locator {
  return page.getByRole('dialog', {
    name: /^(Keyboard shortcuts|Сочетания клавиш|Баскычтардын айкалыштары)$/,
  });
}

/** The analysis panel's spoken result (hook: a live region has no name; specs use any language). */
export function analysisAnnouncement(page: Page): Locator {
  return page.locator('.coverage-announcement');
}

/** The element that has the keyboard focus, described for a failure message. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40);
    return `${element.tagName.toLowerCase()} "${name}"`;
  });
}

/**
 * Whether the keyboard focus is inside `container` or has left the page for the browser's own
 * controls, as Tab does from a modal dialog's last control before it comes back to its first:
 * never on anything of the page outside it.
 */
export function focusStaysIn(container: Locator): Promise<boolean> {
  return container.evaluate(
    (element) =>
      element.contains(document.activeElement) ||
      document.activeElement === null ||
      document.activeElement === document.body,
  );
}

// ---------------------------------------------------------------------------------------------
// Security
// ---------------------------------------------------------------------------------------------

/** The Content-Security-Policy the built page declares in its <meta> tag. */
export async function declaredPolicy(page: Page): Promise<string | null> {
  return page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content', { timeout: 1_000 });
}

/** Adds an inline <script> to the page, as injected markup would; true if it ran. */
export function injectInlineScript(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const marker = '__inlineScriptRan';
    const script = document.createElement('script');
    script.textContent = `window.${marker} = true;`;
    document.head.append(script);
    script.remove();
    return (window as unknown as Record<string, unknown>)[marker] === true;
  });
}

/** Fetches `url` from the page; true if a response came back. */
export function fetchFromPage(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    (address) =>
      fetch(address).then(
        () => true,
        () => false,
      ),
    url,
  );
}

/** Fetches `url` from inside each of the page's workers; true for each that got a response. */
export function fetchFromWorkers(page: Page, url: string): Promise<boolean[]> {
  return Promise.all(
    page.workers().map((worker) =>
      worker.evaluate(
        (address) =>
          fetch(address).then(
            () => true,
            () => false,
          ),
        url,
      ),
    ),
  );
}

/** Fetches `url` from inside the app's service worker; true if a response came back. */
export function fetchFromServiceWorker(page: Page, url: string): Promise<boolean> {
  const [worker] = page.context().serviceWorkers();
  if (!worker) throw new Error('no service worker is running');
  return worker.evaluate(
    (address) =>
      fetch(address).then(
        () => true,
        () => false,
      ),
    url,
  );
}

/** Refuses, in the browser, every request to another origin: nothing leaves this machine. */
export async function cutOffTheInternet(page: Page): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
}

/** A PNG of one colour (8-bit RGB), as a Terrarium elevation tile of flat ground would be. */
function flatPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(size).fill([r, g, b]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array(size).fill(row)));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Answers the online basemap's requests in the browser with small stand-ins — OpenFreeMap's
 * TileJSON, empty vector tiles, flat Terrarium tiles (0 m: red 128) — and refuses every other
 * foreign request, so nothing leaves this machine. Returns the URLs the app asked for: the browser
 * hands a request to Playwright only after the page's policy has allowed it.
 */
export async function standInForOnlineBasemap(page: Page): Promise<string[]> {
  const requested: string[] = [];
  await cutOffTheInternet(page);
  const terrarium = flatPng(256, [128, 0, 0]);
  await page.route(/^https:\/\/s3\.amazonaws\.com\/elevation-tiles-prod\//, (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: terrarium });
  });
  await page.route(/^https:\/\/tiles\.openfreemap\.org\//, (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url.endsWith('.pbf')) {
      return route.fulfill({ contentType: 'application/x-protobuf', body: Buffer.alloc(0) });
    }
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        tilejson: '3.0.0',
        tiles: ['https://tiles.openfreemap.org/planet/stand-in/{z}/{x}/{y}.pbf'],
        minzoom: 0,
        maxzoom: 14,
        vector_layers: [
          { id: 'water', fields: {} },
          { id: 'transportation', fields: { class: 'String' } },
        ],
      }),
    });
  });
  return requested;
}

/** Turns the optional online basemap on or off with its checkbox in the layer panel. */
export function onlineBasemapToggle(page: Page): Locator {
  return page.getByRole('checkbox', { name: /Online basemap/ });
}

// ---------------------------------------------------------------------------------------------
// The user's layers ("Add data…")
// ---------------------------------------------------------------------------------------------

export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/** Adds files through "Add data…" in the layer panel, as the file picker would. */
export async function addDataFiles(page: Page, files: UploadFile[]): Promise<void> {
  await page.getByLabel(/^(Add data…|Добавить данные…|Маалымат кошуу…)$/).setInputFiles(files);
}

/** The entries of the user's layers and tables (hook: the list's direct items, not legend rows). */
/** Waits until the user's layers are saved with the scenario (hook: data-save-state). */
export async function waitUntilUserLayersSaved(page: Page): Promise<void> {
  await expect(page.locator('.user-layers')).toHaveAttribute('data-save-state', 'saved');
}

export function userLayerEntries(page: Page): Locator {
  return page
    .getByRole('list', { name: /^(Your data|Ваши данные|Сиздин маалыматтар)$/ })
    .locator(':scope > li');
}

/** The entry of the layer or table added from `fileName`. */
export function userLayerEntry(page: Page, fileName: string): Locator {
  return userLayerEntries(page).filter({
    has: page.locator('.user-layer-name', { hasText: fileName }),
  });
}

/** The feature or row count an entry states ("3 features", "Table: 2 rows, no coordinates"). */
export function userLayerCount(entry: Locator): Locator {
  return entry.locator('.user-layer-count');
}

/** Each legend row of an entry, as its text ("1 – 3: 3"). */
export function userLayerLegend(entry: Locator): Promise<string[]> {
  return entry.getByRole('listitem').allTextContents();
}

/** Restyles a layer through its style editor: what to draw by, the field and the classes. */
export async function restyleUserLayer(
  entry: Locator,
  style: { draw: string; field?: string; classes?: number; label?: string },
): Promise<void> {
  const details = entry.locator('details');
  if ((await details.getAttribute('open')) === null) await entry.locator('summary').click();
  await entry.getByLabel('Draw', { exact: true }).selectOption({ label: style.draw });
  if (style.field) await entry.getByLabel('Field', { exact: true }).selectOption(style.field);
  if (style.classes) {
    await entry.getByLabel('Number of classes').selectOption(String(style.classes));
  }
  if (style.label) await entry.getByLabel('Labels', { exact: true }).selectOption(style.label);
}

export async function removeUserLayer(entry: Locator): Promise<void> {
  await entry.getByRole('button', { name: /^Remove / }).click();
}

/** The ids of the MapLibre layers that draw the user's layers (through the probe). */
export function userMapLayerIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__atlasMapProbe?.userLayerIds() ?? []);
}

/** Opens a user feature's profile from the "Your data" tab of the accessible lists. */
export async function chooseUserFeatureFromList(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: /^(Your data|Ваши данные|Сиздин маалыматтар)$/ }).click();
  await page.getByRole('tabpanel').getByRole('button', { name }).click();
}

/** The profile of a feature of a user layer (a side sheet). */
export function userFeatureProfile(page: Page): Locator {
  return page.locator('aside.user-feature-profile');
}

/** Each property of the open user feature's profile as [name, value], as text. */
export async function userFeatureProperties(page: Page): Promise<[string, string][]> {
  const rows = userFeatureProfile(page).locator('dl > div');
  const out: [string, string][] = [];
  for (const row of await rows.all()) {
    out.push([
      (await row.locator('dt').textContent()) ?? '',
      (await row.locator('dd').textContent()) ?? '',
    ]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The population base: the user's settlement table
// ---------------------------------------------------------------------------------------------

/** The analysis panel's part naming the population base in use (English interface). */
export function populationBase(page: Page): Locator {
  return page.getByRole('region', { name: 'Population base' });
}

/**
 * Chooses a settlement table through "Use a settlement table…" (the native file chooser), in
 * the mode given (the radio buttons of the panel), and waits for the base to name the file.
 */
export async function chooseSettlementTable(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  mode: 'replaces' | 'extends' = 'replaces',
): Promise<void> {
  const base = populationBase(page);
  await base.getByRole('radio', { name: new RegExp(`^${mode} the listed`) }).check();
  const chooser = page.waitForEvent('filechooser');
  await base.getByRole('button', { name: 'Use a settlement table…' }).click();
  await (await chooser).setFiles(file);
  await expect(base.getByText(`Your table ${file.name}`)).toBeVisible({ timeout: MAP_TIMEOUT });
}

/** Goes back to the listed settlements as the population base. */
export async function backToOpenData(page: Page): Promise<void> {
  await populationBase(page).getByRole('button', { name: 'Back to open data' }).click();
}

/** A number as the statistics write it (thin spaces, commas), as a number. */
export async function numberIn(cell: Locator): Promise<number> {
  return Number((await cell.textContent())?.replace(/\D/g, ''));
}

// ---------------------------------------------------------------------------------------------
// The user's regional table (investor view)
// ---------------------------------------------------------------------------------------------

/** The indicator panel's part for the user's regional table (English interface). */
export function regionalTable(page: Page): Locator {
  return page.getByRole('region', { name: 'Your regional table' });
}

/**
 * Chooses a regional table through "Use a regional table…" (the native file chooser) and waits
 * for the panel to name the file.
 */
export async function chooseRegionalTable(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const section = regionalTable(page);
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Use a regional table…' }).click();
  await (await chooser).setFiles(file);
  await expect(section.getByText(`Your table ${file.name}`)).toBeVisible({ timeout: MAP_TIMEOUT });
}

/** Shows one column of the regional table on the map ('' for the Concept's indicators). */
export async function showRegionalColumn(page: Page, column: string): Promise<void> {
  await regionalTable(page)
    .getByRole('combobox', { name: 'Your column on the map' })
    .selectOption(column);
}

/** Removes the regional table: the Concept's indicators come back. */
export async function removeRegionalTable(page: Page): Promise<void> {
  await regionalTable(page).getByRole('button', { name: 'Remove the table' }).click();
}

/** Opens the forecast vs actual table of the shown column and returns it. */
export async function showForecastVsActual(page: Page): Promise<Locator> {
  await regionalTable(page).getByRole('checkbox', { name: 'Forecast vs actual' }).check();
  return regionalTable(page).getByRole('table', { name: /^Forecast vs actual/ });
}

/**
 * The colour the map fills each region with now, as CSS writes it ("rgb(…)"), by region id
 * (hook: the features MapLibre draws in view, through the map probe).
 */
export async function renderedRegionColours(page: Page): Promise<Record<string, string>> {
  const features = await page.evaluate(
    () => window.__atlasMapProbe?.renderedUserFeatures('indicator-fill') ?? [],
  );
  const rgb = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
  };
  return Object.fromEntries(features.map((f) => [String(f.id), rgb(String(f.colour))]));
}

/** Each class swatch colour of the indicator legend, low to high, as CSS computes it. */
export function legendSwatchColours(page: Page): Promise<string[]> {
  return indicatorLegend(page)
    .locator('.legend-swatch') // hook: the swatches are decoration, not in the accessibility tree
    .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
}
