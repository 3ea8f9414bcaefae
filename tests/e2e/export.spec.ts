// End-to-end: every export saves a file that is what it says — checked by reading the file back.
import { readFileSync } from 'node:fs';
import { check as checkGeojson } from '@placemarkio/check-geojson';
import type { Geometry } from 'geojson';
import Papa from 'papaparse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadGeos } from '../../src/analysis/geos';
import {
  chooseFromList,
  expect,
  exportAction,
  exportAnalysis,
  exportButton,
  exportHandout,
  exportMap,
  exportProfile,
  handoutProgress,
  legendClassLabels,
  mapCenter,
  notice,
  openAnalysis,
  openAtlas,
  openExport,
  openInvestorView,
  profile,
  showIndicator,
  slideCaptionField,
  switchLanguage,
  switchMode,
  test,
  watchExternalRequests,
} from './driver';

type Chapter = { id: string; caption: { en: string; ru: string }; source: string };
const tour = JSON.parse(readFileSync('geodata/concept/tour.json', 'utf8')) as {
  chapters: Chapter[];
};

/** The date part of an export's file name: the local date of the machine running the test. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Text without its spaces and line breaks: pdf.js gives a wrapped line's words back joined. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** Every page of a PDF, parsed by pdf.js: its size in points and its text. */
async function readPdf(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    // Runs in different font subsets are separate items: join them as the line reads.
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    pages.push({ width, height, text });
  }
  return pages;
}

test('the map exports as a PNG of A4 at 300 dpi: 3508 × 2480 pixels', async ({ page }) => {
  test.setTimeout(180_000);
  const external = watchExternalRequests(page);
  await openAtlas(page, '?lang=en');
  const file = await exportMap(page, { png: 'a4-300' });
  expect(file.name).toBe(`aimak-map-${today()}.png`);
  // 297 × 210 mm at 300 dots per 25.4 mm.
  expect(pngSize(file.bytes)).toEqual({ width: 3508, height: 2480 });
  await expect(notice(page, file.name)).toBeVisible();
  expect(external).toEqual([]);
});

test('the map exports as an A3 landscape PDF with its Kyrgyz title', async ({ page }) => {
  test.setTimeout(300_000);
  await openAtlas(page, '?lang=ky');
  const file = await exportMap(page, { pdf: 'a3' });
  expect(file.name).toBe(`aimak-map-a3-${today()}.pdf`);
  const [sheet, ...more] = await readPdf(file.bytes);
  expect(more).toHaveLength(0);
  // 420 × 297 mm in points (1/72 in).
  expect(sheet?.width).toBeCloseTo((420 / 25.4) * 72, 0);
  expect(sheet?.height).toBeCloseTo((297 / 25.4) * 72, 0);
  expect(sheet?.text).toContain('Аймак Атлас');
  expect(sheet?.text).toContain('Шарттуу белгилер'); // the legend's heading
});

test("a growth node's profile exports as a one-page PDF in Russian", async ({ page }) => {
  test.setTimeout(120_000);
  await openAtlas(page, '?lang=ru');
  await chooseFromList(page, 'Точки роста', 'Балыкчы');
  const file = await exportProfile(page);
  expect(file.name).toBe(`aimak-balykchy-${today()}.pdf`);
  const pages = await readPdf(file.bytes);
  expect(pages).toHaveLength(1);
  expect(pages[0]?.text).toContain('Балыкчы');
  expect(pages[0]?.text).toContain('Точка роста'.toLocaleUpperCase('ru'));
});

test('the profile export says why it is unavailable when nothing is selected', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await openExport(page);
  const button = exportAction(page, 'profile-pdf');
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/Select a place/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(exportButton(page)).toBeFocused();
});

test('the catchments table exports as CSV with Kyrgyz headers and one row per node', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  await switchLanguage(page, 'ky');
  const file = await exportAnalysis(page, 'csv');
  expect(file.name).toBe(`aimak-analysis-catchments-${today()}.csv`);
  const text = file.bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff); // Excel reads UTF-8 only after a byte order mark
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header?.slice(0, 2)).toEqual(['Өсүү түйүнүнүн коду', 'Аталышы']);
  expect(rows).toHaveLength(20);
  expect(rows.map((row) => row[1])).toContain('Балыкчы');
});

test('the analysis exports as valid GeoJSON: catchments, zones and the border band', async ({
  page,
}) => {
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  const file = await exportAnalysis(page, 'geojson');
  expect(file.name).toBe(`aimak-analysis-${today()}.geojson`);
  const checked = checkGeojson(file.bytes.toString('utf8'));
  if (checked.type !== 'FeatureCollection') throw new Error(`a ${checked.type}, not a collection`);
  const collection = checked;
  const layers = collection.features.map((feature) => feature.properties?.layer);
  expect(layers.filter((layer) => layer === 'catchment')).toHaveLength(20);
  expect(layers.filter((layer) => layer === 'cross-border-zone')).toHaveLength(4);
  expect(layers).toContain('border-band');
  // GEOS judges each polygon valid (no self-intersecting rings, holes inside shells).
  const kit = await loadGeos();
  for (const feature of collection.features) {
    const geometry = feature.geometry as Geometry;
    expect(['Polygon', 'MultiPolygon']).toContain(geometry.type);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const pointer =
      geometry.type === 'Polygon'
        ? kit.polygon(geometry.coordinates as [number, number][][])
        : kit.multiPolygon(geometry.coordinates as [number, number][][][]);
    expect(kit.invalidReason(pointer), String(feature.properties?.name)).toBeNull();
    kit.destroy(pointer);
  }
});

