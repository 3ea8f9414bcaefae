// An analysis session: the static working copy plus memoised pieces keyed by exactly what they
// depend on (a node's position and radius, a Voronoi cell's neighbours, a zone's depth, the band's
// depth). Any run recomputes only the pieces whose keys changed, so dragging one node redoes its
// circle, the few cells around it and their uncovered pieces and overlaps; everything else is
// reused. Pieces not used by a run are freed at its end. The geometry and the statistics
// themselves come from the operation modules; this file only decides what to keep.
import { type AreaPiece, analysisResult, type RunPieces } from './analysis-result';
import { borderBand } from './border-band';
import { catchmentByNearestNode } from './catchment-by-nearest-node';
import { catchmentByRadius } from './catchment-by-radius';
import { type CatchmentCircle, catchmentCircle } from './catchment-circle';
import { catchmentCombined } from './catchment-combined';
import { catchmentOverlap } from './catchment-overlap';
import { clipConvex } from './convex-polygon';
import { crossBorderZone } from './cross-border-zone';
import type { GeomPtr, GeosKit, PreparedPtr, XY } from './geos';
import { toLonLatGeometry } from './lonlat-output';
import { nearestNodeCells } from './nearest-node-cells';
import { createNodeOverridesReader } from './node-overrides';
import { type NodePlacement, type PlacedNode, placeInCountry } from './node-placement';
import { type AnalysisParamsInput, parseAnalysisParams } from './params';
import { lensAreaByRegion, sumByRegion } from './region-statistics';
import { settlementMembership } from './settlement-membership';
import type { AnalysisInput, AnalysisResult, AreaGeometry, NodeOverrides } from './types';
import { uncoveredTerritory } from './uncovered-territory';
import { createWorkingCopy, type WorkingCopy } from './working-copy';
import { growthNodesInZone, zoneSettlements } from './zone-statistics';

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

/** A memoised piece of territory: a GEOS geometry, its area, its lon/lat drawing once drawn. */
interface Piece extends AreaPiece {
  ptr: GeomPtr;
  lonLat?: { geometry: AreaGeometry; repaired: boolean };
}

