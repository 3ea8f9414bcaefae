// End-to-end: every export saves a file that is what it says — checked by reading the file back.
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
  exportMap,
  exportProfile,
  legendClassLabels,
  notice,
  openAnalysis,
  openAtlas,
  openExport,
  openInvestorView,
  showIndicator,
  switchLanguage,
  test,
  watchExternalRequests,
} from './driver';

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
