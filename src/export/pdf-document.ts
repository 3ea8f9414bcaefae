/**
 * Writes sheets as PDF with pdf-lib: text stays text (searchable, selectable, any script), shapes
 * stay vectors and the map is one embedded image. Loaded only when the user exports a PDF.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFImage, type PDFPage, rgb } from 'pdf-lib';
import type { TerritoryProfile } from '../profile/territory-profile';
import type { MapScale } from './map-sheet';
import { profileSheet } from './profile-sheet';
import type { DrawOp, Measure, Sheet, Weight } from './sheet';

/**
 * Font files for each weight, tried in order for every character: Noto Sans ships Latin,
 * Cyrillic and Cyrillic Extended (Kyrgyz ө ү ң) as separate subsets.
 */
export type PdfFontFiles = Record<Weight, readonly Uint8Array[]>;

/** The rendered map: PNG or JPEG bytes, and its scale for the scale bar and north arrow. */
export type MapImage = { bytes: Uint8Array; format: 'png' | 'jpeg'; scale: MapScale | null };

type FontStack = { fonts: PDFFont[]; covers: Set<number>[] };

/** Splits text into runs that one font of the stack can draw (the first font that has the letter). */
function runs(stack: FontStack, text: string): Array<{ font: PDFFont; text: string }> {
  const result: Array<{ font: PDFFont; text: string }> = [];
  for (const letter of text) {
    const code = letter.codePointAt(0) ?? 0;
    const index = Math.max(
      0,
      stack.covers.findIndex((cover) => cover.has(code)),
    );
    const font = stack.fonts[index] as PDFFont;
    const last = result[result.length - 1];
    if (last && last.font === font) last.text += letter;
    else result.push({ font, text: letter });
  }
  return result;
}

async function embedFonts(
  document: PDFDocument,
  files: PdfFontFiles,
): Promise<Record<Weight, FontStack>> {
  document.registerFontkit(fontkit);
  const stack = async (list: readonly Uint8Array[]): Promise<FontStack> => {
    // Subsetting keeps only the glyphs used: a one-page sheet stays a few tens of kilobytes.
    const fonts = await Promise.all(
      list.map((bytes) => document.embedFont(bytes, { subset: true })),
    );
    return { fonts, covers: fonts.map((font) => new Set(font.getCharacterSet())) };
  };
  return { regular: await stack(files.regular), bold: await stack(files.bold) };
}

function pdfMeasure(stacks: Record<Weight, FontStack>): Measure {
  return (text, size, weight) =>
    runs(stacks[weight], text).reduce(
      (sum, run) => sum + run.font.widthOfTextAtSize(run.text, size),
      0,
    );
}

function colour(hex: string) {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255);
}

