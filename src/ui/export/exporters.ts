/**
 * The exports the menu offers, from what is on screen: the map as PNG or as a PDF sheet, a
 * place's profile as PDF, a deck's handout as PDF, the analysis and the finder's results as CSV
 * or GeoJSON. Each takes the state it prints as an argument (an `ExportState`, read once when
 * the user asks), saves one file and says what it saved; the PDF library, its fonts and the CSV
 * writer load only when needed.
 */

import type { AnalysisResult } from '../../analysis/types';
import type { AtlasData } from '../../data/atlas';
import { placeName } from '../../data/atlas-index';
import { attributionLine } from '../../export/attribution';
import { canvasMeasure, drawSheet, loadCanvasFonts } from '../../export/canvas-renderer';
import { exportFileName } from '../../export/file-names';
import { atlasLegendTexts, legendSections } from '../../export/legend-entries';
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
import { translator } from '../../i18n/i18n';
import type { ChoroplethLegend } from '../../investor/choropleth-legend';
import type { FinderFilters, FinderMatch } from '../../investor/finder';
import type { MapController } from '../../map/map-controller';
import { type PrintFrame, renderPrintMap } from '../../map/print-map';
import { slideZoom } from '../../map/slide-zoom';
import { sourceAttributions } from '../../map/sources';
import {
  type ProfileContext,
  profileContextOf,
  territoryProfile,
} from '../../profile/territory-profile';
import type { Language } from '../../vocabulary/languages';
import type {
  Camera,
  Scenario,
  ScenarioAnalysis,
  ScenarioNodes,
  ScenarioView,
} from '../../vocabulary/scenario';
import type { Selection } from '../../vocabulary/selection';
import { downloadBlob } from '../download';
import { portableTemplate } from './portable-template';

/** What the exports print: the state on screen at the moment the user asked for the file. */
export type ExportState = {
  atlas: AtlasData;
  language: Language;
  scenarioName: string;
  view: ScenarioView;
  nodes: ScenarioNodes;
  analysis: ScenarioAnalysis;
  result: AnalysisResult | null;
  /** The place whose profile is open: the map sheet then frames the map beside the profile. */
  selection: Selection | null;
  finderFilters: FinderFilters;
  /** The finder's matches for those filters, in rank order. */
  finderMatches: readonly FinderMatch[];
};

/** What an export saved; `cappedDpi` when the GPU drew the map less sharply than asked. */
export type ExportOutcome = { fileName: string; cappedDpi: number | null };

/** Paper PDFs carry the map at print resolution (lowered to the GPU's limit if need be). */
const PDF_MAP_DPI = 300;
/** The profile's map is small on the page: 200 dpi is sharp and keeps the file light. */
const PROFILE_MAP_DPI = 200;
/** A town's profile map shows its surroundings: the nearest towns and the region around it. */
const PROFILE_POINT_ZOOM = 7.5;

type PrintView = ReturnType<MapController['printView']>;

function sheetText(state: ExportState, view: PrintView, date: Date) {
  const { language } = state;
  const t = translator(language);
  return {
    title: `${t('shell:appTitle')} — ${state.scenarioName}`,
    subtitle: t('shell:appSubtitle'),
    date: formatSheetDate(date, language),
    legendTitle: t('export:legend'),
    attribution: sheetAttribution(view, language),
  };
}

/** "Sources: …" for the sources the printed style draws, worded in `language`. */
function sheetAttribution(view: PrintView, language: Language): string {
  const sources = Object.keys(view.style.sources);
  return attributionLine(
    sources,
    sourceAttributions(language),
    translator(language)('export:sources'),
  );
}