interface ZonePiece extends Piece {
  prepared: PreparedPtr;
  settlements: number;
  population: number;
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

/** Cache key of a planar point: pieces are functions of positions, not of node ids. */
const pointKey = ([x, y]: readonly [number, number]) => `${x},${y}`;

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
  const freePiece = (p: Piece) => kit.destroy(p.ptr);
  // Memo names are the keys of `timing.steps`.
  const placements = new Memo<NodePlacement>('snaps', () => {});
  const circles = new Memo<CatchmentCircle>('circles', (c) => kit.destroy(c.disc));
  const cells = new Memo<Piece>('cells', freePiece);
  const radius = new Memo<Piece>('radius', freePiece);
  const combined = new Memo<Piece>('combined', freePiece);
  const uncovered = new Memo<Piece>('uncovered', freePiece);
  const regionCover = new Memo<Map<string, number>>('regionCover', () => {});
  const overlaps = new Memo<Piece | null>('overlaps', (p) => p && kit.destroy(p.ptr));
  const zones = new Memo<ZonePiece>('zones', (z) => {
    kit.destroyPrepared(z.prepared);
    kit.destroy(z.ptr);
  });
  const bands = new Memo<Map<string, Piece>>('bands', (m) => {
    for (const p of m.values()) kit.destroy(p.ptr);
  });
  const memos = [
    placements,
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
  const nodesOfRun = createNodeOverridesReader(wc.growthNodes);
  const regionAreas = new Map([...wc.regions].map(([id, r]) => [id, r.areaKm2]));

  const piece = (ptr: GeomPtr): Piece => ({ ptr, areaKm2: kit.area(ptr) });
  const conversion = { ms: 0, computed: 0 };
  /** Draws a piece in lon/lat once; a reused piece keeps its drawing. */
  const lonLatOf = (p: Piece) => {
    if (!p.lonLat) {
      const started = performance.now();
      p.lonLat = toLonLatGeometry(kit, kit.polygons(p.ptr), projection);
      conversion.ms += performance.now() - started;
      conversion.computed++;
    }
    return p.lonLat;
  };

  function run(paramsInput?: AnalysisParamsInput, overrides?: NodeOverrides): AnalysisResult {
    const started = performance.now();
    const params = parseAnalysisParams(paramsInput ?? {});
    const requested = nodesOfRun(overrides);
    const gen = ++generation;
    conversion.ms = 0;
    conversion.computed = 0;
    for (const m of memos) {
      m.computed = 0;
      m.reused = 0;
      m.ms = 0;
    }
    const { method, radiusKm: r } = params;
    const usesCircles = method !== 'nearest';

    const nodes: PlacedNode[] = requested.map(({ id, lonLat }) => {
      const at = placements.get(pointKey(lonLat), gen, () => placeInCountry(wc, lonLat));
      return { id, ...at, lonLat: [at.lonLat[0], at.lonLat[1]] };
    });
    const voronoi = nearestNodeCells(
      nodes.map((n) => n.xy),
      wc.cellFrame,
    );
    // A cell is a function of its site and the sites whose bisectors bound it. A duplicate site
    // (same point as an earlier node) has an empty cell: its own key, so it never shares a piece
    // with the full cell of a lone node at that point.
    const cellKeys = voronoi.map((c, i) =>
      c.ring.length === 0
        ? 'empty'
        : [i, ...c.neighbours].map((j) => pointKey((nodes[j] as PlacedNode).xy)).join(';'),
    );
    const cellRings = voronoi.map((c) => c.ring);
    const clippedCells = cellRings.map((ring, i) =>
      cells.get(cellKeys[i] as string, gen, () => piece(catchmentByNearestNode(wc, ring))),
    );
    const circleKeys = nodes.map((n) => `${pointKey(n.xy)},${r}`);
    const nodeCircles = usesCircles
      ? nodes.map((n, i) =>
          circles.get(circleKeys[i] as string, gen, () => catchmentCircle(wc, n.lonLat, r)),
        )
      : [];
    /** Key of what lies in one node's circle and cell (combined, uncovered, region cover). */
    const lensKey = (i: number) => `${circleKeys[i]}|${cellKeys[i]}`;

    const catchments = nodes.map((_, i): Piece => {
      if (method === 'nearest') return clippedCells[i] as Piece;
      const circle = nodeCircles[i] as CatchmentCircle;
      if (method === 'radius') {
        return radius.get(circleKeys[i] as string, gen, () =>
          piece(catchmentByRadius(wc, circle.open)),
        );
      }
      const cell = cellRings[i] as XY[];
      return combined.get(lensKey(i), gen, () => piece(catchmentCombined(wc, circle.open, cell)));
    });

    // Uncovered: each node's cell minus its circle (radius and combined catchments cover the
    // same territory, the lenses circle ∩ cell); with no node, the whole country.
    const uncoveredPieces: RunPieces<Piece>['uncovered'] =
      nodes.length === 0
        ? [
            {
              nearestNode: null,
              piece: uncovered.get('country', gen, () => piece(kit.clone(wc.country.ptr))),
            },
          ]
        : !usesCircles
          ? []
          : nodes.map((n, i) => ({
              nearestNode: n.id,
              piece: uncovered.get(lensKey(i), gen, () =>
                piece(
                  uncoveredTerritory(
                    wc,
                    (clippedCells[i] as Piece).ptr,
                    (nodeCircles[i] as CatchmentCircle).disc,
                  ),
                ),
              ),
            }));

    const coveredKm2ByRegion = usesCircles
      ? sumByRegion(
          nodes.map((_, i) =>
            regionCover.get(lensKey(i), gen, () => {
              const cell = cellRings[i] as XY[];
              const circle = (nodeCircles[i] as CatchmentCircle).open;
              return lensAreaByRegion(wc, cell.length < 3 ? [] : clipConvex(circle, cell));
            }),
          ),
        )
      : nodes.length > 0
        ? regionAreas // the cells partition the country
        : new Map<string, number>();

    const overlapPieces: { nodes: [string, string]; piece: Piece }[] = [];
    if (method === 'radius') {
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          const a = nodes[i] as PlacedNode;
          const b = nodes[j] as PlacedNode;
          // Circles farther apart than two radii (+ 0.1 % for the projection) cannot meet.
          if (Math.hypot(a.xy[0] - b.xy[0], a.xy[1] - b.xy[1]) >= 2 * r * 1.001) continue;
          const o = overlaps.get(`${circleKeys[i]}|${circleKeys[j]}`, gen, () => {
            const ptr = catchmentOverlap(
              wc,
              (catchments[i] as Piece).ptr,
              (nodeCircles[i] as CatchmentCircle).open,
              (nodeCircles[j] as CatchmentCircle).open,
            );
            return ptr === null ? null : piece(ptr);
          });
          if (o) overlapPieces.push({ nodes: [a.id, b.id], piece: o });
        }
      }
    }

    const zonePieces = wc.zones.map((z) => {
      const depthKm = params.zoneDepthKm[z.neighbour];
      const zone = zones.get(`${z.id}|${depthKm}`, gen, () => {
        const ptr = crossBorderZone(wc, z, depthKm);
        return {
          ...piece(ptr),
          prepared: kit.prepare(ptr),
          ...zoneSettlements(wc.settlements, z, depthKm),
        };
      });
      return {
        zone: z,
        depthKm,
        piece: zone,
        settlements: zone.settlements,
        population: zone.population,
        growthNodes: growthNodesInZone(kit, zone.prepared, nodes),
      };
    });

    const band = bands.get(String(params.bandDepthKm), gen, () => {
      const m = new Map<string, Piece>();
      for (const [id, ptr] of borderBand(wc, params.bandDepthKm)) m.set(id, piece(ptr));
      return m;
    });

    const result = analysisResult(
      wc,
      {
        params,
        nodes,
        catchments,
        uncovered: uncoveredPieces,
        overlaps: overlapPieces,
        zones: zonePieces,
        band,
        membership: settlementMembership(wc.settlements, nodes, method, r),
        coveredKm2ByRegion,
      },
      lonLatOf,
    );

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
    return { ...result, timing: { ms: performance.now() - started, recomputed, reused, steps } };
  }

  return {
    run,
    dispose() {
      for (const m of memos) m.clear();
      if (ownsWorkingCopy) wc.dispose();
    },
  };
}