test("the map PDF's legend gives the indicator choropleth's title, source and class limits", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAtlas(page, '?lang=en');
  await openInvestorView(page);
  await showIndicator(page, 'average-wage');
  const classes = await legendClassLabels(page);
  expect(classes).toHaveLength(4);
  const [sheet] = await readPdf((await exportMap(page, { pdf: 'a4' })).bytes);
  expect(sheet?.text).toContain('Average wage, 2019');
  expect(sheet?.text).toContain('§4, Table 1');
  for (const label of classes) expect(sheet?.text).toContain(label);
});

test("the tour's handout has one A4 landscape page per chapter with its caption and § source", async ({
  page,
}) => {
  test.setTimeout(600_000);
  await openAtlas(page, '?lang=en');
  const file = await exportHandout(page, 'tour');
  expect(file.name).toBe(`aimak-handout-tour-${today()}.pdf`);
  const pages = await readPdf(file.bytes);
  expect(pages).toHaveLength(tour.chapters.length);
  for (const [index, chapter] of tour.chapters.entries()) {
    const sheet = pages[index];
    expect(sheet?.width).toBeCloseTo((297 / 25.4) * 72, 0);
    expect(sheet?.height).toBeCloseTo((210 / 25.4) * 72, 0);
    const text = squeezed(sheet?.text ?? '');
    expect(text, chapter.id).toContain(squeezed(chapter.caption.en.slice(0, 80)));
    expect(text, chapter.id).toContain(squeezed(`Source: Concept, ${chapter.source}`));
    expect(text, chapter.id).toContain(`${index + 1}/${tour.chapters.length}`);
  }
  // The zones chapter prints the key to the zones it shows.
  const zones = tour.chapters.findIndex((chapter) => chapter.id === 'neighbour-zones');
  expect(pages[zones]?.text).toContain('Uzbekistan influence zone');
  await expect(notice(page, file.name)).toBeVisible();
  // The user's view is back: exploring, nothing selected.
  await expect(page.getByRole('button', { name: 'Explore', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
});

test('the handout of two of my slides has their captions in Russian, their keys, and the view back', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openAtlas(page, '?lang=en');
  await openExport(page);
  await expect(exportAction(page, 'handout-slides')).toBeDisabled();
  await expect(exportAction(page, 'handout-slides')).toHaveAccessibleDescription(/No slides yet/);
  await page.keyboard.press('Escape');

  await openAnalysis(page);
  await page.getByRole('button', { name: '+ Add this view as a slide' }).click();
  await slideCaptionField(page, 1, 'RU').fill('Зоны тяготения точек роста');
  await switchMode(page, 'Explore');
  await page.getByRole('button', { name: '+ Add this view as a slide' }).click();
  await slideCaptionField(page, 2, 'RU').fill('Области <b>и</b> города');
  await switchMode(page, 'Analyse');
  await switchLanguage(page, 'ru');

  const file = await exportHandout(page, 'slides');
  expect(file.name).toBe(`aimak-handout-slides-${today()}.pdf`);
  const pages = await readPdf(file.bytes);
  expect(pages).toHaveLength(2);
  expect(pages[0]?.text).toContain('Слайд 1');
  expect(pages[0]?.text).toContain('Зоны тяготения точек роста');
  expect(pages[0]?.text).toContain('Условные обозначения');
  expect(pages[0]?.text).toContain('1 / 2');
  expect(pages[1]?.text).toContain('Слайд 2');
  expect(pages[1]?.text).toContain('Области <b>и</b> города');
  expect(pages[1]?.text).toContain('2 / 2');
  // Still analysing, as before the export.
  await expect(page.getByRole('button', { name: 'Анализ', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test("cancelling the tour's handout halfway saves nothing and leaves the view as it was", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAtlas(page, '?lang=en');
  await openAnalysis(page);
  const center = await mapCenter(page);
  await openExport(page);
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await exportAction(page, 'handout-tour').click();
  await expect(handoutProgress(page)).toHaveAccessibleName('Slide 2 of 10', { timeout: 120_000 });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(notice(page, 'The handout was cancelled; the map is as it was.')).toBeVisible({
    timeout: 120_000,
  });
  await expect(handoutProgress(page)).toHaveCount(0);
  await expect(exportAction(page, 'handout-tour')).toBeFocused();
  expect(downloads).toBe(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Analyse', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(profile(page)).toHaveCount(0);
  // The first chapter highlights Chui Region: the camera stayed where the user had it all along.
  expect(await mapCenter(page)).toEqual(center);
});
