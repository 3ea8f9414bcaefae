// Per-operation golden files (DESIGN.md): tests/fixtures/<operation>/in/<case>.json → out/<case>.geojson,
// one folder per operation module, each case a few nodes on the committed geodata with a
// `description` of what it shows. Nodes are placed inside the country first, as in a run.
// REGEN=1 rewrites the outputs. They guard against change; correctness comes from the unit tests.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { borderBand } from '../../../src/analysis/border-band';
import { borderBandStatistics } from '../../../src/analysis/border-band-statistics';
import { catchmentByNearestNode } from '../../../src/analysis/catchment-by-nearest-node';
import { catchmentByRadius } from '../../../src/analysis/catchment-by-radius';
import { type CatchmentCircle, catchmentCircle } from '../../../src/analysis/catchment-circle';
import { catchmentCombined } from '../../../src/analysis/catchment-combined';
import { catchmentOverlap } from '../../../src/analysis/catchment-overlap';
import { clipConvex, closeRing } from '../../../src/analysis/convex-polygon';
import { crossBorderZone } from '../../../src/analysis/cross-border-zone';
import type { GeomPtr, GeosKit } from '../../../src/analysis/geos';
import { toLonLatGeometry } from '../../../src/analysis/lonlat-output';
import { nearestNodeCells } from '../../../src/analysis/nearest-node-cells';
import { type PlacedNode, placeInCountry } from '../../../src/analysis/node-placement';
import { lensAreaByRegion } from '../../../src/analysis/region-statistics';
import { settlementMembership } from '../../../src/analysis/settlement-membership';
import type { LonLat } from '../../../src/analysis/types';
import { uncoveredTerritory } from '../../../src/analysis/uncovered-territory';
import { createWorkingCopy, type WorkingCopy } from '../../../src/analysis/working-copy';
import { growthNodesInZone, zoneSettlements } from '../../../src/analysis/zone-statistics';
import type { CatchmentMethod } from '../../../src/vocabulary/analysis-params';
import { analysisInput, sharedSession } from './analysis-test-kit';
import { expectGolden, goldenCases, goldenInput, roundStatistics } from './golden-files';

/** One case: what it shows, and the operation's arguments. */
interface OperationCase {
  description: string;
  /** Nodes in order, id → [lon, lat]. */
  nodes?: Record<string, LonLat>;
  radiusKm?: number;
  method?: CatchmentMethod;
  /** cross-border-zone: the zone id. */
  zone?: string;
  /** cross-border-zone, border-band: depth (km). */
  depthKm?: number;
  /** border-band: the regions written out (the statistics cover all). */
  regions?: string[];
}

let kit: GeosKit;
let wc: WorkingCopy;
beforeAll(async () => {
  kit = (await sharedSession()).kit;
  wc = createWorkingCopy(kit, analysisInput());
});
afterAll(() => wc.dispose());

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const feature = (properties: object, geometry: Geometry): Feature => ({
  type: 'Feature',
  properties: roundStatistics(properties) as Record<string, unknown>,
  geometry,
});
/** A GEOS piece as a lon/lat feature with its area; the piece is freed. */
function areaFeature(properties: object, ptr: GeomPtr): Feature {
  const areaKm2 = kit.area(ptr);
  const { geometry } = toLonLatGeometry(kit, kit.polygons(ptr), wc.projection);
  kit.destroy(ptr);
  return feature({ ...properties, areaKm2 }, geometry);
}
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

function placed(c: OperationCase): PlacedNode[] {
  return Object.entries(c.nodes ?? {}).map(([id, lonLat]) => ({
    id,
    ...placeInCountry(wc, lonLat),
  }));
}
const cellsOf = (nodes: PlacedNode[]) =>
  nearestNodeCells(
    nodes.map((n) => n.xy),
    wc.cellFrame,
  ).map((c) => c.ring);
/** Runs `body` with each node's catchment circle, then frees them. */
function withCircles<T>(nodes: PlacedNode[], radiusKm: number, body: (c: CatchmentCircle[]) => T) {
  const circles = nodes.map((n) => catchmentCircle(wc, n.lonLat, radiusKm));
  try {
    return body(circles);
  } finally {
    for (const c of circles) kit.destroy(c.disc);
  }
}
const radiusOf = (c: OperationCase) => c.radiusKm ?? 50;

