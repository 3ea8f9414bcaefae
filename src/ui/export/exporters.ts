/**
 * The exports the menu offers, from what is on screen: the map as PNG or as a PDF sheet, a
 * place's profile as PDF, the analysis and the finder's results as CSV or GeoJSON. Each saves one file and says what it
 * saved; the PDF library, its fonts and the CSV writer load only when such a file is made.
 */
import type { AtlasData } from '../../data/atlas';
import { attributionLine } from '../../export/attribution';
import { canvasMeasure, drawSheet, loadCanvasFonts } from '../../export/canvas-renderer';
import { exportFileName } from '../../export/file-names';
import { legendSections } from '../../export/legend-entries';
import { type MapScale, mapDecorations, mapSheet } from '../../export/map-sheet';
import { mapPixelRatio, type PngPreset, printSize } from '../../export/print-sizes';
import { PROFILE_MAP_FRAME } from '../../export/profile-sheet';
import { metresPerPixel } from '../../export/scale-bar';
import {
  formatSheetDate,
  type Measure,
  PAPER,
  type Paper,
  POINTS_PER_CSS_PIXEL,
  type Rect,
  type Sheet,
} from '../../export/sheet';
import { fillTemplate, type MessageKey, translate } from '../../i18n/messages';
import type { ChoroplethLegend } from '../../investor/choropleth-legend';
import {
  type ProfileContext,
  profileContextOf,
  territoryProfile,
} from '../../investor/territory-profile';
import type { MapController } from '../../map/map-controller';
import { type PrintFrame, renderPrintMap } from '../../map/print-map';
import { useAnalysisStore } from '../../state/analysis-store';
import { currentFinderOutcome } from '../../state/finder-matches';
import { useFinderStore } from '../../state/finder-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../vocabulary/languages';
import type { Selection } from '../../vocabulary/selection';
import { downloadBlob } from '../download';

/** What an export saved; `cappedDpi` when the GPU drew the map less sharply than asked. */
export type ExportOutcome = { fileName: string; cappedDpi: number | null };

/** Paper PDFs carry the map at print resolution (lowered to the GPU's limit if need be). */
const PDF_MAP_DPI = 300;
/** The profile's map is small on the page: 200 dpi is sharp and keeps the file light. */
const PROFILE_MAP_DPI = 200;
/** A town's profile map shows its surroundings: the nearest towns and the region around it. */
const PROFILE_POINT_ZOOM = 7.5;

type PrintView = ReturnType<MapController['printView']>;

function sheetText(view: PrintView, language: Language, date: Date) {
  const t = (key: MessageKey) => translate(language, key);
  return {
    title: `${t('appTitle')} — ${useScenarioStore.getState().meta.name}`,
    subtitle: t('appSubtitle'),
    date: formatSheetDate(date, language),
    legendTitle: t('export.legend'),
    attribution: attributionLine(view.style.sources, t('export.sources')),
  };
}

function legendFor(atlas: AtlasData, language: Language, choropleth: ChoroplethLegend | null) {
  const { view, nodes } = useScenarioStore.getState();
  return legendSections({
    view,
    language,
    clusters: atlas.clusters.clusters,
    zones: atlas.zones.influence.zones,
    analysisShown: useAnalysisStore.getState().result !== null,
    candidates: nodes.candidates.length > 0,
    choropleth,
  });
}

function scaleOf(
  printed: { zoom: number; center: [number, number]; bearing: number },
  language: Language,
): MapScale {
  return {
    // One CSS pixel of the printed map is 0.75 pt of the sheet.
    metresPerPoint: metresPerPixel(printed.center[1], printed.zoom) / POINTS_PER_CSS_PIXEL,
    bearing: printed.bearing,
    north: translate(language, 'export.north'),
    km: translate(language, 'export.km'),
    m: translate(language, 'export.m'),
    language,
  };
}

/** Renders the map for `frame` (points on the sheet) at `dpi`; says whether the GPU capped it. */
async function printMap(view: PrintView, place: PrintFrame, frame: Rect, dpi: number) {
  const wanted = dpi / 96;
  const printed = await renderPrintMap({
    style: view.style,
    frame: place,
    bearing: view.bearing,
    width: Math.round(frame.width / POINTS_PER_CSS_PIXEL),
    height: Math.round(frame.height / POINTS_PER_CSS_PIXEL),
    pixelRatio: wanted,
  });
  const cappedDpi = printed.pixelRatio < wanted * 0.99 ? Math.floor(printed.pixelRatio * 96) : null;
  return { printed, cappedDpi };
}

