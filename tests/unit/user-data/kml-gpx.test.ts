import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/user-data/parse-file';
import { bytesOf, layerOf, problemOf } from './helpers';

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Объекты</name>
  <Folder><name>Школы</name>
    <Placemark><name>Мектеп №1 — Нарын</name><description><![CDATA[<b>жаңы</b> <script>x()</script>]]></description>
      <Point><coordinates>75.99,41.43,2040</coordinates></Point></Placemark>
    <Placemark><name>Жол</name><LineString><coordinates>74.5,42.8,800 74.6,42.9,810</coordinates></LineString></Placemark>
  </Folder>
  <Placemark><name>Пусто</name></Placemark>
</Document></kml>`;

describe('parseFile: KML and KMZ', () => {
  it('reads Cyrillic names, cuts 3D coordinates to 2D, keeps HTML in a description as text', async () => {
    const layer = layerOf(await parseFile('объекты.kml', bytesOf(KML)));
    expect(layer.features.map((f) => f.geometry)).toEqual([
      { type: 'Point', coordinates: [75.99, 41.43] },
      {
        type: 'LineString',
        coordinates: [
          [74.5, 42.8],
          [74.6, 42.9],
        ],
      },
    ]);
    expect(layer.features.map((f) => f.properties.name)).toEqual(['Мектеп №1 — Нарын', 'Жол']);
    expect(layer.features[0]?.properties.description).toBe('<b>жаңы</b> <script>x()</script>');
    expect(layer.skipped).toEqual({ nullGeometry: 1, invalidCoordinates: 0 });
  });

  it('reads a KMZ by its doc.kml, and refuses a KMZ without a .kml', async () => {
    const kmz = zipSync({ 'files/other.kml': bytesOf('<kml/>'), 'doc.kml': bytesOf(KML) });
    const layer = layerOf(await parseFile('объекты.kmz', kmz));
    expect(layer.features).toHaveLength(2);
    const empty = zipSync({ 'readme.txt': bytesOf('nothing') });
    expect(problemOf(await parseFile('empty.kmz', empty))).toEqual({
      key: 'kmzWithoutKml',
      values: { file: 'empty.kmz' },
    });
  });

  it('refuses badly formed XML', async () => {
    expect(problemOf(await parseFile('bad.kml', bytesOf('<kml><Placemark></kml>')))).toEqual({
      key: 'invalidXml',
      values: { file: 'bad.kml' },
    });
  });
});

describe('parseFile: GPX', () => {
  it('reads a track as a line and waypoints as points, without per-vertex times', async () => {
    const gpx = `<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="42.4931" lon="78.3936"><ele>1620</ele><name>Каракол</name></wpt>
  <wpt lat="41.4287" lon="75.9911"><name>Нарын</name></wpt>
  <trk><name>Маршрут</name><trkseg>
    <trkpt lat="42.0" lon="75.0"><ele>1500</ele><time>2024-05-01T08:00:00Z</time></trkpt>
    <trkpt lat="42.1" lon="75.2"><ele>1550</ele><time>2024-05-01T09:00:00Z</time></trkpt>
    <trkpt lat="42.2" lon="75.3"><time>2024-05-01T10:00:00Z</time></trkpt>
  </trkseg></trk>
</gpx>`;
    const layer = layerOf(await parseFile('поход.gpx', bytesOf(gpx)));
    const byName = Object.fromEntries(layer.features.map((f) => [f.properties.name, f]));
    expect(byName.Маршрут?.geometry).toEqual({
      type: 'LineString',
      coordinates: [
        [75, 42],
        [75.2, 42.1],
        [75.3, 42.2],
      ],
    });
    expect(byName.Каракол?.geometry).toEqual({ type: 'Point', coordinates: [78.3936, 42.4931] });
    expect(byName.Нарын?.geometry).toEqual({ type: 'Point', coordinates: [75.9911, 41.4287] });
    expect(layer.features).toHaveLength(3);
    expect(layer.fields.map((f) => f.name)).not.toContain('coordinateProperties');
  });
});
