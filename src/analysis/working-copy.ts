// The static half of the analysis, prepared once per dataset: every boundary projected to the
// equal-area plane and loaded into GEOS, prepared predicates, zone region unions, and each
// settlement's distances to the border (so zone and band membership is a comparison).
import {
  createEqualAreaProjection,
  type EqualAreaProjection,
  KYRGYZSTAN_CENTRE,
} from './equal-area-projection';
import type { GeomPtr, GeosKit, PolygonRings, PreparedPtr, XY } from './geos';
import type { AnalysisInput, AreaGeometry, NeighbourIso } from './types';

/** Zone depth upper bound (km): border lines are clipped to the zone regions ± this. */
const MAX_ZONE_DEPTH_KM = 100;
/** Margin (km) of the cells' frame around the country: cells only need to reach past its edge. */
const CELL_FRAME_MARGIN_KM = 10;
/** How far inside its polygon a relocated point is put (km). */
const SNAP_INSET_KM = 0.05;

export interface PlanarArea {
  /** The polygons as planar rings (for JS-side area clipping). */
  rings: PolygonRings[];
  ptr: GeomPtr;
  prepared: PreparedPtr;
  areaKm2: number;
  extent: [number, number, number, number];
}

export interface PlanarSettlement {
  id: string;
  region: string;
  population: number;
  xy: XY;
  lonLat: [number, number];
  /** Planar distance (km) to the whole state border. */
  borderDistanceKm: number;
  /** Planar distance (km) to each neighbour's border line. */
  neighbourDistanceKm: Partial<Record<NeighbourIso, number>>;
}

export interface WorkingCopy {
  kit: GeosKit;
  projection: EqualAreaProjection;
  country: PlanarArea;
  /** Lines of the country's boundary (all borders, enclave rings included). */
  countryBoundary: GeomPtr;
  /** The country simplified by 0.1 km, the input of the inward buffer. */
  countryForBuffer: GeomPtr;
  regions: Map<string, PlanarArea>;
  /** The rectangle nearest-node cells are cut from: the country's extent ± 10 km. */
  cellFrame: [number, number, number, number];
  zones: {
    id: string;
    neighbour: NeighbourIso;
    regions: string[];
    /** Union of the zone's regions. */
    area: PlanarArea;
    /**
     * The neighbour's border near the zone regions (clipped to their extent ± 100 km), as open
     * lines plus enclave polygons (see `bufferableBorder`).
     */
    nearbyBorder: GeomPtr;
  }[];
  priorityRegions: Set<string>;
  settlements: PlanarSettlement[];
  relocatedSettlements: { id: string; region: string; distanceKm: number }[];
  growthNodes: { id: string; region: string; lonLat: [number, number] }[];
  dispose(): void;
}

/**
 * Longest input edge (km) kept as one straight edge of the working plane. Input edges are
 * straight in lon/lat, which is a curve in the plane (a 35 km edge bows ~20 m); splitting them
 * keeps the plane within half a metre of the lon/lat lines the data means.
 */
const MAX_INPUT_EDGE_KM = 5;
/**
 * Buffers (zones, the band's inward edge) start from outlines simplified by 0.1 km: about 20 %
 * faster, and within the 0.5 km the zone tests allow together with the 0.2 km arc tolerance
 * and the ≤ 0.07 % distance distortion of the projection.
 */
const BUFFER_INPUT_TOLERANCE_KM = 0.1;

/** Projects lon/lat rings, splitting long edges along the lon/lat straight line first. */
function projectLonLatLine(
  line: readonly (readonly number[])[],
  projection: EqualAreaProjection,
): XY[] {
  const out: XY[] = [];
  line.forEach((p, i) => {
    const before = i > 0 ? line[i - 1] : undefined;
    const lon = p[0] as number;
    const lat = p[1] as number;
    if (before) {
      const [x0, y0] = projection.forward([before[0] as number, before[1] as number]);
      const [x1, y1] = projection.forward([lon, lat]);
      const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / MAX_INPUT_EDGE_KM);
      for (let k = 1; k < steps; k++) {
        const t = k / steps;
        out.push(
          projection.forward([
            (before[0] as number) + t * (lon - (before[0] as number)),
            (before[1] as number) + t * (lat - (before[1] as number)),
          ]),
        );
      }
    }
    out.push(projection.forward([lon, lat]));
  });
  return out;
}