/**
 * The view on screen, framed whole on the sheet's map; while a profile sheet covers part of the
 * map, the part beside it (where the camera framed the place).
 */
const screenFrame = (view: PrintView): PrintFrame => ({
  bounds: useViewStore.getState().selection ? view.paddedBounds : view.bounds,
  padding: 0,
});

function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))),
      type,
      quality,
    ),
  );
}

/** The map sheet as a PNG of the preset's size (e.g. 3508 × 2480 px for A4 at 300 dpi). */
export async function exportMapPng(
  controller: MapController,
  atlas: AtlasData,
  preset: PngPreset,
  choropleth: ChoroplethLegend | null,
): Promise<ExportOutcome> {
  const language = useScenarioStore.getState().view.language;
  const date = new Date();
  const view = controller.printView();
  const size = printSize(preset, view.size);
  await loadCanvasFonts();
  const canvas = document.createElement('canvas');
  canvas.width = size.pixels.width;
  canvas.height = size.pixels.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  const measure: Measure = canvasMeasure(context);
  const legend = legendFor(atlas, language, choropleth);
  const { sheet, mapFrame } = mapSheet(
    size.sheet,
    sheetText(view, language, date),
    legend,
    measure,
  );
  const dpi = mapPixelRatio(size.scale) * 96;
  const { printed, cappedDpi } = await printMap(view, screenFrame(view), mapFrame, dpi);
  const decorated: Sheet = {
    ...sheet,
    ops: [...sheet.ops, ...mapDecorations(mapFrame, scaleOf(printed, language))],
  };
  drawSheet(context, decorated, size.scale, printed.image);
  const fileName = exportFileName(['map'], 'png', date);
  downloadBlob(fileName, await canvasBlob(canvas, 'image/png'));
  return { fileName, cappedDpi };
}