const OPERATIONS: Record<string, (c: OperationCase) => FeatureCollection> = {
  'node-placement': (c) =>
    collection(
      placed(c).map((n) =>
        feature(
          { node: n.id, snapped: n.snapped, movedKm: n.movedKm },
          { type: 'Point', coordinates: [round6(n.lonLat[0]), round6(n.lonLat[1])] },
        ),
      ),
    ),

  'catchment-by-radius': (c) => {
    const nodes = placed(c);
    return withCircles(nodes, radiusOf(c), (circles) =>
      collection(
        nodes.map((n, i) =>
          areaFeature({ node: n.id }, catchmentByRadius(wc, (circles[i] as CatchmentCircle).open)),
        ),
      ),
    );
  },

  'catchment-by-nearest-node': (c) => {
    const nodes = placed(c);
    const cells = cellsOf(nodes);
    return collection(
      nodes.map((n, i) => areaFeature({ node: n.id }, catchmentByNearestNode(wc, cells[i] ?? []))),
    );
  },

  'catchment-combined': (c) => {
    const nodes = placed(c);
    const cells = cellsOf(nodes);
    return withCircles(nodes, radiusOf(c), (circles) =>
      collection(
        nodes.map((n, i) =>
          areaFeature(
            { node: n.id },
            catchmentCombined(wc, (circles[i] as CatchmentCircle).open, cells[i] ?? []),
          ),
        ),
      ),
    );
  },

  'catchment-overlap': (c) => {
    const nodes = placed(c);
    return withCircles(nodes, radiusOf(c), (circles) => {
      const features: Feature[] = [];
      nodes.forEach((a, i) => {
        const catchment = catchmentByRadius(wc, (circles[i] as CatchmentCircle).open);
        nodes.slice(i + 1).forEach((b, k) => {
          const j = i + 1 + k;
          const ptr = catchmentOverlap(
            wc,
            catchment,
            (circles[i] as CatchmentCircle).open,
            (circles[j] as CatchmentCircle).open,
          );
          if (ptr !== null) features.push(areaFeature({ nodes: [a.id, b.id] }, ptr));
        });
        kit.destroy(catchment);
      });
      return collection(features);
    });
  },

  'uncovered-territory': (c) => {
    const nodes = placed(c);
    const cells = cellsOf(nodes);
    return withCircles(nodes, radiusOf(c), (circles) =>
      collection(
        nodes.map((n, i) => {
          const cell = catchmentByNearestNode(wc, cells[i] ?? []);
          const ptr = uncoveredTerritory(wc, cell, (circles[i] as CatchmentCircle).disc);
          kit.destroy(cell);
          return areaFeature({ nearestNode: n.id }, ptr);
        }),
      ),
    );
  },

  'cross-border-zone': (c) => {
    const zone = wc.zones.find((z) => z.id === c.zone);
    if (!zone) throw new Error(`no zone ${c.zone}`);
    const depthKm = c.depthKm ?? 30;
    const ptr = crossBorderZone(wc, zone, depthKm);
    const prepared = kit.prepare(ptr);
    const growthNodes = growthNodesInZone(kit, prepared, placed(c));
    kit.destroyPrepared(prepared);
    const properties = {
      zone: zone.id,
      neighbour: zone.neighbour,
      depthKm,
      ...zoneSettlements(wc.settlements, zone, depthKm),
      growthNodes,
    };
    return collection([areaFeature(properties, ptr)]);
  },

  'border-band': (c) => {
    const depthKm = c.depthKm ?? 30;
    const band = borderBand(wc, depthKm);
    const areas = new Map([...band].map(([id, ptr]) => [id, kit.area(ptr)]));
    const statistics = borderBandStatistics(areas, depthKm, {
      regions: wc.regions,
      priorityRegions: wc.priorityRegions,
      settlements: wc.settlements,
      countryAreaKm2: wc.country.areaKm2,
    });
    const features = statistics.regions
      .filter((r) => c.regions?.includes(r.region))
      .map((r) => areaFeature(r, band.get(r.region) as GeomPtr));
    for (const [id, ptr] of band) if (!c.regions?.includes(id)) kit.destroy(ptr);
    return collection(features);
  },

  'settlement-membership': (c) => {
    const nodes = placed(c);
    const { byNode } = settlementMembership(
      wc.settlements,
      nodes,
      c.method ?? 'radius',
      radiusOf(c),
    );
    return collection(
      wc.settlements.flatMap((s) => {
        const holders = nodes.filter((_, i) => byNode[i]?.settlements.includes(s.id));
        if (holders.length === 0) return [];
        return [
          feature(
            { settlement: s.id, region: s.region, nodes: holders.map((n) => n.id) },
            { type: 'Point', coordinates: [round6(s.lonLat[0]), round6(s.lonLat[1])] },
          ),
        ];
      }),
    );
  },

  'lens-area-by-region': (c) => {
    const nodes = placed(c);
    const cells = cellsOf(nodes);
    return withCircles(nodes, radiusOf(c), (circles) =>
      collection(
        nodes.map((n, i) => {
          const cell = cells[i] ?? [];
          const lens =
            cell.length < 3 ? [] : clipConvex((circles[i] as CatchmentCircle).open, cell);
          const byRegion = Object.fromEntries(lensAreaByRegion(wc, lens));
          const ptr = lens.length < 3 ? kit.polygon([]) : kit.polygon([closeRing(lens)]);
          return areaFeature({ node: n.id, areaKm2ByRegion: byRegion }, ptr);
        }),
      ),
    );
  },
};

for (const [operation, compute] of Object.entries(OPERATIONS)) {
  const dir = new URL(`../../fixtures/${operation}`, import.meta.url).pathname;
  describe(`${operation} golden files`, () => {
    it.each(goldenCases(dir))('%s', (name) => {
      expectGolden(compute(goldenInput(dir, name) as OperationCase), dir, name);
    });
  });
}