function legendFor(state: ExportState, choropleth: ChoroplethLegend | null) {
  const { atlas, language } = state;
  return legendSections({
    view: state.view,
    language,
    clusters: atlas.clusters.clusters,
    zones: atlas.zones.influence.zones,
    analysisShown: state.result !== null,
    candidates: state.nodes.candidates.length > 0,
    choropleth,
    texts: atlasLegendTexts(atlas, language),
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
    north: translator(language)('export:north'),
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
const screenFrame = (state: ExportState, view: PrintView): PrintFrame => ({
  bounds: state.selection ? view.paddedBounds : view.bounds,
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
  state: ExportState,
  preset: PngPreset,
  choropleth: ChoroplethLegend | null,
): Promise<ExportOutcome> {
  const { language } = state;
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
  const legend = legendFor(state, choropleth);
  const { sheet, mapFrame } = mapSheet(size.sheet, sheetText(state, view, date), legend, measure);
  const dpi = mapPixelRatio(size.scale) * 96;
  const { printed, cappedDpi } = await printMap(view, screenFrame(state, view), mapFrame, dpi);
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
  state: ExportState,
  paper: Paper,
  choropleth: ChoroplethLegend | null,
): Promise<ExportOutcome> {
  const { language } = state;
  const date = new Date();
  const view = controller.printView();
  const [{ pdfWriter }, { loadPdfFonts }] = await Promise.all([
    import('../../export/pdf-document'),
    import('../../export/pdf-fonts'),
  ]);
  const text = sheetText(state, view, date);
  const writer = await pdfWriter(await loadPdfFonts(), { title: text.title, language });
  const legend = legendFor(state, choropleth);
  const { sheet, mapFrame } = mapSheet(PAPER[paper], text, legend, writer.measure);
  const frame = screenFrame(state, view);
  const { printed, cappedDpi } = await printMap(view, frame, mapFrame, PDF_MAP_DPI);
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

/** A handout is for reading, not for measuring: 200 dpi is sharp on paper and keeps ten pages light. */
const HANDOUT_MAP_DPI = 200;

/** One slide as the map shows it: the state on screen with its view, and what its page says. */
export type HandoutSlide = {
  state: ExportState;
  /** A tour chapter's title in the handout's language; a slide of the user's has none. */
  title: string | null;
  caption: string;
  /** The Concept section a tour chapter cites. */
  source: string | null;
  camera: Camera;
  choropleth: ChoroplethLegend | null;
};

export type HandoutRequest = {
  deck: 'tour' | 'slides';
  /** The number of slides: the pages' "n / N". */
  count: number;
  language: Language;
  /** Stops between two pages. */
  signal: AbortSignal;
};

/**
 * The handout of a deck: one A4 landscape page per slide, each slide's map framed on its camera
 * with the key to what it shows. `slides` puts each slide on the map in turn (and the user's view
 * back when it ends, however it ends); this only prints what it is given.
 */
export async function exportHandoutPdf(
  controller: MapController,
  slides: AsyncIterable<HandoutSlide>,
  request: HandoutRequest,
): Promise<ExportOutcome> {
  const { language, signal } = request;
  const t = translator(language);
  const date = new Date();
  const [{ pdfWriter }, { loadPdfFonts }, { handoutSheet }] = await Promise.all([
    import('../../export/pdf-document'),
    import('../../export/pdf-fonts'),
    import('../../export/handout-sheet'),
  ]);
  const deckName = t(request.deck === 'tour' ? 'export:handout.tour' : 'export:handout.slides');
  const writer = await pdfWriter(await loadPdfFonts(), {
    title: `${t('shell:appTitle')} — ${deckName}`,
    language,
  });
  let cappedDpi: number | null = null;
  let n = 0;
  for await (const slide of slides) {
    signal.throwIfAborted();
    n += 1;
    const view = controller.printView();
    const { state } = slide;
    const about =
      request.deck === 'tour'
        ? t('shell:appTitle')
        : `${t('shell:appTitle')} — ${state.scenarioName}`;
    const text = {
      title: slide.title ?? t('export:handout.slide', { n }),
      subtitle: `${about} · ${t('shell:appSubtitle')}`,
      caption: slide.caption,
      source: slide.source ? t('export:handout.source', { source: slide.source }) : null,
      date: formatSheetDate(date, language),
      legendTitle: t('export:legend'),
      attribution: sheetAttribution(view, language),
      pageNumber: `${n} / ${request.count}`,
    };
    const legend = legendFor(state, slide.choropleth);
    const { sheet, mapFrame } = handoutSheet(PAPER.a4, text, legend, writer.measure);
    const place: PrintFrame = {
      center: slide.camera.center,
      zoom: slideZoom(slide.camera.zoom, {
        width: mapFrame.width / POINTS_PER_CSS_PIXEL,
        height: mapFrame.height / POINTS_PER_CSS_PIXEL,
      }),
    };
    const slideView = { ...view, bearing: slide.camera.bearing };
    const printedMap = await printMap(slideView, place, mapFrame, HANDOUT_MAP_DPI);
    cappedDpi ??= printedMap.cappedDpi;
    const decorated: Sheet = {
      ...sheet,
      ops: [...sheet.ops, ...mapDecorations(mapFrame, scaleOf(printedMap.printed, language))],
    };
    const jpeg = new Uint8Array(
      await (await canvasBlob(printedMap.printed.image, 'image/jpeg', 0.9)).arrayBuffer(),
    );
    await writer.addPage(decorated, { bytes: jpeg, format: 'jpeg', scale: null });
  }
  signal.throwIfAborted();
  const pdf = await writer.save();
  const fileName = exportFileName(['handout', request.deck], 'pdf', date);
  downloadBlob(fileName, new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  return { fileName, cappedDpi };
}

function profileContext(state: ExportState): ProfileContext {
  const { atlas, language, nodes, analysis, result } = state;
  return profileContextOf(atlas, language, nodes, analysis, result);
}

/** The place's one-page profile, named after its English name. */
export async function exportProfilePdf(
  controller: MapController,
  state: ExportState,
  selection: Selection,
): Promise<ExportOutcome> {
  const { atlas, language } = state;
  const date = new Date();
  const profile = territoryProfile(profileContext(state), selection);
  const englishTitle = placeName(atlas, selection, 'en') || selection.id;
  if (!profile) throw new Error(selection.id);
  const view = controller.printView();
  const place: PrintFrame =
    profile.focus === null
      ? screenFrame(state, view)
      : 'bounds' in profile.focus
        ? { bounds: profile.focus.bounds, padding: 16 }
        : { center: profile.focus.point, zoom: PROFILE_POINT_ZOOM };
  const [{ profilePdf }, { loadPdfFonts }, { printed, cappedDpi }] = await Promise.all([
    import('../../export/pdf-document'),
    import('../../export/pdf-fonts'),
    printMap(view, place, PROFILE_MAP_FRAME, PROFILE_MAP_DPI),
  ]);
  const jpeg = new Uint8Array(
    await (await canvasBlob(printed.image, 'image/jpeg', 0.92)).arrayBuffer(),
  );
  const attribution = sheetAttribution(view, language);
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

async function analysisFiles(state: ExportState) {
  const { atlas, result, nodes, language } = state;
  if (!result) throw new Error('No analysis result');
  const module = await import('../../export/analysis-export');
  const label = module.nodeLabels(atlas.growthNodes.nodes, nodes, language);
  return { module, result, label, language };
}

/** The per-node catchment table of the current analysis, names in the interface language. */
export async function exportAnalysisCsv(state: ExportState): Promise<ExportOutcome> {
  const { module, result, label, language } = await analysisFiles(state);
  const fileName = exportFileName(['analysis', 'catchments'], 'csv', new Date());
  const text = module.catchmentCsv(result, label, language);
  downloadBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  return { fileName, cappedDpi: null };
}

/** Catchments, cross-border zones and the border band of the current analysis as GeoJSON. */
export async function exportAnalysisGeojson(state: ExportState): Promise<ExportOutcome> {
  const { module, result, label, language } = await analysisFiles(state);
  const fileName = exportFileName(['analysis'], 'geojson', new Date());
  const text = module.analysisGeojson(result, label, state.atlas, language);
  downloadBlob(fileName, new Blob([text], { type: 'application/geo+json' }));
  return { fileName, cappedDpi: null };
}

/** Every layer of the current analysis as one GeoPackage (EPSG:4326, typed fields) for QGIS. */
export async function exportAnalysisGeoPackage(state: ExportState): Promise<ExportOutcome> {
  const [{ result, label, language }, { analysisGeoPackageLayers }, { writeGeoPackage }] =
    await Promise.all([
      analysisFiles(state),
      import('../../export/analysis-geopackage'),
      import('../../user-data/geopackage/write-geopackage'),
    ]);
  const bytes = await writeGeoPackage(
    analysisGeoPackageLayers(result, label, state.atlas, language),
  );
  const fileName = exportFileName(['analysis'], 'gpkg', new Date());
  downloadBlob(
    fileName,
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/geopackage+sqlite3' }),
  );
  return { fileName, cappedDpi: null };
}

/** File subjects naming what the finder looked for, e.g. ['finder', 'tourism', '50km']. */
function finderSubjects(filters: FinderFilters): string[] {
  return [
    'finder',
    ...filters.clusters,
    ...filters.sectors,
    ...filters.zones,
    ...(filters.maxLogisticsKm === null ? [] : [`${filters.maxLogisticsKm}km`]),
  ];
}

/** The finder's ranked results as CSV: kind, names, nearest logistics centre, reasons. */
export async function exportFinderCsv(state: ExportState): Promise<ExportOutcome> {
  const { finderCsv } = await import('../../export/finder-export');
  const fileName = exportFileName(finderSubjects(state.finderFilters), 'csv', new Date());
  const text = finderCsv(state.atlas, state.finderMatches, state.language);
  downloadBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
  return { fileName, cappedDpi: null };
}

/** The finder's results as GeoJSON: nodes as points, regions as their polygons. */
export async function exportFinderGeojson(state: ExportState): Promise<ExportOutcome> {
  const { finderGeojson } = await import('../../export/finder-export');
  const fileName = exportFileName(finderSubjects(state.finderFilters), 'geojson', new Date());
  const text = finderGeojson(state.atlas, state.finderMatches, state.language);
  downloadBlob(fileName, new Blob([text], { type: 'application/geo+json' }));
  return { fileName, cappedDpi: null };
}

/**
 * The portable atlas (one HTML file that opens from a USB stick with no network) carrying
 * `scenario`, its slides with it. Rejects when this app has no portable atlas to write into.
 */
export async function exportPortableAtlas(scenario: Scenario): Promise<ExportOutcome> {
  const [{ portableAtlasWith }, template] = await Promise.all([
    import('../../export/portable-atlas'),
    portableTemplate(),
  ]);
  const date = new Date();
  const fileName = exportFileName(['atlas', scenario.name], 'html', date);
  const html = portableAtlasWith(template, scenario, date);
  downloadBlob(fileName, new Blob([html], { type: 'text/html' }));
  return { fileName, cappedDpi: null };
}

/** The message for an outcome, in `language`. */
export function outcomeMessage(outcome: ExportOutcome, language: Language): string {
  const t = translator(language);
  const done = t('export:done', { file: outcome.fileName });
  if (outcome.cappedDpi === null) return done;
  const capped = t('export:capped', { dpi: outcome.cappedDpi });
  return `${done}. ${capped}`;
}