function drawOp(
  page: PDFPage,
  op: DrawOp,
  stacks: Record<Weight, FontStack>,
  map: PDFImage | null,
): void {
  // Sheets measure y downwards from the top; PDF measures it upwards from the bottom.
  const top = page.getHeight();
  switch (op.type) {
    case 'rect':
      page.drawRectangle({
        x: op.rect.x,
        y: top - op.rect.y - op.rect.height,
        width: op.rect.width,
        height: op.rect.height,
        ...(op.fill ? { color: colour(op.fill), opacity: op.fillOpacity ?? 1 } : {}),
        ...(op.stroke ? { borderColor: colour(op.stroke), borderWidth: op.lineWidth ?? 1 } : {}),
      });
      break;
    case 'circle':
      page.drawCircle({
        x: op.cx,
        y: top - op.cy,
        size: op.r,
        ...(op.fill ? { color: colour(op.fill) } : {}),
        ...(op.stroke ? { borderColor: colour(op.stroke), borderWidth: op.lineWidth ?? 1 } : {}),
      });
      break;
    case 'line':
      for (let i = 1; i < op.points.length; i++) {
        const [x1, y1] = op.points[i - 1] as [number, number];
        const [x2, y2] = op.points[i] as [number, number];
        page.drawLine({
          start: { x: x1, y: top - y1 },
          end: { x: x2, y: top - y2 },
          thickness: op.lineWidth,
          color: colour(op.stroke),
          ...(op.dash ? { dashArray: op.dash } : {}),
        });
      }
      break;
    case 'polygon': {
      // drawSvgPath flips y itself: the path stays in sheet coordinates, anchored at the top.
      const path = `M${op.points.map(([x, y]) => `${x} ${y}`).join(' L')} Z`;
      page.drawSvgPath(path, {
        x: 0,
        y: top,
        color: colour(op.fill),
        ...(op.stroke ? { borderColor: colour(op.stroke), borderWidth: op.lineWidth ?? 1 } : {}),
      });
      break;
    }
    case 'text': {
      const pieces = runs(stacks[op.weight], op.text);
      const width = pieces.reduce(
        (sum, run) => sum + run.font.widthOfTextAtSize(run.text, op.size),
        0,
      );
      let x = op.align === 'right' ? op.x - width : op.align === 'center' ? op.x - width / 2 : op.x;
      for (const run of pieces) {
        page.drawText(run.text, {
          x,
          y: top - op.y,
          size: op.size,
          font: run.font,
          color: colour(op.colour),
        });
        x += run.font.widthOfTextAtSize(run.text, op.size);
      }
      break;
    }
    case 'pictogram': {
      const options = { x: op.x, y: top - op.y, scale: op.size / 24 };
      for (const d of op.pictogram.fill ?? [])
        page.drawSvgPath(d, { ...options, color: colour(op.colour) });
      for (const d of op.pictogram.stroke ?? []) {
        page.drawSvgPath(d, { ...options, borderColor: colour(op.colour), borderWidth: 2.2 });
      }
      break;
    }
    case 'map':
      if (map) {
        page.drawImage(map, {
          x: op.rect.x,
          y: top - op.rect.y - op.rect.height,
          width: op.rect.width,
          height: op.rect.height,
        });
      }
      break;
  }
}

async function embedMap(document: PDFDocument, image: MapImage | null): Promise<PDFImage | null> {
  if (!image) return null;
  return image.format === 'png' ? document.embedPng(image.bytes) : document.embedJpg(image.bytes);
}

/** A PDF being written: text is measured with its own fonts before the sheet is laid out. */
export type PdfWriter = {
  measure: Measure;
  /** Draws the sheet on a new page at the end (a handout has one page per slide). */
  addPage: (sheet: Sheet, map: MapImage | null) => Promise<void>;
  /** The finished file, with every page added so far. */
  save: () => Promise<Uint8Array>;
  /** Draws the sheet on one page and returns the finished file. */
  write: (sheet: Sheet, map: MapImage | null) => Promise<Uint8Array>;
};

/** Starts a PDF in `meta.language` with the fonts embedded (subset when saved). */
export async function pdfWriter(
  fonts: PdfFontFiles,
  meta: { title: string; language: string },
): Promise<PdfWriter> {
  const document = await PDFDocument.create();
  document.setTitle(meta.title);
  document.setLanguage(meta.language);
  document.setCreator('Aimak Atlas');
  const stacks = await embedFonts(document, fonts);
  const addPage = async (sheet: Sheet, map: MapImage | null) => {
    const page = document.addPage([sheet.width, sheet.height]);
    const image = await embedMap(document, map);
    for (const op of sheet.ops) drawOp(page, op, stacks, image);
  };
  const save = () => document.save();
  return {
    measure: pdfMeasure(stacks),
    addPage,
    save,
    write: async (sheet, map) => {
      await addPage(sheet, map);
      return save();
    },
  };
}

/**
 * The one-page PDF profile of a territory: its map (if rendered) and facts in the profile's
 * language, the sources and the date at the foot.
 */
export async function profilePdf(
  profile: TerritoryProfile,
  mapImage: MapImage | null,
  attribution: string,
  date: Date,
  fonts: PdfFontFiles,
): Promise<Uint8Array> {
  const writer = await pdfWriter(fonts, {
    title: `${profile.kindLabel}: ${profile.title}`,
    language: profile.language,
  });
  const map = mapImage ? mapImage.scale : 'no map';
  const sheet = profileSheet(profile, map, attribution, date, writer.measure);
  return writer.write(sheet, mapImage);
}
