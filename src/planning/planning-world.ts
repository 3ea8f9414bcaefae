// What the planning models stand on: the demand (listed settlements with population, and an
// equal-area grid of the country for km²), the candidate sites and who is within reach of whom.
// Everything is placed exactly as the analysis places it, so "covered" means what it means there.
import { areaInsideConvex } from '../analysis/area-inside-convex';
import type { XY } from '../analysis/geos';
import { greatCircleKm } from '../analysis/great-circle';
import type { LonLat } from '../analysis/types';
import type { WorkingCopy } from '../analysis/working-copy';

/** A listed settlement as the analysis places it (50 m inside its region when its point is not). */
export interface PlanningSettlement {
  id: string;
  region: string;
  /** Listed population; 0 where the sources give none. */
  population: number;
  lonLat: LonLat;
  xy: XY;
}

/** One square of the equal-area grid (the working plane is equal-area: a square is s² km²). */
export interface GridCell {
  /** Centre of the square. */
  lonLat: LonLat;
  xy: XY;
  /** km² of the square inside the country (s² inside, less on the border). */
  areaKm2: number;
  /** Whether the centre is inside the country (only then may a node stand there). */
  isSite: boolean;
  /** Region whose polygon holds the centre (null outside every oblast polygon). */
  region: string | null;
}

export interface PlanningWorld {
  settlements: PlanningSettlement[];
  grid: GridCell[];
  gridSpacingKm: number;
  /** Listed population in total, and the country's area (km²). */
  totalPopulation: number;
  countryAreaKm2: number;
  /** The region whose polygon holds a planar point, or null. */
  regionAt(xy: XY): string | null;
}

/** Grid spacing of the app and the CLI: the "no coarser than 10 km". */
const GRID_SPACING_KM = 10;

/**
 * The world of the planning models over the analysis working copy.
 * @example
 * const world = planningWorld(wc); // 10 km grid: ~2,000 squares
 * world.grid.reduce((s, c) => s + c.areaKm2, 0); // ≈ wc.country.areaKm2
 */
export function planningWorld(wc: WorkingCopy, spacingKm = GRID_SPACING_KM): PlanningWorld {
  const { kit, country, projection } = wc;
  const regions = [...wc.regions];
  const regionAt = (xy: XY) =>
    regions.find(([, r]) => kit.containsXY(r.prepared, xy[0], xy[1]))?.[0] ?? null;
  const [x0, y0, x1, y1] = country.extent;
  const half = spacingKm / 2;
  const grid: GridCell[] = [];
  // Squares aligned on the projection's centre, so the grid is the same whatever the extent.
  for (let i = Math.floor(x0 / spacingKm); i * spacingKm <= x1; i++) {
    for (let j = Math.floor(y0 / spacingKm); j * spacingKm <= y1; j++) {
      const xy: XY = [(i + 0.5) * spacingKm, (j + 0.5) * spacingKm];
      const isSite = kit.containsXY(country.prepared, xy[0], xy[1]);
      // Away from the border a square is wholly in or out: only border squares are clipped.
      const nearBorder = kit.distanceXY(wc.countryBoundary, xy[0], xy[1]) < half * Math.SQRT2;
      const areaKm2 = nearBorder
        ? areaInsideConvex(country.rings, [
            [xy[0] - half, xy[1] - half],
            [xy[0] + half, xy[1] - half],
            [xy[0] + half, xy[1] + half],
            [xy[0] - half, xy[1] + half],
          ])
        : isSite
          ? spacingKm * spacingKm
          : 0;
      if (areaKm2 <= 1e-9 && !isSite) continue;
      grid.push({ lonLat: projection.inverse(xy), xy, areaKm2, isSite, region: regionAt(xy) });
    }
  }
  const settlements = wc.settlements.map((s) => ({
    id: s.id,
    region: s.region,
    population: s.population,
    lonLat: s.lonLat,
    xy: s.xy,
  }));
  return {
    settlements,
    grid,
    gridSpacingKm: spacingKm,
    totalPopulation: settlements.reduce((sum, s) => sum + s.population, 0),
    countryAreaKm2: country.areaKm2,
    regionAt,
  };
}

/** Something with a place: a demand point, a site or a node. */
export interface Placed {
  lonLat: LonLat;
  xy: XY;
}

/**
 * For each demand point, the indices of the `sites` within `radiusKm` great-circle (the analysis's
 * rule: covered when the distance is at most the radius). A planar bucket index finds the few
 * sites near each point; the great-circle distance decides.
 * @example
 * withinReach([{ lonLat, xy }], sites, 50); // [[0, 3, 7]]
 */
export function withinReach(
  demand: readonly Placed[],
  sites: readonly Placed[],
  radiusKm: number,
): number[][] {
  // Planar distances are within 0.07 % of great-circle ones in the country: search a little wider.
  const reach = radiusKm * 1.01 + 1;
  const bucket = Math.max(reach, 1);
  const buckets = new Map<string, number[]>();
  const key = (bx: number, by: number) => `${bx}:${by}`;
  sites.forEach((s, k) => {
    const id = key(Math.floor(s.xy[0] / bucket), Math.floor(s.xy[1] / bucket));
    const list = buckets.get(id);
    if (list) list.push(k);
    else buckets.set(id, [k]);
  });
  return demand.map((d) => {
    const bx = Math.floor(d.xy[0] / bucket);
    const by = Math.floor(d.xy[1] / bucket);
    const found: number[] = [];
    for (let i = bx - 1; i <= bx + 1; i++) {
      for (let j = by - 1; j <= by + 1; j++) {
        for (const k of buckets.get(key(i, j)) ?? []) {
          if (greatCircleKm(d.lonLat, (sites[k] as Placed).lonLat) <= radiusKm) found.push(k);
        }
      }
    }
    return found.sort((a, b) => a - b);
  });
}
