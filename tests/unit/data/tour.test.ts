// The built-in tour (geodata/concept/tour.json): valid, in the arc of issue 5, citing sections that
// exist, quoting only numbers the Concept gives, and framing what each chapter highlights.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AtlasFileKey, parseAtlasData } from '../../../src/data/atlas';
import {
  TOUR_CAPTION_MAX_CHARS,
  TOUR_CHAPTER_COUNT,
  TOUR_NOTES_MAX_CHARS,
  TOUR_VIEW_BOX,
  type TourChapter,
} from '../../../src/data/schema';
import {
  BAND_DEPTH_RANGE_KM,
  RADIUS_RANGE_KM,
  ZONE_DEPTH_RANGE_KM,
} from '../../../src/vocabulary/analysis-params';
import { realAtlas } from '../../helpers/atlas';
import { loadGeodataFile, readGeodata } from '../../helpers/read-geodata';

const LANGUAGES = ['ky', 'ru', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

const tour = loadGeodataFile('tour');
const chapters = tour.chapters;
const chapter = (id: string): TourChapter => {
  const found = chapters.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no tour chapter "${id}"`);
  return found;
};

// ---------------------------------------------------------------------------
// The Kyrgyz text of the Concept, the authority for every caption
// ---------------------------------------------------------------------------

// The official Kyrgyz text, kept in the repository (geodata/concept/source/README.md).
const kyText = readFileSync(
  join(process.cwd(), 'geodata', 'concept', 'source', 'regional-policy-concept-2018-2022.ky.txt'),
  'utf8',
);

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

const numberKey = (value: number) => String(Math.round(value * 1e6) / 1e6);

/** A number as written in a caption, with its value ×1000 when "thousand" follows it. */
type QuotedNumber = { text: string; values: number[] };

/**
 * English writes 18,320 and 39.1; Kyrgyz and Russian write 18 320 (or 18320) and 39,1.
 * "18.2 thousand" / "18,2 тыс." / "18,2 миң" also stands for 18 200.
 */
function quotedNumbers(text: string, language: Language): QuotedNumber[] {
  const pattern =
    language === 'en'
      ? /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?/g
      : /(?<![\d,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:,\d+)?/g;
  return [...text.matchAll(pattern)].map((match) => {
    const raw = match[0];
    const normal =
      language === 'en'
        ? raw.replaceAll(',', '')
        : raw.replace(/[ \u00a0\u202f]/g, '').replace(',', '.');
    const value = Number(normal);
    const after = text.slice((match.index ?? 0) + raw.length);
    const thousand = /^\s*(thousand|тыс|миң)/i.test(after);
    return { text: raw, values: thousand ? [value, value * 1000] : [value] };
  });
}

/** Every numeric value in the Concept data files (not the tour itself). */
function dataNumbers(): Set<string> {
  const dir = join(process.cwd(), 'geodata', 'concept');
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'number') found.add(numberKey(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json') && name !== 'tour.json') {
      walk(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    }
  }
  return found;
}

/** Every number written in the Kyrgyz text (decimal comma). */
function textNumbers(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/\d+(?:,\d+)?/g)].map((m) => numberKey(Number(m[0].replace(',', '.')))),
  );
}

// ---------------------------------------------------------------------------
// Sections and geometry
// ---------------------------------------------------------------------------

/** "§5.1, §5.2" → ["5.1", "5.2"]; "§4, Table 1" → ["4"]. */
const sectionsOf = (source: string) => [...source.matchAll(/§(\d+(?:\.\d+)*)/g)].map((m) => m[1]);
const tablesOf = (source: string) => [...source.matchAll(/Table (\d+)/g)].map((m) => m[1]);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Box = { west: number; south: number; east: number; north: number };

/** What a 1920×1080 screen shows at a camera without pitch (Web Mercator, 512 px tiles). */
function viewBox(camera: TourChapter['camera'], width = 1920, height = 1080): Box {
  const size = 512 * 2 ** camera.zoom;
  const toY = (lat: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * size;
  const toLat = (y: number) =>
    (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  const [lon, lat] = camera.center;
  const halfLon = (width / 2 / size) * 360;
  const y = toY(lat);
  return {
    west: lon - halfLon,
    east: lon + halfLon,
    north: toLat(y - height / 2),
    south: toLat(y + height / 2),
  };
}

const contains = (outer: Box, inner: Box) =>
  inner.west >= outer.west &&
  inner.east <= outer.east &&
  inner.south >= outer.south &&
  inner.north <= outer.north;

function bboxOf(coordinates: unknown, box?: Box): Box {
  let out = box ?? { west: 180, south: 90, east: -180, north: -90 };
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as [number, number];
    return {
      west: Math.min(out.west, x),
      east: Math.max(out.east, x),
      south: Math.min(out.south, y),
      north: Math.max(out.north, y),
    };
  }
  for (const child of coordinates as unknown[]) out = bboxOf(child, out);
  return out;
}

const union = (a: Box, b: Box): Box => ({
  west: Math.min(a.west, b.west),
  east: Math.max(a.east, b.east),
  south: Math.min(a.south, b.south),
  north: Math.max(a.north, b.north),
});

/** Where on the map a highlighted feature is: its polygon's bounding box, or its point. */
function highlightBox(highlight: NonNullable<TourChapter['highlight']>): Box {
  const atlas = realAtlas();
  const pointOf = (nodeId: string) => {
    const settlement = atlas.settlements.features.find((f) => f.properties.id === nodeId);
    if (!settlement) throw new Error(`no settlement ${nodeId}`);
    return bboxOf(settlement.geometry.coordinates);
  };
  const regionBox = (regionId: string) => {
    const polygon = atlas.oblasts.features.find((f) => f.properties.region === regionId);
    return polygon ? bboxOf(polygon.geometry.coordinates) : pointOf('osh');
  };
  switch (highlight.kind) {
    case 'region':
      return regionBox(highlight.id);
    case 'node':
      return pointOf(highlight.id);
    case 'logistics': {
      const centre = atlas.logisticsCentres.centres.find((c) => c.id === highlight.id);
      if (!centre) throw new Error(`no logistics centre ${highlight.id}`);
      return pointOf(centre.node);
    }
    case 'cluster': {
      const cluster = atlas.clusters.clusters.find((c) => c.id === highlight.id);
      if (!cluster) throw new Error(`no cluster ${highlight.id}`);
      return cluster.regions.map(regionBox).reduce(union);
    }
  }
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

describe('tour.json: schema and cross-references', () => {
  it('is valid on its own and against the other geodata files', () => {
    expect(realAtlas().tour.chapters.map((c) => c.id)).toEqual(chapters.map((c) => c.id));
  });

  it(`has ${TOUR_CHAPTER_COUNT.min}–11 chapters with unique slug ids`, () => {
    expect(chapters.length).toBeGreaterThanOrEqual(TOUR_CHAPTER_COUNT.min);
    expect(chapters.length).toBeLessThanOrEqual(11);
    expect(new Set(chapters.map((c) => c.id)).size).toBe(chapters.length);
  });

  it.each(chapters.map((c) => [c.id, c] as const))(
    '%s has a title and a caption of at most 400 characters in ky, ru and en',
    (_id, chapter) => {
      for (const lang of LANGUAGES) {
        expect(chapter.title[lang].trim()).not.toBe('');
        expect(chapter.caption[lang].trim()).not.toBe('');
        expect(chapter.caption[lang].length).toBeLessThanOrEqual(TOUR_CAPTION_MAX_CHARS);
        // A presenter's caption: one to three sentences.
        // A full stop ends a sentence when a capital or the end follows ("тыс. новых" goes on).
        const sentences = chapter.caption[lang]
          .split(/[.!?](?=\s+[A-ZА-ЯЁӨҮҢ]|\s*$)/u)
          .filter((s) => s.trim());
        expect(sentences.length, `${lang}: ${chapter.caption[lang]}`).toBeLessThanOrEqual(3);
      }
    },
  );

  it.each(chapters.map((c) => [c.id, c] as const))(
    '%s has speaker notes of two to four sentences in ky, ru and en, beyond the caption',
    (_id, chapter) => {
      for (const lang of LANGUAGES) {
        const notes = chapter.notes[lang];
        expect(notes.length).toBeLessThanOrEqual(TOUR_NOTES_MAX_CHARS);
        const sentences = notes.split(/[.!?](?=\s+[A-ZА-ЯЁӨҮҢ]|\s*$)/u).filter((s) => s.trim());
        expect(sentences.length, `${lang}: ${notes}`).toBeGreaterThanOrEqual(2);
        expect(sentences.length, `${lang}: ${notes}`).toBeLessThanOrEqual(4);
        expect(notes).not.toBe(chapter.caption[lang]);
      }
    },
  );

  it('gives analysis parameters within the app ranges to every analysis chapter', () => {
    for (const chapter of chapters.filter((c) => c.mode === 'analyse')) {
      const analysis = chapter.analysis;
      expect(analysis, chapter.id).toBeDefined();
      if (!analysis) continue;
      expect(analysis.radiusKm).toBeGreaterThanOrEqual(RADIUS_RANGE_KM.min);
      expect(analysis.radiusKm).toBeLessThanOrEqual(RADIUS_RANGE_KM.max);
      expect(analysis.bandDepthKm).toBeGreaterThanOrEqual(BAND_DEPTH_RANGE_KM.min);
      expect(analysis.bandDepthKm).toBeLessThanOrEqual(BAND_DEPTH_RANGE_KM.max);
      for (const depth of Object.values(analysis.zoneDepthKm)) {
        expect(depth).toBeGreaterThanOrEqual(ZONE_DEPTH_RANGE_KM.min);
        expect(depth).toBeLessThanOrEqual(ZONE_DEPTH_RANGE_KM.max);
      }
      expect(Object.values(chapter.analysisLayers).some(Boolean), chapter.id).toBe(true);
    }
  });

  // biome-ignore lint/suspicious/noExplicitAny: tests reach into raw JSON to break it on purpose.
  type Raw = any;
  const baseline = () => structuredClone(readGeodata()) as Record<AtlasFileKey, Raw>;
  const parseError = (files: Record<AtlasFileKey, unknown>) => {
    try {
      parseAtlasData(files);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    throw new Error('parseAtlasData accepted a broken tour');
  };

  it('rejects a highlight of a logistics centre that does not exist, naming the chapter', () => {
    const files = baseline();
    files.tour.chapters[1].highlight = { kind: 'logistics', id: 'naryn' };
    const message = parseError(files);
    expect(message).toContain(
      `geodata/concept/tour.json chapters[1] (id "${chapters[1]?.id}").highlight`,
    );
    expect(message).toContain('logistics "naryn" is not in concept/logistics-centres.json');
  });

  it('rejects a highlighted region, node or cluster that does not exist', () => {
    for (const kind of ['region', 'node', 'cluster']) {
      const files = baseline();
      files.tour.chapters[0].highlight = { kind, id: 'fergana' };
      expect(parseError(files)).toContain('geodata/concept/tour.json chapters[0]');
    }
  });

  it('rejects a camera centred outside the view box', () => {
    const files = baseline();
    files.tour.chapters[2].camera.center = [TOUR_VIEW_BOX.west - 1, 41];
    expect(parseError(files)).toContain('chapters[2]');
    const files2 = baseline();
    files2.tour.chapters[2].camera.center = [74, TOUR_VIEW_BOX.north + 0.5];
    expect(parseError(files2)).toContain('camera.center');
  });

  it('rejects too few or too many chapters, and duplicate ids', () => {
    const few = baseline();
    few.tour.chapters = few.tour.chapters.slice(0, TOUR_CHAPTER_COUNT.min - 1);
    expect(parseError(few)).toContain('geodata/concept/tour.json chapters');
    const many = baseline();
    while (many.tour.chapters.length <= TOUR_CHAPTER_COUNT.max) {
      many.tour.chapters.push({
        ...many.tour.chapters[0],
        id: `extra-${many.tour.chapters.length}`,
      });
    }
    expect(parseError(many)).toContain('geodata/concept/tour.json chapters');
    const duplicate = baseline();
    duplicate.tour.chapters[3].id = duplicate.tour.chapters[2].id;
    expect(parseError(duplicate)).toContain('duplicate chapter id');
  });

  it('rejects an empty or overlong caption, a stray field and a pitch over 45°', () => {
    const empty = baseline();
    empty.tour.chapters[4].caption.ru = '  ';
    expect(parseError(empty)).toContain('caption.ru');
    const long = baseline();
    long.tour.chapters[4].caption.en = 'x'.repeat(TOUR_CAPTION_MAX_CHARS + 1);
    expect(parseError(long)).toContain('caption.en');
    const stray = baseline();
    stray.tour.chapters[4].layers = {};
    expect(parseError(stray)).toContain('chapters[4]');
    const pitch = baseline();
    pitch.tour.chapters[4].camera.pitch = 60;
    expect(parseError(pitch)).toContain('camera.pitch');
  });

  it('rejects missing, empty or overlong notes, naming the chapter and the language', () => {
    const missing = baseline();
    delete missing.tour.chapters[3].notes;
    expect(parseError(missing)).toContain('chapters[3]');
    const empty = baseline();
    empty.tour.chapters[3].notes.ky = ' ';
    expect(parseError(empty)).toContain('notes.ky');
    const long = baseline();
    long.tour.chapters[3].notes.en = 'x'.repeat(TOUR_NOTES_MAX_CHARS + 1);
    expect(parseError(long)).toContain('notes.en');
  });

  it('rejects analysis parameters outside the app ranges and a bad section', () => {
    const files = baseline();
    const index = files.tour.chapters.findIndex((c: Raw) => c.analysis);
    files.tour.chapters[index].analysis.radiusKm = RADIUS_RANGE_KM.max + 1;
    expect(parseError(files)).toContain('analysis.radiusKm');
    const source = baseline();
    source.tour.chapters[0].source = '2.1';
    expect(parseError(source)).toContain('chapters[0] (id "industrial-output-2015").source');
  });
});

describe('tour.json: written from the Concept', () => {
  const fromData = dataNumbers();
  const fromText = textNumbers(kyText);

  it.each(chapters.map((c) => [c.id, c] as const))(
    '%s quotes only numbers found in the Concept data files or the Kyrgyz text',
    (_id, chapter) => {
      for (const lang of LANGUAGES) {
        for (const [field, text] of [
          ['caption', chapter.caption[lang]],
          ['notes', chapter.notes[lang]],
        ] as const) {
          for (const quoted of quotedNumbers(text, lang)) {
            const known = quoted.values.some(
              (v) => fromData.has(numberKey(v)) || fromText.has(numberKey(v)),
            );
            expect(known, `${lang} ${field} quotes "${quoted.text}", not in the Concept`).toBe(
              true,
            );
          }
        }
      }
    },
  );

  it('quotes the same numbers in all three languages', () => {
    for (const chapter of chapters) {
      const values = (lang: Language) =>
        quotedNumbers(chapter.caption[lang], lang)
          .map((q) => numberKey(q.values[q.values.length - 1] ?? Number.NaN))
          .sort();
      expect(values('ky'), chapter.id).toEqual(values('en'));
      expect(values('ru'), chapter.id).toEqual(values('en'));
    }
  });

  it('keeps the figures of §2.1 and §4 exactly as the Concept gives them', () => {
    const en = Object.fromEntries(chapters.map((c) => [c.id, c.caption.en]));
    const all = Object.values(en).join(' ');
    for (const figure of ['39.1 %', '24.4 %', '18 %', '10.2 %', '84.4 %', '18,320 som']) {
      expect(all).toContain(figure);
    }
  });

  it.each(chapters.map((c) => [c.id, c.source] as const))(
    '%s cites sections (%s) that are headings of the Kyrgyz text',
    (_id, source) => {
      const sections = sectionsOf(source);
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) {
        const heading = new RegExp(`^\\s*${escapeRegExp(section ?? '')}\\.\\s+\\S`, 'm');
        expect(heading.test(kyText), `§${section} is not a heading`).toBe(true);
      }
      for (const table of tablesOf(source)) expect(kyText).toContain(`${table}-таблица`);
    },
  );

  it('names in Kyrgyz the places of every cluster §5.3 lists (issue 10)', () => {
    const list = kyText.slice(
      kyText.indexOf('- билим берүү'),
      kyText.indexOf('медициналык-фармацевттик (Бишкек ш.).') + 40,
    );
    const clusters = [...list.matchAll(/-\s*([^(\n]+?)\s*\(([^)]+)\)/g)].map((match) => ({
      name: (match[1] ?? '').trim(),
      places: (match[2] ?? '')
        .replace(/\s+/g, ' ')
        .split(/,| жана /)
        .map((place) => place.trim()),
    }));
    expect(clusters).toHaveLength(8);
    const caption = chapter('clusters').caption.ky;
    for (const { name, places } of clusters) {
      const start = caption.indexOf(`${name} (`);
      expect(start, name).toBeGreaterThanOrEqual(0);
      const listed = caption.slice(start, caption.indexOf(')', start));
      for (const place of places)
        expect(listed, `${name}: ${place}`).toContain(place.split(' ')[0]);
    }
  });

  it('names the regions of the transport and communication cluster in Russian and English too', () => {
    const generic = new Set(['Region', 'city', 'область', 'город']);
    const cluster = realAtlas().clusters.clusters.find((c) => c.id === 'transport-communication');
    const marker = { ru: 'транспортно-коммуникационного (', en: 'transport and communication (' };
    for (const lang of ['ru', 'en'] as const) {
      const caption = chapter('clusters').caption[lang];
      const start = caption.indexOf(marker[lang]);
      const listed = caption.slice(start, caption.indexOf(')', start));
      for (const id of cluster?.regions ?? []) {
        const region = realAtlas().regions.regions.find((r) => r.id === id);
        const word = region?.name[lang].split(' ').find((w) => !generic.has(w)) ?? id;
        expect(listed, `${lang}: ${id}`).toContain(word);
      }
    }
  });

  it('follows the arc of issue 5', () => {
    const has = (c: TourChapter, section: string) => sectionsOf(c.source).includes(section);
    const first = (c: TourChapter) => sectionsOf(c.source)[0];
    const steps: [string, (c: TourChapter) => boolean][] = [
      ['north–south disparity (§2.1)', (c) => first(c) === '2.1'],
      ['20 growth nodes (§5.1)', (c) => first(c) === '5.1' && c.overlays.growthNodes],
      ['specialisation (§5.2)', (c) => first(c) === '5.2'],
      [
        'logistics centres (§5.1–5.2)',
        (c) => c.overlays.logistics && (has(c, '5.1') || has(c, '5.2')),
      ],
      ['clusters (§5.3)', (c) => first(c) === '5.3' && c.overlays.clusters],
      ['zones (§5.4)', (c) => first(c) === '5.4' && c.mode === 'analyse' && c.analysisLayers.zones],
      [
        'border territories (§6.2)',
        (c) => first(c) === '6.2' && c.mode === 'analyse' && c.analysisLayers.band,
      ],
      ['Table 1 outlook (§4)', (c) => first(c) === '4' && /Table 1/.test(c.source)],
      [
        'catchments',
        (c) => c.mode === 'analyse' && c.analysisLayers.catchments && c.analysis?.radiusKm === 50,
      ],
    ];
    expect(first(chapters[0] as TourChapter)).toBe('2.1');
    let from = 0;
    for (const [name, matches] of steps) {
      const at = chapters.findIndex((c, i) => i >= from && matches(c));
      expect(at, `${name} after chapter ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(from, 'the catchments close the tour').toBe(chapters.length);
    // The disparity chapters open the tour, together.
    const disparity = chapters.map((c, i) => (first(c) === '2.1' ? i : -1)).filter((i) => i >= 0);
    expect(disparity).toEqual(disparity.map((_, i) => i));
  });

  it('turns on what each analysis chapter is about', () => {
    const byFirst = (section: string) => chapters.find((c) => sectionsOf(c.source)[0] === section);
    expect(byFirst('5.4')?.analysisLayers).toMatchObject({ zones: true, band: false });
    expect(byFirst('6.2')?.analysisLayers).toMatchObject({ band: true, zones: false });
    const last = chapters[chapters.length - 1];
    expect(last?.analysisLayers.catchments).toBe(true);
    expect(last?.analysis?.radiusKm).toBe(50);
  });
});

