// The benchmark's yardstick: the same canonical analysis written straightforwardly in GEOS
// (geos-wasm) on the same projected inputs: buffered points as circles, GEOS Voronoi, overlays
// against the whole country, a 20-way union for the uncovered territory, buffers of the full
// border lines, the band as country minus its inward buffer, output through geos-wasm's helper.
import type { Geometry } from 'geojson';
import { geosGeomToGeojson } from 'geos-wasm/helpers';
import { createEqualAreaProjection } from '../src/analysis/equal-area-projection';
import type { GeomPtr, GeosKit, XY } from '../src/analysis/geos';
import type { AnalysisParams } from '../src/analysis/params';
import type { AnalysisInput, AreaGeometry } from '../src/analysis/types';

type Coords = number | Coords[];

export function createGeosBaseline(kit: GeosKit, input: AnalysisInput) {
  const g = kit.geos;
  const projection = createEqualAreaProjection();
  const project = (geometry: AreaGeometry) =>
    kit.multiPolygon(
      (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).map((p) =>
        p.map((r) => r.map((c) => projection.forward([c[0] as number, c[1] as number]))),
      ),
    );
  const country = project(input.country);
  const regions = new Map(input.regions.map((r) => [r.id, project(r.geometry)]));
  const lines = new Map(
    input.borderLines.map((b) => [
      b.neighbour,
      kit.multiLineString(
        (b.geometry.type === 'LineString' ? [b.geometry.coordinates] : b.geometry.coordinates).map(
          (l) => l.map((c) => projection.forward([c[0] as number, c[1] as number])),
        ),
      ),
    ]),
  );
  const zones = input.zones.map((z) => {
    let u = kit.clone(regions.get(z.regions[0] as string) as GeomPtr);
    for (const id of z.regions.slice(1)) {
      const n = kit.union(u, regions.get(id) as GeomPtr);
      kit.destroy(u);
      u = n;
    }
    return { ...z, union: u };
  });
  const settlements = input.settlements.map((s) => projection.forward(s.coordinates));

  const unproject = (c: Coords): Coords =>
    typeof (c as Coords[])[0] === 'number'
      ? projection.inverse(c as unknown as XY)
      : (c as Coords[]).map(unproject);
  const toGeoJson = (ptr: GeomPtr) => {
    const geo = geosGeomToGeojson(ptr, g) as Geometry;
    if ('coordinates' in geo) return unproject(geo.coordinates as Coords);
    return null;
  };
  const countIn = (ptr: GeomPtr) => {
    const prep = kit.prepare(ptr);
    let n = 0;
    for (const [x, y] of settlements) if (kit.intersectsXY(prep, x, y)) n++;
    kit.destroyPrepared(prep);
    return n;
  };

  function run(params: AnalysisParams, positions: [number, number][]) {
    const out: GeomPtr[] = [];
    const temp: GeomPtr[] = [];
    const keep = (p: GeomPtr) => {
      out.push(p);
      return p;
    };
    const tmp = (p: GeomPtr) => {
      temp.push(p);
      return p;
    };
    const pts = positions.map((ll) => {
      const [x, y] = projection.forward(ll);
      return g.GEOSGeom_createPointFromXY(x, y);
    });
    const { method, radiusKm: r } = params;
    const circles = method === 'nearest' ? [] : pts.map((p) => tmp(kit.buffer(p, r, 16)));
    let cells: GeomPtr[] = [];
    if (method !== 'radius') {
      const mp = tmp(
        kit.collection(
          4,
          pts.map((p) => kit.clone(p)),
        ),
      );
      const vor = tmp(g.GEOSVoronoiDiagram(mp, country, 0, 2));
      cells = pts.map((_, i) => tmp(kit.intersection(g.GEOSGetGeometryN(vor, i), country)));
    }
    const catchments =
      method === 'radius'
        ? circles.map((c) => keep(kit.intersection(c, country)))
        : method === 'nearest'
          ? cells.map((c) => keep(kit.clone(c)))
          : circles.map((c, i) => keep(kit.intersection(c, cells[i] as GeomPtr)));
    for (const c of catchments) countIn(c);
    if (method !== 'nearest') {
      const all = tmp(
        kit.unaryUnion(
          tmp(
            kit.collection(
              7,
              circles.map((c) => kit.clone(c)),
            ),
          ),
        ),
      );
      const uncovered = keep(kit.difference(country, all));
      for (const reg of regions.values()) tmp(kit.intersection(reg, uncovered));
    }
    if (method === 'radius') {
      for (let i = 0; i < circles.length; i++) {
        for (let j = i + 1; j < circles.length; j++) {
          const a = circles[i] as GeomPtr;
          const b = circles[j] as GeomPtr;
          if (g.GEOSIntersects(a, b) !== 1) continue;
          keep(kit.intersection(tmp(kit.intersection(a, b)), country));
        }
      }
    }
    for (const z of zones) {
      const zone = keep(
        kit.intersection(
          tmp(kit.buffer(lines.get(z.neighbour) as GeomPtr, params.zoneDepthKm[z.neighbour], 8)),
          z.union,
        ),
      );
      countIn(zone);
    }
    const band = tmp(kit.difference(country, tmp(kit.buffer(country, -params.bandDepthKm, 8))));
    for (const reg of regions.values()) keep(kit.intersection(band, reg));
    let total = 0;
    const geojson = out.map((p) => {
      total += kit.area(p);
      return toGeoJson(p);
    });
    for (const p of [...out, ...temp, ...pts]) kit.destroy(p);
    return { features: geojson.length, total };
  }
  return { run };
}
