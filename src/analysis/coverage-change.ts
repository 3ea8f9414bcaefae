// What a scenario gains and loses against another: territory covered by B but not by A, and the
// reverse. Covered = country − uncovered, so gained = ∪uncovered(A) − ∪uncovered(B) and
// lost = ∪uncovered(B) − ∪uncovered(A).
//
// The overlay runs on the results' lon/lat polygons themselves, snap-rounded to the 6-decimal grid
// every output uses (GEOS OverlayNG with a 1e-6° grid): its output lies on that grid and is valid
// by construction, and boundaries both scenarios share (the country's edge, Voronoi bisectors)
// cancel exactly where their vertices agree. Areas are measured on the engine's equal-area working
// plane (spherical km²). Redoing the overlay on the plane and converting back would round the new
// vertices afterwards, which can make thin necks self-intersect (it did: 2–3 repairs per run).
import { createEqualAreaProjection, type EqualAreaProjection } from './equal-area-projection';
import type { GeomPtr, GeosKit, PolygonRings, XY } from './geos';
import type { AnalysisResult, AreaCollection, AreaGeometry } from './types';

export interface CoverageChangeProperties {
  /** Spherical area of this piece (km²). */
  areaKm2: number;
}

/** Both scenarios' results and what B gains and loses against A (`coverageChange`). */
export interface ScenarioComparison extends CoverageChange {
  a: AnalysisResult;
  b: AnalysisResult;
}

export interface CoverageChange {
  /** Covered by B but not by A: one feature (Polygon) per connected piece, largest first. */
  gained: AreaCollection<CoverageChangeProperties>;
  /** Covered by A but not by B: one feature (Polygon) per connected piece, largest first. */
  lost: AreaCollection<CoverageChangeProperties>;
  /** Σ gained areas (km²). */
  gainedKm2: number;
  /** Σ lost areas (km²). */
  lostKm2: number;
  /** Output features repaired with GEOS MakeValid (expected 0: snap-rounding yields valid output). */
  repairedFeatures: number;
}

/** The output grid (degrees): 6 decimals, as every layer of the analysis. */
const GRID_DEG = 1e-6;
/**
 * Pieces nowhere wider than twice this (km, i.e. 2 m) are dropped. Where both runs trace the same
 * boundary, their lon/lat drawings may differ by up to ~0.5 m (a long planar edge is split into
 * ≤ 5 km lon/lat segments at different points when a circle cuts it elsewhere), which leaves
 * slivers of up to a few hundred m² in the overlay: noise, not territory anyone could see.
 */
const SLIVER_HALF_WIDTH_KM = 0.001;

const polygonsOf = (geometry: AreaGeometry): PolygonRings[] =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((rings) =>
    rings.map((ring) => ring.map((p): XY => [p[0] as number, p[1] as number])),
  );

/** The features of an uncovered layer dissolved into one lon/lat geometry (caller frees). */
function dissolve(kit: GeosKit, collection: AreaCollection<unknown>): GeomPtr {
  const parts = kit.multiPolygon(collection.features.flatMap((f) => polygonsOf(f.geometry)));
  try {
    return kit.geos.GEOSUnaryUnionPrec(parts, GRID_DEG);
  } finally {
    kit.destroy(parts);
  }
}

/** Planar area of lon/lat rings (km²), and whether the piece is a sliver (see above). */
function measure(
  kit: GeosKit,
  rings: PolygonRings,
  projection: EqualAreaProjection,
): { areaKm2: number; sliver: boolean } {
  // Output edges of the engine are ≤ 5 km, so projecting the vertices is within ~0.5 m.
  const poly = kit.polygon(rings.map((ring) => ring.map((p) => projection.forward(p))));
  const areaKm2 = kit.area(poly);
  const inner = kit.buffer(poly, -SLIVER_HALF_WIDTH_KM, 2);
  const sliver = kit.isEmpty(inner);
  kit.destroy(inner);
  kit.destroy(poly);
  return { areaKm2, sliver };
}

function toCollection(
  kit: GeosKit,
  ptr: GeomPtr,
  projection: EqualAreaProjection,
): { fc: AreaCollection<CoverageChangeProperties>; areaKm2: number; repaired: number } {
  let repaired = 0;
  const pieces = kit
    .polygons(ptr)
    .map((rings) => ({ rings, ...measure(kit, rings, projection) }))
    .filter((p) => !p.sliver)
    .sort((p, q) => q.areaKm2 - p.areaKm2);
  const features = pieces.map((p) => {
    let geometry: AreaGeometry = { type: 'Polygon', coordinates: p.rings };
    const poly = kit.polygon(p.rings);
    if (kit.invalidReason(poly) !== null) {
      // Not expected (snap-rounded overlay output is valid); kept as a safety net like the engine.
      const fixed = kit.makeValid(poly);
      const polys = kit.polygons(fixed);
      kit.destroy(fixed);
      geometry =
        polys.length === 1
          ? { type: 'Polygon', coordinates: polys[0] as PolygonRings }
          : { type: 'MultiPolygon', coordinates: polys };
      repaired++;
    }
    kit.destroy(poly);
    return { type: 'Feature' as const, properties: { areaKm2: p.areaKm2 }, geometry };
  });
  const areaKm2 = pieces.reduce((s, p) => s + p.areaKm2, 0);
  return { fc: { type: 'FeatureCollection', features }, areaKm2, repaired };
}

/**
 * Territory gained and lost going from scenario A to scenario B. Reads only each result's
 * `uncovered` layer (pass whole `AnalysisResult`s); pure apart from GEOS memory, which it frees.
 * Both results must come from the same dataset (the same country).
 * @example
 * const kit = await loadGeos();
 * const { gained, lost, gainedKm2, lostKm2 } = coverageChange(kit, resultA, resultB);
 * gainedKm2 - lostKm2; // ≈ resultB.coverage.coveredAreaKm2 − resultA.coverage.coveredAreaKm2
 */
export function coverageChange(
  kit: GeosKit,
  a: Pick<AnalysisResult, 'uncovered'>,
  b: Pick<AnalysisResult, 'uncovered'>,
  projection: EqualAreaProjection = createEqualAreaProjection(),
): CoverageChange {
  const uncoveredA = dissolve(kit, a.uncovered);
  const uncoveredB = dissolve(kit, b.uncovered);
  const gainedPtr = kit.geos.GEOSDifferencePrec(uncoveredA, uncoveredB, GRID_DEG);
  const lostPtr = kit.geos.GEOSDifferencePrec(uncoveredB, uncoveredA, GRID_DEG);
  try {
    const gained = toCollection(kit, gainedPtr, projection);
    const lost = toCollection(kit, lostPtr, projection);
    return {
      gained: gained.fc,
      lost: lost.fc,
      gainedKm2: gained.areaKm2,
      lostKm2: lost.areaKm2,
      repairedFeatures: gained.repaired + lost.repaired,
    };
  } finally {
    for (const p of [uncoveredA, uncoveredB, gainedPtr, lostPtr]) kit.destroy(p);
  }
}
