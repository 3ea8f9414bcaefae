// An analysis session: the static working copy plus memoised pieces keyed by exactly what they
// depend on (a node's position and radius, a Voronoi cell's vertices, a zone's depth, the band's
// depth). Any run recomputes only the pieces whose keys changed, so dragging one node redoes its
// circle, the few cells around it and their uncovered pieces and overlaps; everything else is
// reused. Pieces not used by a run are freed at its end.
import { areaInsideConvex } from './area-inside-convex';
import { borderBand } from './border-band';
import { catchmentByNearestNode } from './catchment-by-nearest-node';
import { catchmentByRadius } from './catchment-by-radius';
import { catchmentCombined } from './catchment-combined';
import { catchmentOverlap } from './catchment-overlap';
import { clipConvex, ringArea } from './convex-polygon';
import { crossBorderZone } from './cross-border-zone';
import { EARTH_RADIUS_KM } from './equal-area-projection';
import { geodesicCircle } from './geodesic-circle';
import type { GeomPtr, GeosKit, PreparedPtr, XY } from './geos';
import { toLonLatGeometry } from './lonlat-output';
import { nearestNodeCells } from './nearest-node-cells';
import {
  type AnalysisParams,
  AnalysisParamsError,
  type AnalysisParamsInput,
  parseAnalysisParams,
} from './params';
import type {
  AnalysisInput,
  AnalysisResult,
  AreaFeature,
  AreaGeometry,
  BorderBandProperties,
  CatchmentProperties,
  LonLat,
  NodeCoverage,
  NodeOverrides,
  OverlapProperties,
  RegionCoverage,
  UncoveredProperties,
  ZoneProperties,
} from './types';
import { uncoveredTerritory } from './uncovered-territory';
import { createWorkingCopy, snapInside, type WorkingCopy } from './working-copy';

/** Vertices of a catchment circle (the issue asks for ≥ 64). */
const CIRCLE_SEGMENTS = 64;

export interface AnalysisSession {
  /**
   * Runs the analysis over the node set of `overrides` (see `NodeOverrides`: Concept nodes,
   * candidates, moved positions; may be empty); throws AnalysisParamsError for bad parameters,
   * node ids, candidates or positions.
   */
  run(params?: AnalysisParamsInput, overrides?: NodeOverrides): AnalysisResult;
  /** Frees every GEOS geometry the session holds. */
  dispose(): void;
}

interface Shape {
  ptr: GeomPtr;
  areaKm2: number;
  lonLat?: { geometry: AreaGeometry; repaired: boolean };
}

interface Circle {
  open: XY[];
  disc: GeomPtr;
}

interface Zone extends Shape {
  prepared: PreparedPtr;
  settlements: number;
  population: number;
}

interface PlacedNode {
  id: string;
  lonLat: LonLat;
  xy: XY;
  snapped: boolean;
}

/** A node the run may use; `reported` when its definition was already found invalid. */
interface NodeDefinition {
  lonLat: LonLat | undefined;
  reported?: boolean;
}

/** Cache whose entries live while runs keep asking for them. */
class Memo<V> {
  private readonly entries = new Map<string, { value: V; generation: number }>();
  computed = 0;
  reused = 0;
  ms = 0;

  constructor(
    readonly name: string,
    private readonly free: (value: V) => void,
  ) {}

  get(key: string, generation: number, make: () => V): V {
    const hit = this.entries.get(key);
    if (hit) {
      hit.generation = generation;
      this.reused++;
      return hit.value;
    }
    const started = performance.now();
    const value = make();
    this.ms += performance.now() - started;
    this.entries.set(key, { value, generation });
    this.computed++;
    return value;
  }

  sweep(generation: number): void {
    for (const [key, e] of this.entries) {
      if (e.generation !== generation) {
        this.free(e.value);
        this.entries.delete(key);
      }
    }
  }

  clear(): void {
    for (const e of this.entries.values()) this.free(e.value);
    this.entries.clear();
  }
}

const RAD = Math.PI / 180;

function greatCircleKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

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
 * Opens a session over `input` (projected and loaded into GEOS once).
 * @example
 * const session = createAnalysisSession(await loadGeos(), input);
 * const first = session.run({ method: 'radius', radiusKm: 50 });
 * const dragged = session.run({ method: 'radius', radiusKm: 50 }, { positions: { naryn: [76, 41.5] } });
 * session.dispose();
 */
