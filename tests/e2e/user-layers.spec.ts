// "Add data…": files the user brings become layers on the map, listed with their counts, styled
// by a field with a legend, kept across a reload, and their features' properties shown as text.
// A refused file gives an alert naming it and leaves the layers already added alone.

import { zipSync } from 'fflate';
import { writeGeoPackage } from '../../src/user-data/geopackage/write-geopackage';
import { dbf, pointShp } from '../helpers/shapefile-writer';
import {
  addDataFiles,
  chooseUserFeatureFromList,
  clickMapAt,
  expect,
  notice,
  openAtlas,
  reloadAtlas,
  removeUserLayer,
  restyleUserLayer,
  searchBox,
  searchFor,
  settlementAt,
  test,
  type UploadFile,
  userFeatureProfile,
  userFeatureProperties,
  userLayerCount,
  userLayerEntries,
  userLayerEntry,
  userLayerLegend,
  userMapLayerIds,
  waitForMapIdle,
  waitUntilUserLayersSaved,
} from './driver';

const HOSTILE = '<img src=x onerror=alert(1)>';

const [bishkekLon, bishkekLat] = settlementAt('bishkek');
const [oshLon, oshLat] = settlementAt('osh');
const [narynLon, narynLat] = settlementAt('naryn');
const [karakolLon, karakolLat] = settlementAt('karakol');
const [ananevoLon, ananevoLat] = settlementAt('ananevo');
const [talasLon, talasLat] = settlementAt('talas');

const csv = [
  'name,lat,lon,population',
  `"${HOSTILE}",${ananevoLat},${ananevoLon},100`,
  `Osh,${oshLat},${oshLon},200`,
  `Naryn,${narynLat},${narynLon},300`,
  `Karakol,${karakolLat},${karakolLon},400`,
].join('\n');

const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [talasLon, talasLat] },
      properties: { name: 'Talas' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [bishkekLon, bishkekLat],
          [narynLon, narynLat],
        ],
      },
      properties: { name: 'Bishkek – Naryn' },
    },
  ],
});

