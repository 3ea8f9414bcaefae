// Baseline for bench/load.ts: the same GeoJSON files drawn by MapLibre with a minimal style.
import * as maplibregl from '/maplibre/maplibre-gl.mjs';

maplibregl.setWorkerUrl('/maplibre/maplibre-gl-worker.mjs');
const files = JSON.parse(new URLSearchParams(location.search).get('files'));
const data = await Promise.all(files.map((url) => fetch(url).then((r) => r.json())));
const sources = Object.fromEntries(
  data.map((geojson, i) => [`s${i}`, { type: 'geojson', data: geojson }]),
);
const layers = data.flatMap((geojson, i) => {
  const type = geojson.features[0]?.geometry.type ?? 'Point';
  if (type.includes('Polygon'))
    return [{ id: `f${i}`, type: 'fill', source: `s${i}`, paint: { 'fill-color': '#ccc' } }];
  if (type.includes('Line')) return [{ id: `l${i}`, type: 'line', source: `s${i}` }];
  return [{ id: `c${i}`, type: 'circle', source: `s${i}` }];
});
const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources, layers },
  bounds: [69.2, 39.1, 80.3, 43.3],
});
map.once('idle', () => {
  performance.mark('map-idle');
});