export function createAnalysisSession(kit: GeosKit, input: AnalysisInput): AnalysisSession {
  const wc = createWorkingCopy(kit, input);
  return sessionOver(wc, true);
}

/** A session over an existing working copy (shared by the benchmark's cold runs). */
export function sessionOver(wc: WorkingCopy, ownsWorkingCopy: boolean): AnalysisSession {
  const { kit, projection } = wc;
  let generation = 0;
  const destroyShape = (s: Shape) => kit.destroy(s.ptr);
  const snaps = new Memo<{ xy: XY; distanceKm: number }>('snaps', () => {});
  const circles = new Memo<Circle>('circles', (c) => kit.destroy(c.disc));
  const cells = new Memo<Shape>('cells', destroyShape);
  const radius = new Memo<Shape>('radius', destroyShape);
  const combined = new Memo<Shape>('combined', destroyShape);
  const uncovered = new Memo<Shape>('uncovered', destroyShape);
  const regionCover = new Memo<Map<string, number>>('regionCover', () => {});
  const overlaps = new Memo<Shape | null>('overlaps', (s) => s && kit.destroy(s.ptr));
  const zones = new Memo<Zone>('zones', (z) => {
    kit.destroyPrepared(z.prepared);
    kit.destroy(z.ptr);
  });
  const bands = new Memo<Map<string, Shape>>('bands', (m) => {
    for (const s of m.values()) kit.destroy(s.ptr);
  });
  const memos = [
    snaps,
    circles,
    cells,
    radius,
    combined,
    uncovered,
    regionCover,
    overlaps,
    zones,
    bands,
  ];

  const nodeDefaults = new Map<string, NodeDefinition>(
    wc.growthNodes.map((n) => [n.id, { lonLat: n.lonLat }]),
  );
  const [cx0, cy0, cx1, cy1] = wc.country.extent;
  const frame: [number, number, number, number] = [cx0 - 10, cy0 - 10, cx1 + 10, cy1 + 10];
  const regionIds = [
    ...wc.regions.keys(),
    ...new Set(wc.settlements.map((s) => s.region).filter((r) => !wc.regions.has(r))),
  ];

  const shape = (ptr: GeomPtr): Shape => ({ ptr, areaKm2: kit.area(ptr) });
  const conversion = { ms: 0, computed: 0 };
  const geometryOf = (s: Shape) => {
    if (!s.lonLat) {
      const started = performance.now();
      s.lonLat = toLonLatGeometry(kit, kit.polygons(s.ptr), projection);
      conversion.ms += performance.now() - started;
      conversion.computed++;
    }
    return s.lonLat;
  };

  const validLonLat = (p: unknown): p is LonLat =>
    Array.isArray(p) &&
    p.length === 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90;

  /** Concept nodes plus the run's candidates (validated), in the default order. */
  function nodeDefinitions(
    overrides: NodeOverrides | undefined,
    problems: string[],
  ): Map<string, NodeDefinition> {
    const candidates = overrides?.candidates;
    if (candidates == null || (Array.isArray(candidates) && candidates.length === 0)) {
      return nodeDefaults;
    }
    const all = new Map<string, NodeDefinition>(nodeDefaults);
    if (!Array.isArray(candidates)) {
      problems.push('candidates must be a list of { id, coordinates, region }');
      return all;
    }
    candidates.forEach((c, k) => {
      const id: unknown = c?.id;
      if (typeof id !== 'string' || id === '') {
        problems.push(`candidate #${k + 1} has no id (a non-empty string)`);
        return;
      }
      if (nodeDefaults.has(id)) {
        problems.push(`candidate "${id}" has the id of a Concept growth node`);
        return;
      }
      if (all.has(id)) {
        problems.push(`candidate "${id}" listed twice`);
        return;
      }
      const region: unknown = c.region;
      if (region !== null && typeof region !== 'string') {
        problems.push(`candidate "${id}": region must be a string or null`);
      }
      if (validLonLat(c.coordinates)) all.set(id, { lonLat: c.coordinates });
      else {
        problems.push(`candidate "${id}" has no valid [lon, lat] coordinates`);
        all.set(id, { lonLat: undefined, reported: true });
      }
    });
    return all;
  }

  function placeNodes(overrides: NodeOverrides | undefined, gen: number): PlacedNode[] {
    const problems: string[] = [];
    const definitions = nodeDefinitions(overrides, problems);
    const ids = overrides?.nodeIds ?? [...definitions.keys()];
    const seen = new Set<string>();
    const placed: PlacedNode[] = [];
    for (const id of ids) {
      const base = definitions.get(id);
      if (!base) {
        problems.push(`unknown growth node "${id}"`);
        continue;
      }
      if (seen.has(id)) problems.push(`growth node "${id}" listed twice`);
      seen.add(id);
      const given = overrides?.positions?.[id] ?? base.lonLat;
      if (!validLonLat(given)) {
        if (!base.reported || overrides?.positions?.[id] !== undefined) {
          problems.push(`growth node "${id}" has no valid [lon, lat] position`);
        }
        continue;
      }
      const s = snaps.get(`${given[0]},${given[1]}`, gen, () =>
        snapInside(kit, wc.country, projection.forward(given)),
      );
      const snapped = s.distanceKm > 0;
      placed.push({
        id,
        xy: s.xy,
        lonLat: snapped ? projection.inverse(s.xy) : [given[0], given[1]],
        snapped,
      });
    }
    for (const id of Object.keys(overrides?.positions ?? {})) {
      if (!definitions.has(id)) problems.push(`unknown growth node "${id}" in positions`);
    }
    if (problems.length) throw new AnalysisParamsError(problems);
    return placed;
  }

  function run(paramsInput?: AnalysisParamsInput, overrides?: NodeOverrides): AnalysisResult {
    const started = performance.now();
    const params: AnalysisParams = parseAnalysisParams(paramsInput ?? {});
    const gen = ++generation;
    conversion.ms = 0;
    conversion.computed = 0;
    for (const m of memos) {
      m.computed = 0;
      m.reused = 0;
      m.ms = 0;
    }
    const { method, radiusKm: r } = params;
    const nodes = placeNodes(overrides, gen);
    const voronoi = nearestNodeCells(
      nodes.map((n) => n.xy),
      frame,
    );
    const openCells = voronoi.map((c) => c.ring);
    const xyKey = (n: PlacedNode) => `${n.xy[0]},${n.xy[1]}`;
    // A duplicate site (same point as an earlier node) has an empty cell: its own key, so it
    // never shares a piece with the full cell of a lone node at that point.
    const cellKeys = voronoi.map((c, i) =>
      c.ring.length === 0
        ? 'empty'
        : [nodes[i] as PlacedNode, ...c.neighbours.map((j) => nodes[j] as PlacedNode)]
            .map(xyKey)
            .join(';'),
    );
    const clippedCells = openCells.map((cell, i) =>
      cells.get(cellKeys[i] as string, gen, () => shape(catchmentByNearestNode(wc, cell))),
    );

    const usesCircles = method !== 'nearest';
    const circleKeys = nodes.map((n) => `${n.xy[0]},${n.xy[1]},${r}`);
    const nodeCircles = usesCircles
      ? nodes.map((n, i) =>
          circles.get(circleKeys[i] as string, gen, () => {
            const ring = geodesicCircle(n.lonLat, r, CIRCLE_SEGMENTS);
            const open = ring.slice(0, -1).map((p) => projection.forward(p));
            const closed = [...open, open[0] as XY];
            return { open, disc: kit.polygon([closed]) };
          }),
        )
      : [];

    // Catchments.
    const catchmentShapes: Shape[] = nodes.map((_, i) => {
      const cell = openCells[i] as XY[];
      if (method === 'nearest') return clippedCells[i] as Shape;
      const circle = nodeCircles[i] as Circle;
      if (method === 'radius') {
        return radius.get(circleKeys[i] as string, gen, () =>
          shape(catchmentByRadius(wc, circle.open)),
        );
      }
      return combined.get(`${circleKeys[i]}|${cellKeys[i]}`, gen, () =>
        shape(catchmentCombined(wc, circle.open, cell)),
      );
    });

    // Shape pieces (radius and combined cover the same territory).
    const uncoveredShapes: (Shape | null)[] = nodes.map((_, i) => {
      if (!usesCircles) return null;
      return uncovered.get(`${circleKeys[i]}|${cellKeys[i]}`, gen, () => {
        const ptr = uncoveredTerritory(
          wc,
          (clippedCells[i] as Shape).ptr,
          (nodeCircles[i] as Circle).disc,
        );
        return shape(ptr);
      });
    });

    // Covered area per region: Σ over nodes of area(region ∩ circle ∩ cell), clipped in JS.
    const coveredByRegion = new Map<string, number>();
    if (usesCircles) {
      nodes.forEach((_, i) => {
        const byRegion = regionCover.get(`${circleKeys[i]}|${cellKeys[i]}`, gen, () => {
          const m = new Map<string, number>();
          const cell = openCells[i] as XY[];
          const lens = cell.length < 3 ? [] : clipConvex((nodeCircles[i] as Circle).open, cell);
          if (lens.length < 3) return m;
          const [lx0, ly0, lx1, ly1] = extentOf(lens);
          const candidates = [...wc.regions].filter(([, region]) => {
            const [rx0, ry0, rx1, ry1] = region.extent;
            return !(rx0 > lx1 || rx1 < lx0 || ry0 > ly1 || ry1 < ly0);
          });
          // Most lenses lie inside one region: a prepared test settles those without clipping.
          const lensPtr = kit.polygon([[...lens, lens[0] as XY]]);
          const home = candidates.find(([, region]) =>
            kit.containsProperly(region.prepared, lensPtr),
          );
          kit.destroy(lensPtr);
          if (home) return m.set(home[0], Math.abs(ringArea(lens)));
          for (const [id, region] of candidates) {
            const a = areaInsideConvex(region.rings, lens);
            if (a > 0) m.set(id, a);
          }
          return m;
        });
        for (const [id, a] of byRegion) coveredByRegion.set(id, (coveredByRegion.get(id) ?? 0) + a);
      });
    }

    // Overlaps of radius catchments.
    const overlapFeatures: AreaFeature<OverlapProperties>[] = [];
    const overlapShapes: Shape[] = [];
    if (method === 'radius') {
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i] as PlacedNode;
          const b = nodes[j] as PlacedNode;
          if (Math.hypot(a.xy[0] - b.xy[0], a.xy[1] - b.xy[1]) >= 2 * r * 1.001) continue;
          const o = overlaps.get(`${circleKeys[i]}|${circleKeys[j]}`, gen, () => {
            const ptr = catchmentOverlap(
              wc,
              (catchmentShapes[i] as Shape).ptr,
              (nodeCircles[i] as Circle).open,
              (nodeCircles[j] as Circle).open,
            );
            return ptr === null ? null : shape(ptr);
          });
          if (o && o.areaKm2 > 0) {
            overlapShapes.push(o);
            overlapFeatures.push({
              type: 'Feature',
              properties: { nodes: [a.id, b.id], areaKm2: o.areaKm2 },
              geometry: geometryOf(o).geometry,
            });
          }
        }
      }
    }

    // Settlement membership by definition (distance), not by polygon.
    const nodeSettlements = nodes.map(() => ({ count: 0, population: 0 }));
    const covered = new Set<string>();
    for (const s of wc.settlements) {
      let nearest = -1;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i] as PlacedNode;
        const d = (n.xy[0] - s.xy[0]) ** 2 + (n.xy[1] - s.xy[1]) ** 2;
        if (d < best) {
          best = d;
          nearest = i;
        }
      }
      for (let i = 0; i < nodes.length; i++) {
        const within =
          !usesCircles || greatCircleKm(s.lonLat, (nodes[i] as PlacedNode).lonLat) <= r;
        const inside =
          method === 'radius'
            ? within
            : method === 'nearest'
              ? i === nearest
              : within && i === nearest;
        if (inside) {
          const acc = nodeSettlements[i] as { count: number; population: number };
          acc.count++;
          acc.population += s.population;
          covered.add(s.id);
        }
      }
    }

    const countryArea = wc.country.areaKm2;
    const nodeCoverage: NodeCoverage[] = nodes.map((n, i) => {
      const a = (catchmentShapes[i] as Shape).areaKm2;
      const acc = nodeSettlements[i] as { count: number; population: number };
      return {
        node: n.id,
        position: n.lonLat,
        snapped: n.snapped,
        areaKm2: a,
        shareOfCountry: a / countryArea,
        settlements: acc.count,
        population: acc.population,
      };
    });
    const catchmentFeatures: AreaFeature<CatchmentProperties>[] = nodes.map((n, i) => {
      const c = nodeCoverage[i] as NodeCoverage;
      return {
        type: 'Feature',
        properties: {
          node: n.id,
          method,
          areaKm2: c.areaKm2,
          shareOfCountry: c.shareOfCountry,
          settlements: c.settlements,
          population: c.population,
        },
        geometry: geometryOf(catchmentShapes[i] as Shape).geometry,
      };
    });
    const uncoveredFeatures: AreaFeature<UncoveredProperties>[] = [];
    let uncoveredArea = 0;
    uncoveredShapes.forEach((u, i) => {
      if (!u || u.areaKm2 <= 0) return;
      uncoveredArea += u.areaKm2;
      uncoveredFeatures.push({
        type: 'Feature',
        properties: { nearestNode: (nodes[i] as PlacedNode).id, areaKm2: u.areaKm2 },
        geometry: geometryOf(u).geometry,
      });
    });
    if (nodes.length === 0) {
      // No node takes part: the whole country is uncovered, whatever the method.
      const all = uncovered.get('country', gen, () => shape(kit.clone(wc.country.ptr)));
      uncoveredShapes.push(all);
      uncoveredArea = all.areaKm2;
      uncoveredFeatures.push({
        type: 'Feature',
        properties: { nearestNode: null, areaKm2: all.areaKm2 },
        geometry: geometryOf(all).geometry,
      });
    }
    const coveredArea = countryArea - uncoveredArea;
    const overlapArea =
      method === 'radius'
        ? Math.max(0, catchmentShapes.reduce((sum, s) => sum + s.areaKm2, 0) - coveredArea)
        : 0;

    // Zones.
    const zoneStats: ZoneProperties[] = [];
    const zoneFeatures: AreaFeature<ZoneProperties>[] = [];
    const zoneShapes: Zone[] = [];
    for (const z of wc.zones) {
      const depth = params.zoneDepthKm[z.neighbour];
      const zone = zones.get(`${z.id}|${depth}`, gen, () => {
        const ptr = crossBorderZone(wc, z, depth);
        let count = 0;
        let population = 0;
        for (const s of wc.settlements) {
          if (!z.regions.includes(s.region)) continue;
          if ((s.neighbourDistanceKm[z.neighbour] ?? Number.POSITIVE_INFINITY) <= depth) {
            count++;
            population += s.population;
          }
        }
        return { ...shape(ptr), prepared: kit.prepare(ptr), settlements: count, population };
      });
      const props: ZoneProperties = {
        zone: z.id,
        neighbour: z.neighbour,
        depthKm: depth,
        regions: z.regions,
        areaKm2: zone.areaKm2,
        settlements: zone.settlements,
        population: zone.population,
        growthNodes: nodes
          .filter((n) => kit.intersectsXY(zone.prepared, n.xy[0], n.xy[1]))
          .map((n) => n.id),
      };
      zoneShapes.push(zone);
      zoneStats.push(props);
      zoneFeatures.push({
        type: 'Feature',
        properties: props,
        geometry: geometryOf(zone).geometry,
      });
    }

    // Border band.
    const bandDepth = params.bandDepthKm;
    const band = bands.get(String(bandDepth), gen, () => {
      const m = new Map<string, Shape>();
      for (const [id, ptr] of borderBand(wc, bandDepth)) m.set(id, shape(ptr));
      return m;
    });
    const bandStats: BorderBandProperties[] = [];
    const bandFeatures: AreaFeature<BorderBandProperties>[] = [];
    let bandArea = 0;
    for (const [id, s] of band) {
      let count = 0;
      let population = 0;
      for (const st of wc.settlements) {
        if (st.region === id && st.borderDistanceKm <= bandDepth) {
          count++;
          population += st.population;
        }
      }
      const props: BorderBandProperties = {
        region: id,
        priority: wc.priorityRegions.has(id),
        depthKm: bandDepth,
        areaKm2: s.areaKm2,
        shareOfRegion: Math.min(1, s.areaKm2 / ((wc.regions.get(id)?.areaKm2 ?? 0) || 1)),
        settlements: count,
        population,
      };
      bandArea += s.areaKm2;
      bandStats.push(props);
      if (s.areaKm2 > 0) {
        bandFeatures.push({ type: 'Feature', properties: props, geometry: geometryOf(s).geometry });
      }
    }

    // Regions.
    const regions: RegionCoverage[] = regionIds.map((id) => {
      const poly = wc.regions.get(id);
      const inRegion = wc.settlements.filter((s) => s.region === id);
      const areaKm2 = poly ? poly.areaKm2 : null;
      const coveredAreaKm2 =
        areaKm2 === null
          ? null
          : usesCircles
            ? Math.min(areaKm2, coveredByRegion.get(id) ?? 0)
            : nodes.length > 0
              ? areaKm2
              : 0;
      return {
        region: id,
        areaKm2,
        coveredAreaKm2,
        coveredShare: areaKm2 && coveredAreaKm2 !== null ? coveredAreaKm2 / areaKm2 : null,
        settlements: inRegion.length,
        settlementsCovered: inRegion.filter((s) => covered.has(s.id)).length,
        population: inRegion.reduce((sum, s) => sum + s.population, 0),
        populationCovered: inRegion
          .filter((s) => covered.has(s.id))
          .reduce((sum, s) => sum + s.population, 0),
      };
    });

    const allShapes: Shape[] = [
      ...catchmentShapes,
      ...uncoveredShapes.filter((u): u is Shape => u !== null),
      ...[...band.values()],
    ];
    const repairedFeatures = [...allShapes, ...zoneShapes, ...overlapShapes].filter(
      (s) => s.lonLat?.repaired,
    ).length;

    let recomputed = 0;
    let reused = 0;
    const steps: AnalysisResult['timing']['steps'] = {
      lonLat: { ...conversion, reused: 0 },
    };
    for (const m of memos) {
      steps[m.name] = { ms: m.ms, computed: m.computed, reused: m.reused };
      recomputed += m.computed;
      reused += m.reused;
      m.sweep(gen);
    }
    const population = wc.settlements.reduce((sum, s) => sum + s.population, 0);
    const populationCovered = wc.settlements
      .filter((s) => covered.has(s.id))
      .reduce((sum, s) => sum + s.population, 0);

    return {
      params,
      catchments: { type: 'FeatureCollection', features: catchmentFeatures },
      uncovered: { type: 'FeatureCollection', features: uncoveredFeatures },
      overlaps: { type: 'FeatureCollection', features: overlapFeatures },
      zones: { type: 'FeatureCollection', features: zoneFeatures },
      borderBand: { type: 'FeatureCollection', features: bandFeatures },
      coverage: {
        method,
        radiusKm: r,
        countryAreaKm2: countryArea,
        coveredAreaKm2: coveredArea,
        coveredShare: coveredArea / countryArea,
        uncoveredAreaKm2: uncoveredArea,
        overlapAreaKm2: overlapArea,
        settlements: wc.settlements.length,
        settlementsCovered: covered.size,
        population,
        populationCovered,
        nodes: nodeCoverage,
        regions,
        zones: zoneStats,
        borderBand: {
          depthKm: bandDepth,
          areaKm2: bandArea,
          shareOfCountry: bandArea / countryArea,
          regions: bandStats,
        },
        relocatedSettlements: wc.relocatedSettlements,
        notes: [
          'Population counts only listed settlements (GeoNames/SimpleMaps towns); villages are missing.',
          'Areas are spherical (R = 6371.0088 km) from an equal-area projection; distances are great-circle.',
        ],
      },
      repairedFeatures,
      timing: { ms: performance.now() - started, recomputed, reused, steps },
    };
  }

  return {
    run,
    dispose() {
      for (const m of memos) m.clear();
      if (ownsWorkingCopy) wc.dispose();
    },
  };
}