function projectPolygons(geometry: AreaGeometry, projection: EqualAreaProjection): PolygonRings[] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((rings) => rings.map((ring) => projectLonLatLine(ring, projection)));
}

function planarArea(kit: GeosKit, ptr: GeomPtr): PlanarArea {
  return {
    rings: kit.polygons(ptr),
    ptr,
    prepared: kit.prepare(ptr),
    areaKm2: kit.area(ptr),
    extent: kit.extent(ptr),
  };
}

/**
 * Moves a point that lies outside `area` to just inside its nearest edge (50 m in); returns the
 * point unchanged when it is inside. Used for Kara-Suu, whose point falls ~1 km into Uzbekistan
 * at 1:10m, and for nodes dragged across the border.
 * @example
 * snapInside(kit, wc.country, [x, y]); // { xy: [x', y'], distanceKm: 1.1 }
 */
export function snapInside(kit: GeosKit, area: PlanarArea, xy: XY): { xy: XY; distanceKm: number } {
  if (kit.intersectsXY(area.prepared, xy[0], xy[1])) return { xy, distanceKm: 0 };
  const q = kit.nearestPoint(area.ptr, xy[0], xy[1]);
  const dx = q[0] - xy[0];
  const dy = q[1] - xy[1];
  const d = Math.hypot(dx, dy);
  const inset: XY = [q[0] + (dx / d) * SNAP_INSET_KM, q[1] + (dy / d) * SNAP_INSET_KM];
  return { xy: kit.containsXY(area.prepared, inset[0], inset[1]) ? inset : q, distanceKm: d };
}

/**
 * Projects and loads the static geodata into GEOS once; `dispose()` frees it.
 * @example
 * const wc = createWorkingCopy(await loadGeos(), input);
 * wc.country.areaKm2; // ≈ 199 000
 */