describe('tour.json: cameras', () => {
  const atlas = realAtlas();
  const country = bboxOf(atlas.country.features[0]?.geometry.coordinates);

  it.each(chapters.map((c) => [c.id, c] as const))(
    '%s looks at Kyrgyzstan with a modest tilt',
    (_id, chapter) => {
      const [lon, lat] = chapter.camera.center;
      expect(lon).toBeGreaterThan(country.west);
      expect(lon).toBeLessThan(country.east);
      expect(lat).toBeGreaterThan(country.south);
      expect(lat).toBeLessThan(country.north);
      expect(chapter.camera.pitch).toBeLessThanOrEqual(30);
      expect(chapter.camera.zoom).toBeGreaterThanOrEqual(5.5);
      expect(chapter.camera.zoom).toBeLessThanOrEqual(9);
    },
  );

  it('shows the whole country in every country-wide chapter at 1920×1080', () => {
    for (const chapter of chapters.filter((c) => c.camera.zoom <= 6.5)) {
      expect(contains(viewBox(chapter.camera), country), chapter.id).toBe(true);
    }
  });

  it('frames what each chapter highlights at 1920×1080', () => {
    for (const chapter of chapters) {
      if (!chapter.highlight) continue;
      expect(contains(viewBox(chapter.camera), highlightBox(chapter.highlight)), chapter.id).toBe(
        true,
      );
    }
  });
});
