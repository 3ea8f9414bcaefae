// Builds geodata/hydro lakes and rivers from GSHHG (Debian gmt-gshhg-full) through `gmt coast`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, FeatureCollection, MultiLineString, Polygon, Position } from 'geojson';
import { lineLengthKm } from './boundaries';
import { makeFeature, roundLine, roundPolygon, writeFeatureCollection } from './geojson-io';
import { GEODATA, VIEW_BOX } from './sources';

interface HydroName {
  ky: string | null;
  ru: string | null;
  en: string;
}

interface HydroProperties {
  id: string;
  name: HydroName | null;
}

/** Lakes smaller than this (km²) are left out: invisible at the zooms the app uses. */
const LAKE_MIN_AREA_KM2 = 2;
/** Douglas–Peucker tolerance (m) for lake shores (≈1.3 px at zoom 9, ~115 m/px at 42° N). */
const LAKE_TOLERANCE_M = 150;
/** Douglas–Peucker tolerance (m) for river lines (≈2 px at zoom 9). */
const RIVER_TOLERANCE_M = 250;
/** GSHHG/WDBII river levels kept: 1 double-lined, 2 permanent major, 3–4 additional. */
const RIVER_LEVELS = [1, 2, 3, 4] as const;
/** River lines shorter than this (km) after clipping are left out. */
const RIVER_MIN_LENGTH_KM = 3;
/** An anchor must lie within this distance (km) of a river line to name it. */
const ANCHOR_MAX_KM = 5;
/** Largest gap (km) bridged between two GSHHG lines of one named river. */
const RIVER_GAP_MAX_KM = 5;

/**
 * Named lakes: the GSHHG lake polygon containing the lake's Wikipedia infobox coordinate.
 * Names (en/ky/ru) are from the same Wikipedia articles.
 */
const NAMED_LAKES: readonly { id: string; name: HydroName; point: Position; source: string }[] = [
  {
    id: 'chatyr-kol',
    name: { en: 'Chatyr-Köl', ky: 'Чатыр-Көл', ru: 'Чатыр-Куль' },
    point: [75.3, 40.617],
    source: 'English Wikipedia "Chatyr-Köl" (mirror https://enwikipedia.net/wiki/Chatyr-K%C3%B6l)',
  },
  {
    id: 'issyk-kul',
    name: { en: 'Issyk-Kul', ky: 'Ысык-Көл', ru: 'Иссык-Куль' },
    point: [77.25, 42.41667],
    source:
      'English Wikipedia "Issyk-Kul" (DBpedia 2021-06 snapshot) for names; Latin Wikipedia https://la.m.wikipedia.org/wiki/Issyk_Kul for 42°25′N 77°15′E',
  },
  {
    id: 'song-kol',
    name: { en: 'Song-Köl', ky: 'Соң-Көл', ru: 'Сон-Куль' },
    point: [75.167, 41.833],
    source: 'English Wikipedia "Song-Köl" (mirror https://wikiclassic.com/wiki/Song_Kol)',
  },
];

/**
 * Named rivers: the chain of GSHHG river lines joining consecutive anchors (shortest path
 * through the river network). Anchors are Wikipedia infobox source/mouth coordinates or
 * GeoNames points of towns the article names on the river.
 */