// Google Earth's KML: two placemarks with heights (KML writes lon,lat,alt).
const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Ош</name><Point><coordinates>${oshLon},${oshLat},960</coordinates></Point></Placemark>
<Placemark><name>Нарын</name><Point><coordinates>${narynLon},${narynLat},2040</coordinates></Point></Placemark>
</Document></kml>`;

// A zipped point Shapefile as QGIS writes it: .shp, .shx, .dbf and a WGS84 .prj.
const WGS84_PRJ =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const wells = pointShp([
  [bishkekLon, bishkekLat],
  [talasLon, talasLat],
  [karakolLon, karakolLat],
]);
const shapefileZip = zipSync({
  'wells.shp': wells.shp,
  'wells.shx': wells.shx,
  'wells.dbf': dbf(
    [{ name: 'NAME', type: 'C', length: 20 }],
    [['Bishkek'], ['Talas'], ['Karakol']],
    (text) => new TextEncoder().encode(text),
  ),
  'wells.prj': new TextEncoder().encode(WGS84_PRJ),
});

// A GeoPackage with one point table, written by the atlas's own writer (read back by the import).
const geopackage = await writeGeoPackage([
  {
    name: 'sites',
    title: 'Sites',
    description: '',
    geometryType: 'POINT',
    fields: [{ name: 'name', type: 'TEXT' }],
    features: [
      { geometry: { type: 'Point', coordinates: [oshLon, oshLat] }, properties: { name: 'Osh' } },
      {
        geometry: { type: 'Point', coordinates: [narynLon, narynLat] },
        properties: { name: 'Naryn' },
      },
    ],
  },
]);

/** Each file a user may add, and what the layer panel must say of it: one entry per format. */
const FILE_CASES: { file: UploadFile; count: string }[] = [
  {
    file: { name: 'census.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    count: '4 features',
  },
  {
    file: { name: 'roads.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) },
    count: '2 features',
  },
  {
    file: {
      name: 'peaks.kml',
      mimeType: 'application/vnd.google-earth.kml+xml',
      buffer: Buffer.from(kml),
    },
    count: '2 features',
  },
  {
    file: { name: 'wells.zip', mimeType: 'application/zip', buffer: Buffer.from(shapefileZip) },
    count: '3 features',
  },
  {
    file: {
      name: 'sites.gpkg',
      mimeType: 'application/geopackage+sqlite3',
      buffer: Buffer.from(geopackage),
    },
    count: '2 features',
  },
];

test.describe('the user’s layers', () => {
  test.beforeEach(async ({ page }) => {
    await openAtlas(page, '?lang=en');
  });

  test('adds each file, lists it with its count and draws it on the map', async ({ page }) => {
    await addDataFiles(
      page,
      FILE_CASES.map((c) => c.file),
    );
    await expect(userLayerEntries(page)).toHaveCount(FILE_CASES.length);
    for (const { file, count } of FILE_CASES) {
      await expect(userLayerCount(userLayerEntry(page, file.name))).toHaveText(count);
    }
    // One polite announcement per file, each replacing the one before: the last file's remains.
    await expect(notice(page, 'sites.gpkg added: 2 features')).toBeAttached();
    await expect.poll(() => userMapLayerIds(page)).toContain('user-layer-1-circle');
    expect(await userMapLayerIds(page)).toContain('user-layer-2-line');
    await removeUserLayer(userLayerEntry(page, 'roads.geojson'));
    await expect(userLayerEntries(page)).toHaveCount(FILE_CASES.length - 1);
    await expect.poll(() => userMapLayerIds(page)).not.toContain('user-layer-2-line');
    expect(await userMapLayerIds(page)).toContain('user-layer-1-circle');
  });

  test('restyles a layer by a numeric field, shows the classes and keeps it all after a reload', async ({
    page,
  }) => {
    await addDataFiles(page, [FILE_CASES[0]?.file as UploadFile]);
    const census = userLayerEntry(page, 'census.csv');
    await restyleUserLayer(census, {
      draw: 'Coloured by a number',
      field: 'population',
      classes: 2,
    });
    // 100, 200, 300, 400 in two quantile classes: the median 250 splits them two and two.
    await expect.poll(() => userLayerLegend(census)).toEqual(['100 – 250: 2', '250 – 400: 2']);
    await waitUntilUserLayersSaved(page);
    await reloadAtlas(page);
    const again = userLayerEntry(page, 'census.csv');
    await expect(userLayerCount(again)).toHaveText('4 features');
    await expect.poll(() => userLayerLegend(again)).toEqual(['100 – 250: 2', '250 – 400: 2']);
    await expect.poll(() => userMapLayerIds(page)).toContain('user-layer-1-circle');
  });

  test('opens a feature’s profile with its properties as text, never as HTML', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await addDataFiles(page, [FILE_CASES[0]?.file as UploadFile]);
    await expect(userLayerEntries(page)).toHaveCount(1);
    await waitForMapIdle(page);
    await clickMapAt(page, ananevoLon, ananevoLat);
    await expect(userFeatureProfile(page)).toBeVisible();
    expect(await userFeatureProperties(page)).toEqual([
      ['name', HOSTILE],
      ['population', '100'],
    ]);
    await expect(userFeatureProfile(page).locator('img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('lists the features in "Your data" by their label and opens one’s profile', async ({
    page,
  }) => {
    await addDataFiles(page, [FILE_CASES[0]?.file as UploadFile]);
    await restyleUserLayer(userLayerEntry(page, 'census.csv'), {
      draw: 'In one colour',
      label: 'name',
    });
    await chooseUserFeatureFromList(page, 'Naryn census.csv');
    await expect(userFeatureProfile(page).getByRole('heading', { name: 'Naryn' })).toBeVisible();
    expect(await userFeatureProperties(page)).toEqual([
      ['name', 'Naryn'],
      ['population', '300'],
    ]);
  });

  test('finds a feature in the header search by its label field and opens its profile', async ({
    page,
  }) => {
    await addDataFiles(page, [FILE_CASES[1]?.file as UploadFile]);
    await restyleUserLayer(userLayerEntry(page, 'roads.geojson'), {
      draw: 'In one colour',
      label: 'name',
    });
    await searchFor(page, 'Bishkek – Naryn');
    const { options } = searchBox(page);
    await expect(options.first()).toContainText('roads.geojson');
    await page.keyboard.press('Enter');
    await expect(
      userFeatureProfile(page).getByRole('heading', { name: 'Bishkek – Naryn' }),
    ).toBeVisible();
  });

  test('refuses a broken file with an alert naming it, and keeps the layers already added', async ({
    page,
  }) => {
    await addDataFiles(page, [FILE_CASES[0]?.file as UploadFile]);
    await expect(userLayerEntries(page)).toHaveCount(1);
    await addDataFiles(page, [
      {
        name: 'broken.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from('{"type": "Feat'),
      },
    ]);
    await expect(page.getByRole('alert').filter({ hasText: 'broken.geojson' })).toBeVisible();
    await expect(userLayerEntries(page)).toHaveCount(1);
    await expect(userLayerCount(userLayerEntry(page, 'census.csv'))).toHaveText('4 features');
  });
});