/** The map sheet as a landscape A4 or A3 PDF: vector text and legend, the map as an image. */
export async function exportMapPdf(
  controller: MapController,
  atlas: AtlasData,
  paper: Paper,
  choropleth: ChoroplethLegend | null,
): Promise<ExportOutcome> {
  const language = useScenarioStore.getState().view.language;
  const date = new Date();
  const view = controller.printView();
  const [{ pdfWriter }, { loadPdfFonts }] = await Promise.all([
    import('../../export/pdf-document'),
    import('../../export/pdf-fonts'),
  ]);
  const text = sheetText(view, language, date);
  const writer = await pdfWriter(await loadPdfFonts(), { title: text.title, language });
  const legend = legendFor(atlas, language, choropleth);
  const { sheet, mapFrame } = mapSheet(PAPER[paper], text, legend, writer.measure);
  const { printed, cappedDpi } = await printMap(view, screenFrame(view), mapFrame, PDF_MAP_DPI);
  const decorated: Sheet = {
    ...sheet,
    ops: [...sheet.ops, ...mapDecorations(mapFrame, scaleOf(printed, language))],
  };
  // JPEG: a print-resolution map as PNG would be several times larger, and pdf-lib embeds JPEG as is.
  const jpeg = new Uint8Array(
    await (await canvasBlob(printed.image, 'image/jpeg', 0.92)).arrayBuffer(),
  );
  const pdf = await writer.write(decorated, { bytes: jpeg, format: 'jpeg', scale: null });
  const fileName = exportFileName(['map', paper], 'pdf', date);
  downloadBlob(fileName, new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  return { fileName, cappedDpi };
}

/** The kinds of place that have a territory profile (src/investor/territory-profile.ts). */
export function hasProfile(selection: Selection): boolean {
  return selection.kind === 'region' || selection.kind === 'node';
}

function profileContext(atlas: AtlasData, lang: Language): ProfileContext {
  const { nodes, analysis } = useScenarioStore.getState();
  return profileContextOf(atlas, lang, nodes, analysis, useAnalysisStore.getState().result);
}

/** The selected region's or growth node's one-page profile, named after its English name. */
export async function exportProfilePdf(
  controller: MapController,
  atlas: AtlasData,
  selection: Selection,
): Promise<ExportOutcome> {
  const language = useScenarioStore.getState().view.language;
  const date = new Date();
  if (selection.kind !== 'region' && selection.kind !== 'node') throw new Error(selection.kind);
  const territory = { kind: selection.kind, id: selection.id };
  const profile = territoryProfile(profileContext(atlas, language), territory);
  const englishTitle =
    territoryProfile(profileContext(atlas, 'en'), territory)?.title ?? selection.id;
  if (!profile) throw new Error(selection.id);
  const view = controller.printView();
  const place: PrintFrame =
    profile.focus === null
      ? screenFrame(view)
      : 'bounds' in profile.focus
        ? { bounds: profile.focus.bounds, padding: 16 }
        : { center: profile.focus.center, zoom: PROFILE_POINT_ZOOM };
  const [{ profilePdf }, { loadPdfFonts }, { printed, cappedDpi }] = await Promise.all([
    import('../../export/pdf-document'),
    import('../../export/pdf-fonts'),
    printMap(view, place, PROFILE_MAP_FRAME, PROFILE_MAP_DPI),
  ]);
  const jpeg = new Uint8Array(
    await (await canvasBlob(printed.image, 'image/jpeg', 0.92)).arrayBuffer(),
  );
  const attribution = attributionLine(view.style.sources, translate(language, 'export.sources'));
  const pdf = await profilePdf(
    profile,
    { bytes: jpeg, format: 'jpeg', scale: scaleOf(printed, language) },
    attribution,
    date,
    await loadPdfFonts(),
  );
  const fileName = exportFileName([englishTitle], 'pdf', date);
  downloadBlob(fileName, new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  return { fileName, cappedDpi };
}

async function analysisFiles(atlas: AtlasData) {
  const result = useAnalysisStore.getState().result;
  if (!result) throw new Error('No analysis result');
  const { view, nodes } = useScenarioStore.getState();
  const module = await import('../../export/analysis-export');
  const label = module.nodeLabels(atlas.growthNodes.nodes, nodes, view.language);
  return { module, result, label, language: view.language };
}

/** The per-node catchment table of the current analysis, names in the interface language. */
export async function exportAnalysisCsv(atlas: AtlasData): Promise<ExportOutcome> {
  const { module, result, label, language } = await analysisFiles(atlas);
  const fileName = exportFileName(['analysis', 'catchments'], 'csv', new Date());
  const text = module.catchmentCsv(result, label, language);
  downloadBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  return { fileName, cappedDpi: null };
}

/** Catchments, cross-border zones and the border band of the current analysis as GeoJSON. */
export async function exportAnalysisGeojson(atlas: AtlasData): Promise<ExportOutcome> {
  const { module, result, label, language } = await analysisFiles(atlas);
  const fileName = exportFileName(['analysis'], 'geojson', new Date());
  const text = module.analysisGeojson(result, label, atlas.regions.regions, language);
  downloadBlob(fileName, new Blob([text], { type: 'application/geo+json' }));
  return { fileName, cappedDpi: null };
}

/** The finder's matches for the filters and scenario on screen, in rank order. */
function finderMatches(atlas: AtlasData) {
  return currentFinderOutcome(atlas).matches;
}

/** File subjects naming what the finder looked for, e.g. ['finder', 'tourism', '50km']. */
function finderSubjects(): string[] {
  const { filters } = useFinderStore.getState();
  return [
    'finder',
    ...filters.clusters,
    ...filters.sectors,
    ...filters.zones,
    ...(filters.maxLogisticsKm === null ? [] : [`${filters.maxLogisticsKm}km`]),
  ];
}

/** The finder's ranked results as CSV: kind, names, nearest logistics centre, reasons. */
export async function exportFinderCsv(atlas: AtlasData): Promise<ExportOutcome> {
  const { finderCsv } = await import('../../export/finder-export');
  const language = useScenarioStore.getState().view.language;
  const fileName = exportFileName(finderSubjects(), 'csv', new Date());
  const text = finderCsv(atlas, finderMatches(atlas), language);
  downloadBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  return { fileName, cappedDpi: null };
}

/** The finder's results as GeoJSON: nodes as points, regions as their polygons. */
export async function exportFinderGeojson(atlas: AtlasData): Promise<ExportOutcome> {
  const { finderGeojson } = await import('../../export/finder-export');
  const language = useScenarioStore.getState().view.language;
  const fileName = exportFileName(finderSubjects(), 'geojson', new Date());
  const text = finderGeojson(atlas, finderMatches(atlas), language);
  downloadBlob(fileName, new Blob([text], { type: 'application/geo+json' }));
  return { fileName, cappedDpi: null };
}

/** The message for an outcome, in `language`. */
export function outcomeMessage(outcome: ExportOutcome, language: Language): string {
  const done = fillTemplate(translate(language, 'export.done'), { file: outcome.fileName });
  if (outcome.cappedDpi === null) return done;
  const capped = fillTemplate(translate(language, 'export.capped'), {
    dpi: String(outcome.cappedDpi),
  });
  return `${done}. ${capped}`;
}