const NAMED_RIVERS: readonly {
  id: string;
  name: HydroName;
  anchors: { label: string; point: Position; toLineEnd?: boolean }[];
  source: string;
}[] = [
  {
    id: 'chu',
    name: { en: 'Chu', ky: 'Чүй', ru: 'Чу' },
    anchors: [
      { label: 'source (Wikipedia)', point: [75.74139, 42.221] },
      // The Chu continues past Tokmok along the Kazakh border into Kazakhstan (Wikipedia).
      { label: 'Tokmok (GeoNames 1527199)', point: [75.30149, 42.84194], toLineEnd: true },
    ],
    source: 'English Wikipedia "Chu River" (mirror https://wiki2.org/en/Chu_River)',
  },
  {
    id: 'kara-darya',
    name: { en: 'Kara Darya', ky: 'Кара-Дарыя', ru: 'Карадарья' },
    anchors: [
      { label: 'source (Wikipedia)', point: [73.4228, 40.6487] },
      { label: 'mouth (Wikipedia)', point: [71.75, 40.9] },
    ],
    source:
      'English Wikipedia "Kara Darya": https://en.wikipedia.org/wiki/Kara_Darya?oldid=781472163 (names), mirror https://hessslslslsls.azureedge.net/wiki/Kara_Darya (source/mouth coordinates)',
  },
  {
    id: 'naryn',
    name: { en: 'Naryn', ky: 'Нарын', ru: 'Нарын' },
    anchors: [
      // Upstream of the town the line is the Chong-Naryn, counted in the Naryn's 807 km.
      { label: 'Naryn (GeoNames 1527592)', point: [75.99111, 41.42866], toLineEnd: true },
      { label: 'Tash-Kumyr (GeoNames 1527260)', point: [72.21707, 41.34612] },
      { label: 'mouth (Wikipedia)', point: [71.7575, 40.90083] },
    ],
    source:
      'English Wikipedia "Naryn (river)": https://en.wikipedia.org/wiki/Naryn_(river), mirror https://en.wikipedia-on-ipfs.org/wiki/Naryn_(river) (names, mouth)',
  },
  {
    id: 'talas',
    name: { en: 'Talas', ky: 'Талас', ru: null },
    anchors: [
      { label: 'Talas (GeoNames 1527299)', point: [72.24274, 42.52277] },
      { label: 'Taraz (GeoNames 1516905)', point: [71.36667, 42.9] },
    ],
    source:
      'English Wikipedia "Talas River" (mirrors http://theinfolist.com/php/SummaryGet.php?FindGo=Talas_River, http://w.owiki.org/wiki/Talas_River)',
  },
];

interface GmtSegment {
  level: number;
  line: Position[];
}

/** True when the `gmt` binary and the full-resolution GSHHG data can be used. */
function gmtAvailable(): boolean {
  const result = spawnSync('gmt', ['--version'], { encoding: 'utf8' });
  return result.status === 0;
}

