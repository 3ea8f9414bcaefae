// Coverage per region: the covered area (from the catchment lenses) and the listed settlements.
import { areaInsideConvex } from './area-inside-convex';
import { ringArea } from './convex-polygon';
import type { XY } from './geos';
import type { RegionCoverage } from './types';
import type { WorkingCopy } from './working-copy';

function extentOf(ring: readonly XY[]): [number, number, number, number] {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const [x, y] of ring) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return [x0, y0, x1, y1];
}

/**
 * km² of each region inside one lens (a node's circle ∩ its nearest-node cell, an open convex
 * counter-clockwise ring): the lenses of all nodes are disjoint and together the covered
 * territory, so their sums per region are the covered area of each region. Measured in JS
 * (exact for a convex clip); most lenses lie inside one region, which a prepared GEOS test
 * settles without clipping. Regions the lens misses are absent.
 * @example
 * lensAreaByRegion(wc, clipConvex(circle.open, cells[i].ring)); // Bishkek at 50 km: Map { 'bishkek' → 111.4, 'chui' → 4040.3 }
 */
export function lensAreaByRegion(wc: WorkingCopy, lens: XY[]): Map<string, number> {
  const byRegion = new Map<string, number>();
  if (lens.length < 3) return byRegion;
  const { kit } = wc;
  const [lx0, ly0, lx1, ly1] = extentOf(lens);
  const near = [...wc.regions].filter(([, region]) => {
    const [rx0, ry0, rx1, ry1] = region.extent;
    return !(rx0 > lx1 || rx1 < lx0 || ry0 > ly1 || ry1 < ly0);
  });
  const lensPtr = kit.polygon([[...lens, lens[0] as XY]]);
  const home = near.find(([, region]) => kit.containsProperly(region.prepared, lensPtr));
  kit.destroy(lensPtr);
  if (home) return byRegion.set(home[0], Math.abs(ringArea(lens)));
  for (const [id, region] of near) {
    const a = areaInsideConvex(region.rings, lens);
    if (a > 0) byRegion.set(id, a);
  }
  return byRegion;
}

/**
 * Adds up per-region areas (the lenses of all nodes), in order.
 * @example
 * sumByRegion([new Map([['naryn', 10]]), new Map([['naryn', 5], ['chuy', 2]])]);
 * // Map { 'naryn' → 15, 'chuy' → 2 }
 */
export function sumByRegion(parts: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const total = new Map<string, number>();
  for (const part of parts) {
    for (const [id, a] of part) total.set(id, (total.get(id) ?? 0) + a);
  }
  return total;
}

/**
 * One entry per region: the regions with a polygon (in their order), then those known only from
 * their settlements' `region` (Osh city), whose areas are null. Covered area is capped at the
 * region's area (lens sums may exceed it by rounding); settlements covered are those in `covered`.
 * @example
 * regionCoverage(wc.regions, wc.settlements, membership.covered, coveredKm2)
 *   .find((r) => r.region === 'osh-city'); // { areaKm2: null, coveredShare: null, settlements: 1, … }
 */
export function regionCoverage(
  regions: ReadonlyMap<string, { areaKm2: number }>,
  settlements: readonly { id: string; region: string; population: number }[],
  covered: ReadonlySet<string>,
  coveredKm2: ReadonlyMap<string, number>,
): RegionCoverage[] {
  const ids = [
    ...regions.keys(),
    ...new Set(settlements.map((s) => s.region).filter((r) => !regions.has(r))),
  ];
  return ids.map((id) => {
    const inRegion = settlements.filter((s) => s.region === id);
    const inCatchments = inRegion.filter((s) => covered.has(s.id));
    const areaKm2 = regions.get(id)?.areaKm2 ?? null;
    const coveredAreaKm2 = areaKm2 === null ? null : Math.min(areaKm2, coveredKm2.get(id) ?? 0);
    return {
      region: id,
      areaKm2,
      coveredAreaKm2,
      coveredShare: areaKm2 && coveredAreaKm2 !== null ? coveredAreaKm2 / areaKm2 : null,
      settlements: inRegion.length,
      settlementsCovered: inCatchments.length,
      population: inRegion.reduce((sum, s) => sum + s.population, 0),
      populationCovered: inCatchments.reduce((sum, s) => sum + s.population, 0),
    };
  });
}