export function createWorkingCopy(kit: GeosKit, input: AnalysisInput): WorkingCopy {
  const projection = createEqualAreaProjection(KYRGYZSTAN_CENTRE);
  const owned: GeomPtr[] = [];
  const prepared: PreparedPtr[] = [];
  const area = (ptr: GeomPtr) => {
    owned.push(ptr);
    const a = planarArea(kit, ptr);
    prepared.push(a.prepared);
    return a;
  };
  const country = area(kit.multiPolygon(projectPolygons(input.country, projection)));
  const countryBoundary = kit.geos.GEOSBoundary(country.ptr);
  owned.push(countryBoundary);
  const countryForBuffer = kit.geos.GEOSTopologyPreserveSimplify(
    country.ptr,
    BUFFER_INPUT_TOLERANCE_KM,
  );
  owned.push(countryForBuffer);

  const regions = new Map<string, PlanarArea>();
  for (const r of input.regions) {
    regions.set(r.id, area(kit.multiPolygon(projectPolygons(r.geometry, projection))));
  }

  const borderByNeighbour = new Map<NeighbourIso, GeomPtr>();
  // For buffering: open lines stay lines, closed rings (enclaves) become polygons. GEOS 3.13
  // buffers a closed LineString wrongly at larger distances (a spurious hole appears around the
  // ring: Shakhimardan at 25 km), while the polygon's buffer is exact outside the enclave — and
  // the inside is not Kyrgyz territory anyway.
  const bufferableBorder = new Map<NeighbourIso, GeomPtr>();
  for (const b of input.borderLines) {
    const lines = (
      b.geometry.type === 'LineString' ? [b.geometry.coordinates] : b.geometry.coordinates
    ).map((l) => projectLonLatLine(l, projection));
    const ptr = kit.multiLineString(lines);
    owned.push(ptr);
    borderByNeighbour.set(b.neighbour, ptr);
    const closed = (l: XY[]) => {
      const a = l[0] as XY;
      const z = l[l.length - 1] as XY;
      return l.length >= 4 && a[0] === z[0] && a[1] === z[1];
    };
    const parts = [
      ...lines.filter((l) => !closed(l)).map((l) => kit.lineString(l)),
      ...lines.filter(closed).map((l) => kit.polygon([l])),
    ];
    const exact = kit.collection(7, parts);
    const bufferable = kit.geos.GEOSTopologyPreserveSimplify(exact, BUFFER_INPUT_TOLERANCE_KM);
    kit.destroy(exact);
    owned.push(bufferable);
    bufferableBorder.set(b.neighbour, bufferable);
  }

  const zones = input.zones.map((z) => {
    const parts = z.regions.map((id) => {
      const r = regions.get(id);
      if (!r) throw new Error(`zone ${z.id}: region ${id} has no polygon`);
      return kit.clone(r.ptr);
    });
    const collection = kit.collection(7, parts);
    const union = kit.unaryUnion(collection);
    kit.destroy(collection);
    const zoneArea = area(union);
    const line = bufferableBorder.get(z.neighbour);
    if (line === undefined) throw new Error(`zone ${z.id}: no border line for ${z.neighbour}`);
    const m = MAX_ZONE_DEPTH_KM + 1;
    const [x0, y0, x1, y1] = zoneArea.extent;
    const nearbyBorder = kit.geos.GEOSClipByRect(line, x0 - m, y0 - m, x1 + m, y1 + m);
    owned.push(nearbyBorder);
    return {
      id: z.id,
      neighbour: z.neighbour,
      regions: [...z.regions],
      area: zoneArea,
      nearbyBorder,
    };
  });

  const relocatedSettlements: WorkingCopy['relocatedSettlements'] = [];
  const settlements = input.settlements.map((s): PlanarSettlement => {
    const home = regions.get(s.region) ?? country;
    const snapped = snapInside(kit, home, projection.forward(s.coordinates));
    if (snapped.distanceKm > 0) {
      relocatedSettlements.push({
        id: s.id,
        region: s.region,
        distanceKm: Math.round(snapped.distanceKm * 1000) / 1000,
      });
    }
    const [x, y] = snapped.xy;
    const neighbourDistanceKm: PlanarSettlement['neighbourDistanceKm'] = {};
    for (const [n, ptr] of borderByNeighbour) neighbourDistanceKm[n] = kit.distanceXY(ptr, x, y);
    return {
      id: s.id,
      region: s.region,
      population: s.population ?? 0,
      xy: snapped.xy,
      lonLat: snapped.distanceKm > 0 ? projection.inverse(snapped.xy) : s.coordinates,
      borderDistanceKm: kit.distanceXY(countryBoundary, x, y),
      neighbourDistanceKm,
    };
  });

  const [cx0, cy0, cx1, cy1] = country.extent;
  return {
    kit,
    projection,
    country,
    countryBoundary,
    countryForBuffer,
    regions,
    cellFrame: [
      cx0 - CELL_FRAME_MARGIN_KM,
      cy0 - CELL_FRAME_MARGIN_KM,
      cx1 + CELL_FRAME_MARGIN_KM,
      cy1 + CELL_FRAME_MARGIN_KM,
    ],
    zones,
    priorityRegions: new Set(input.priorityRegions),
    settlements,
    relocatedSettlements,
    growthNodes: input.growthNodes.map((g) => ({
      id: g.id,
      region: g.region,
      lonLat: g.coordinates,
    })),
    dispose() {
      for (const p of prepared) kit.destroyPrepared(p);
      for (const p of owned) kit.destroy(p);
    },
  };
}