function runGmt(args: string[]): string {
  const result = spawnSync('gmt', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`gmt ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** Parses `gmt coast -M` multi-segment output; drops zero-length pieces. */
function parseGmt(text: string): GmtSegment[] {
  const segments: GmtSegment[] = [];
  let current: GmtSegment | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('>')) {
      const level = Number(/Level (\d+)/.exec(line)?.[1] ?? Number.NaN);
      current = { level, line: [] };
      segments.push(current);
      continue;
    }
    const [x, y] = line.split(/\s+/).map(Number);
    if (current && x !== undefined && y !== undefined) current.line.push([x, y]);
  }
  return segments.filter((s) => roundLine(s.line).length >= 2);
}

const nodeKey = (p: Position) => `${(p[0] ?? 0).toFixed(7)},${(p[1] ?? 0).toFixed(7)}`;

/** Joins pieces cut at GSHHG bin edges: merges lines through nodes where exactly two meet. */
function stitch(lines: Position[][]): Position[][] {
  const ends = new Map<string, number[]>();
  lines.forEach((line, i) => {
    for (const p of [line[0], line[line.length - 1]]) {
      const key = nodeKey(p as Position);
      ends.set(key, [...(ends.get(key) ?? []), i]);
    }
  });
  const used = new Set<number>();
  const out: Position[][] = [];
  const unusedAt = (key: string) => {
    const list = ends.get(key) ?? [];
    if (list.length !== 2) return undefined;
    return list.find((i) => !used.has(i));
  };
  for (let start = 0; start < lines.length; start++) {
    if (used.has(start)) continue;
    used.add(start);
    let chain = [...(lines[start] as Position[])];
    for (const forward of [true, false]) {
      for (;;) {
        const tip = forward ? chain[chain.length - 1] : chain[0];
        const next = unusedAt(nodeKey(tip as Position));
        if (next === undefined) break;
        used.add(next);
        let piece = lines[next] as Position[];
        const startsHere = nodeKey(piece[0] as Position) === nodeKey(tip as Position);
        if (forward) {
          if (!startsHere) piece = [...piece].reverse();
          chain = [...chain, ...piece.slice(1)];
        } else {
          if (startsHere) piece = [...piece].reverse();
          chain = [...piece.slice(0, -1), ...chain];
        }
      }
    }
    out.push(chain);
  }
  return out;
}

/** Douglas–Peucker in a local equirectangular frame; tolerance in metres. */
function simplifyLine(line: Position[], toleranceM: number): Position[] {
  if (line.length <= 2) return line;
  const lat0 = ((line[0]?.[1] ?? 0) * Math.PI) / 180;
  const mPerDegY = 111_320;
  const mPerDegX = 111_320 * Math.cos(lat0);
  const xy = line.map((p) => [(p[0] ?? 0) * mPerDegX, (p[1] ?? 0) * mPerDegY] as const);
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [number, number];
    const [ax, ay] = xy[a] as readonly [number, number];
    const [bx, by] = xy[b] as readonly [number, number];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let worstD = toleranceM;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = xy[i] as readonly [number, number];
      let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
      t = Math.max(0, Math.min(1, t));
      const d = Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Clips a line to the view box (Liang–Barsky per segment); returns the inside pieces. */
function clipLineToViewBox(line: Position[]): Position[][] {
  const [w, s, e, n] = VIEW_BOX;
  const pieces: Position[][] = [];
  let current: Position[] = [];
  const flush = () => {
    if (current.length >= 2) pieces.push(current);
    current = [];
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const [x0 = 0, y0 = 0] = line[i] as Position;
    const [x1 = 0, y1 = 0] = line[i + 1] as Position;
    let t0 = 0;
    let t1 = 1;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const edges: [number, number][] = [
      [-dx, x0 - w],
      [dx, e - x0],
      [-dy, y0 - s],
      [dy, n - y0],
    ];
    let visible = true;
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (!visible || t0 > t1) {
      flush();
      continue;
    }
    const a: Position = [x0 + t0 * dx, y0 + t0 * dy];
    const b: Position = [x0 + t1 * dx, y0 + t1 * dy];
    if (current.length === 0) current.push(a);
    current.push(b);
    if (t1 < 1) flush();
  }
  flush();
  return pieces;
}

interface HydroReport {
  lakes: { id: string; areaKm2: number; named: boolean }[];
  lakesDroppedOpen: number;
  rivers: { id: string; lengthKm: number; lines: number; anchorKm: number[] }[];
  unnamedRiverLines: number;
  riverVertices: number;
}

/** Rebuilds geodata/hydro/*.geojson with `gmt`; returns null (files kept) when gmt is missing. */
export function buildHydro(): HydroReport | null {
  if (!gmtAvailable()) return null;
  const region = `-R${VIEW_BOX[0]}/${VIEW_BOX[2]}/${VIEW_BOX[1]}/${VIEW_BOX[3]}`;

  // Lakes: GSHHG level-2 shorelines, stitched across bin edges into closed rings.
  const lakeSegments = parseGmt(runGmt(['coast', region, '-Df', '-A0/2/2', '-W2/0.1p', '-M']));
  const rings = stitch(lakeSegments.filter((s) => s.level === 2).map((s) => s.line));
  const closed = rings.filter(
    (r) => nodeKey(r[0] as Position) === nodeKey(r[r.length - 1] as Position),
  );
  const lakePolygons = closed
    .map((ring) => roundPolygon([simplifyLine(ring, LAKE_TOLERANCE_M)]))
    .filter((p): p is Position[][] => p !== null)
    .map((coordinates) => ({ type: 'Polygon', coordinates }) as Polygon)
    .map((polygon) => ({ polygon, areaKm2: area(polygon) / 1e6 }))
    .filter((l) => l.areaKm2 >= LAKE_MIN_AREA_KM2)
    .sort((a, b) => b.areaKm2 - a.areaKm2);
  let unnamedLake = 0;
  const lakes = lakePolygons.map(({ polygon, areaKm2 }) => {
    const named = NAMED_LAKES.find((l) => booleanPointInPolygon(l.point, polygon));
    unnamedLake += named ? 0 : 1;
    const id = named ? named.id : `lake-${String(unnamedLake).padStart(3, '0')}`;
    return {
      feature: makeFeature<Polygon, HydroProperties>({ id, name: named?.name ?? null }, polygon),
      areaKm2,
    };
  });
  for (const l of NAMED_LAKES) {
    if (!lakes.some((x) => x.feature.properties.id === l.id))
      throw new Error(`lake ${l.id} not found in GSHHG`);
  }

  // Rivers: permanent rivers, stitched at bin edges, clipped to the view box, simplified.
  const riverSegments = parseGmt(
    runGmt(['coast', region, '-Df', ...RIVER_LEVELS.map((l) => `-I${l}`), '-M']),
  );
  const riverLines = stitch(riverSegments.map((s) => s.line))
    .flatMap((line) => clipLineToViewBox(line))
    .sort((a, b) => nodeKey(a[0] as Position).localeCompare(nodeKey(b[0] as Position)));
  const { ranges, anchorKm } = nameRiverRanges(riverLines);
  const pieces = splitByRanges(riverLines, ranges)
    .map((p) => ({ line: roundLine(simplifyLine(p.line, RIVER_TOLERANCE_M)), river: p.river }))
    .filter((p) => p.line.length >= 2)
    .filter((p) => p.river !== null || lineLengthKm([p.line]) >= RIVER_MIN_LENGTH_KM);

  const rivers: Feature<MultiLineString, HydroProperties>[] = [];
  const riverReport: HydroReport['rivers'] = [];
  for (const river of NAMED_RIVERS) {
    const lines = pieces.filter((p) => p.river === river.id).map((p) => p.line);
    riverReport.push({
      id: river.id,
      lengthKm: lineLengthKm(lines),
      lines: lines.length,
      anchorKm: anchorKm[river.id] ?? [],
    });
    rivers.push(
      makeFeature(
        { id: river.id, name: river.name },
        { type: 'MultiLineString', coordinates: lines },
      ),
    );
  }
  const unnamed = pieces.filter((p) => p.river === null);
  unnamed.forEach((p, i) => {
    const id = `river-${String(i + 1).padStart(3, '0')}`;
    rivers.push(
      makeFeature({ id, name: null }, { type: 'MultiLineString', coordinates: [p.line] }),
    );
  });

  writeFeatureCollection(join(GEODATA, 'hydro', 'lakes.geojson'), {
    type: 'FeatureCollection',
    features: lakes.map((l) => l.feature),
  } as FeatureCollection);
  writeFeatureCollection(join(GEODATA, 'hydro', 'rivers.geojson'), {
    type: 'FeatureCollection',
    features: rivers,
  } as FeatureCollection);

  return {
    lakes: lakes.map((l) => ({
      id: l.feature.properties.id,
      areaKm2: l.areaKm2,
      named: l.feature.properties.name !== null,
    })),
    lakesDroppedOpen: rings.length - closed.length,
    rivers: riverReport,
    unnamedRiverLines: unnamed.length,
    riverVertices: pieces.reduce((sum, p) => sum + p.line.length, 0),
  };
}

interface LineRange {
  line: number;
  from: number;
  to: number;
  river: string;
}

/** Nearest line and vertex of a point (vertices of the unsimplified GSHHG lines, ~100 m apart). */
function nearestVertex(
  lines: Position[][],
  point: Position,
): { line: number; vertex: number; km: number } {
  let best = { line: -1, vertex: -1, km: Number.POSITIVE_INFINITY };
  lines.forEach((line, li) => {
    line.forEach((p, vi) => {
      const km = distance(point, p, { units: 'kilometers' });
      if (km < best.km) best = { line: li, vertex: vi, km };
    });
  });
  return best;
}

/**
 * Names stretches of river lines. An anchor snaps to the nearest line vertex (≤ ANCHOR_MAX_KM),
 * staying on the previous anchor's line when that line is close enough. Between consecutive
 * anchors the name follows the line both lie on; when they lie on different lines (GSHHG does not join tributaries), it follows the
 * first line to its end nearest the second line and continues on the second line from the
 * vertex nearest that end (gap ≤ RIVER_GAP_MAX_KM). `toLineEnd` extends the name beyond the
 * first/last anchor to the end of its line.
 */
function nameRiverRanges(lines: Position[][]): {
  ranges: LineRange[];
  anchorKm: Record<string, number[]>;
} {
  const ranges: LineRange[] = [];
  const anchorKm: Record<string, number[]> = {};
  for (const river of NAMED_RIVERS) {
    const hits: { line: number; vertex: number; km: number }[] = [];
    for (const a of river.anchors) {
      // Stay on the previous anchor's line when it passes close enough (two rivers meet at a mouth).
      const previous = hits[hits.length - 1];
      const onPrevious = previous
        ? nearestVertex([lines[previous.line] as Position[]], a.point)
        : null;
      const hit =
        previous && onPrevious && onPrevious.km <= ANCHOR_MAX_KM
          ? { ...onPrevious, line: previous.line }
          : nearestVertex(lines, a.point);
      if (hit.km > ANCHOR_MAX_KM) {
        throw new Error(
          `river ${river.id}: anchor ${a.label} is ${hit.km.toFixed(1)} km from any line`,
        );
      }
      hits.push(hit);
    }
    anchorKm[river.id] = hits.map((h) => h.km);
    const own: LineRange[] = [];
    for (let k = 0; k + 1 < hits.length; k++) {
      const a = hits[k] as (typeof hits)[number];
      const b = hits[k + 1] as (typeof hits)[number];
      if (a.line === b.line) {
        own.push({ line: a.line, from: a.vertex, to: b.vertex, river: river.id });
        continue;
      }
      const lineA = lines[a.line] as Position[];
      const lineB = lines[b.line] as Position[];
      const ends = [0, lineA.length - 1].map((vertex) => {
        const onB = nearestVertex([lineB], lineA[vertex] as Position);
        return { vertex, onB: onB.vertex, km: onB.km };
      });
      const join = ends.sort((x, y) => x.km - y.km)[0] as (typeof ends)[number];
      if (join.km > RIVER_GAP_MAX_KM) {
        throw new Error(`river ${river.id}: gap of ${join.km.toFixed(1)} km between lines`);
      }
      own.push({ line: a.line, from: a.vertex, to: join.vertex, river: river.id });
      own.push({ line: b.line, from: join.onB, to: b.vertex, river: river.id });
    }
    const extend = (anchorIndex: number, range: LineRange | undefined, atStart: boolean) => {
      const anchor = river.anchors[anchorIndex];
      if (!anchor?.toLineEnd || !range) return;
      const vertex = atStart ? range.from : range.to;
      const other = atStart ? range.to : range.from;
      const lastIndex = (lines[range.line] as Position[]).length - 1;
      const end = other >= vertex ? 0 : lastIndex;
      own.push({ line: range.line, from: vertex, to: end, river: river.id });
    };
    extend(0, own[0], true);
    extend(river.anchors.length - 1, own[own.length - 1], false);
    ranges.push(...own);
  }
  return { ranges, anchorKm };
}

/** Splits each line into named stretches and unnamed remainders. */
function splitByRanges(
  lines: Position[][],
  ranges: LineRange[],
): { line: Position[]; river: string | null }[] {
  const pieces: { line: Position[]; river: string | null }[] = [];
  lines.forEach((line, li) => {
    const owner: (string | null)[] = line.map(() => null);
    const segmentOwner: (string | null)[] = line.slice(1).map(() => null);
    for (const r of ranges.filter((x) => x.line === li)) {
      const lo = Math.min(r.from, r.to);
      const hi = Math.max(r.from, r.to);
      for (let i = lo; i < hi; i++) segmentOwner[i] = r.river;
      for (let i = lo; i <= hi; i++) owner[i] = r.river;
    }
    let start = 0;
    for (let i = 1; i <= segmentOwner.length; i++) {
      if (i === segmentOwner.length || segmentOwner[i] !== segmentOwner[start]) {
        pieces.push({ line: line.slice(start, i + 1), river: segmentOwner[start] ?? null });
        start = i;
      }
    }
  });
  return pieces;
}
