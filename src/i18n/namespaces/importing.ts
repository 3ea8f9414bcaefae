/** Strings of importing a file: why a file was refused (`{{file}}` is always its name, as text). */
import { defineNamespace } from '../define-namespace';

export const importing = defineNamespace({
  en: {
    unreadableDbf: '{{file}}: the attribute table of {{layer}} (its .dbf) is damaged.',
    invalidXml: '{{file}}: not well-formed XML.',
    kmzWithoutKml: '{{file}}: the KMZ holds no .kml file.',
    zipWithoutShp:
      '{{file}}: the zip holds no .shp file (a zipped Shapefile needs its .shp, .shx and .dbf).',
    zipTooDeep: '{{file}}: zips inside zips inside the zip; unpack it one level and try again.',
    zipTooBig: '{{file}}: it would unpack to more than {{limit, number}} MB.',
    unreadablePrj: '{{file}}: the projection of {{layer}} (its .prj) cannot be read.',
    unreadableShp:
      '{{file}}: {{layer}}.shp cannot be read (a damaged file or a shape type the atlas does not read).',
    noPrjNotDegrees:
      '{{file}}: {{layer}}.shp has no .prj and its coordinates are not degrees; add the .prj QGIS or ArcGIS wrote with it.',
    emptyWorkbook: '{{file}}: no sheet of the workbook holds any cells.',
    notReadable: '{{file}}: the browser could not read the file.',
    workerFailed: '{{file}}: reading the file failed (it may be too large for this device).',
    unknownFormat:
      '{{file}}: not a format the atlas reads (GeoJSON, CSV, TSV, KML, KMZ, GPX, zipped Shapefile, GeoPackage, XLSX).',
    unreadable: '{{file}}: the file could not be read as {{format}}.',
    emptyFile: '{{file}}: the file is empty.',
    tooBig: '{{file}}: {{size, number}} MB, larger than the {{limit, number}} MB the atlas takes.',
    tooManyFeatures:
      '{{file}}: more than {{limit, number}} features or rows; the atlas takes up to {{limit, number}}.',
    noFeatures: '{{file}}: the file holds no features.',
    noValidCoordinates_one:
      '{{file}}: no feature has valid coordinates ({{count, number}} with coordinates outside longitude −180…180 or latitude −90…90, or unreadable).',
    noValidCoordinates_other:
      '{{file}}: no feature has valid coordinates ({{count, number}} with coordinates outside longitude −180…180 or latitude −90…90, or unreadable).',
    onlyNullGeometries_one: '{{file}}: its {{count, number}} feature has no geometry.',
    onlyNullGeometries_other: '{{file}}: none of its {{count, number}} features has a geometry.',
    invalidJson: '{{file}}: not valid JSON.',
    invalidJsonAt: '{{file}}: not valid JSON (line {{line}}, column {{column}}).',
    notGeoJson: '{{file}}: JSON, but not GeoJSON (a FeatureCollection, a Feature or a geometry).',
    noHeader: '{{file}}: the table has no header row naming its columns.',
    noRows: '{{file}}: the table has a header but no rows, and no coordinate columns.',
    // A GeoPackage, or one of its tables, that cannot be read.
    damaged: '{{file}} is damaged or is not an SQLite database.',
    notGeoPackage:
      '{{file}} is an SQLite database but not a GeoPackage: it has no gpkg_contents table.',
    noLayers: '{{file}} holds no feature or attribute table.',
    missingTable: 'Table {{table}} of {{file}} is listed in gpkg_contents but does not exist.',
    noGeometryColumn:
      'Table {{table}} of {{file}} is listed as features but has no geometry column.',
    unknownCrs:
      'Table {{table}} of {{file}} uses a coordinate system that cannot be converted to longitude and latitude (srs {{srs}}).',
    badGeometry: 'Table {{table}} of {{file}}: the geometry of row {{row}} cannot be read.',
  },
  ru: {
    unreadableDbf: '{{file}}: таблица атрибутов слоя {{layer}} (его .dbf) повреждена.',
    invalidXml: '{{file}}: это не корректный XML.',
    kmzWithoutKml: '{{file}}: в KMZ нет файла .kml.',
    zipWithoutShp: '{{file}}: в zip нет файла .shp (Shapefile в zip — это его .shp, .shx и .dbf).',
    zipTooDeep:
      '{{file}}: в zip лежат zip, а в них снова zip; распакуйте один уровень и попробуйте снова.',
    zipTooBig: '{{file}}: после распаковки он занял бы больше {{limit, number}} МБ.',
    unreadablePrj: '{{file}}: не удалось прочитать проекцию слоя {{layer}} (его .prj).',
    unreadableShp:
      '{{file}}: не удалось прочитать {{layer}}.shp (файл повреждён или тип геометрии не поддерживается).',
    noPrjNotDegrees:
      '{{file}}: у {{layer}}.shp нет .prj, а его координаты — не градусы; добавьте .prj, записанный вместе с ним QGIS или ArcGIS.',
    emptyWorkbook: '{{file}}: ни на одном листе книги нет ячеек.',
    notReadable: '{{file}}: браузер не смог прочитать файл.',
    workerFailed:
      '{{file}}: чтение файла прервалось (возможно, он слишком велик для этого устройства).',
    unknownFormat:
      '{{file}}: атлас не читает этот формат (GeoJSON, CSV, TSV, KML, KMZ, GPX, Shapefile в zip, GeoPackage, XLSX).',
    unreadable: '{{file}}: файл не удалось прочитать как {{format}}.',
    emptyFile: '{{file}}: файл пуст.',
    tooBig: '{{file}}: {{size, number}} МБ — больше {{limit, number}} МБ, которые принимает атлас.',
    tooManyFeatures:
      '{{file}}: больше {{limit, number}} объектов или строк; атлас принимает не больше {{limit, number}}.',
    noFeatures: '{{file}}: в файле нет объектов.',
    noValidCoordinates_one:
      '{{file}}: ни у одного объекта нет верных координат ({{count, number}} объект с координатами вне долготы −180…180 или широты −90…90 либо нечитаемыми).',
    noValidCoordinates_few:
      '{{file}}: ни у одного объекта нет верных координат ({{count, number}} объекта с координатами вне долготы −180…180 или широты −90…90 либо нечитаемыми).',
    noValidCoordinates_many:
      '{{file}}: ни у одного объекта нет верных координат ({{count, number}} объектов с координатами вне долготы −180…180 или широты −90…90 либо нечитаемыми).',
    noValidCoordinates_other:
      '{{file}}: ни у одного объекта нет верных координат ({{count, number}} объекта с координатами вне долготы −180…180 или широты −90…90 либо нечитаемыми).',
    onlyNullGeometries_one: '{{file}}: у его {{count, number}} объекта нет геометрии.',
    onlyNullGeometries_few: '{{file}}: ни у одного из {{count, number}} объектов нет геометрии.',
    onlyNullGeometries_many: '{{file}}: ни у одного из {{count, number}} объектов нет геометрии.',
    onlyNullGeometries_other: '{{file}}: ни у одного из {{count, number}} объекта нет геометрии.',
    invalidJson: '{{file}}: это не корректный JSON.',
    invalidJsonAt: '{{file}}: это не корректный JSON (строка {{line}}, столбец {{column}}).',
    notGeoJson: '{{file}}: это JSON, но не GeoJSON (FeatureCollection, Feature или геометрия).',
    noHeader: '{{file}}: у таблицы нет строки заголовка с названиями столбцов.',
    noRows: '{{file}}: у таблицы есть заголовок, но нет строк и нет столбцов координат.',
    // A GeoPackage, or one of its tables, that cannot be read.
    damaged: 'Файл {{file}} повреждён или не является базой данных SQLite.',
    notGeoPackage:
      'Файл {{file}} — база данных SQLite, но не GeoPackage: в нём нет таблицы gpkg_contents.',
    noLayers: 'В файле {{file}} нет ни таблиц объектов, ни таблиц атрибутов.',
    missingTable: 'Таблица {{table}} файла {{file}} указана в gpkg_contents, но её нет.',
    noGeometryColumn:
      'Таблица {{table}} файла {{file}} указана как объекты, но у неё нет столбца геометрии.',
    unknownCrs:
      'Таблица {{table}} файла {{file}} в системе координат, которую нельзя перевести в долготу и широту (srs {{srs}}).',
    badGeometry: 'Таблица {{table}} файла {{file}}: не удаётся прочитать геометрию строки {{row}}.',
  },
  ky: {
    unreadableDbf: '{{file}}: {{layer}} катмарынын атрибуттар таблицасы (.dbf) бузулган.',
    invalidXml: '{{file}}: туура XML эмес.',
    kmzWithoutKml: '{{file}}: KMZ ичинде .kml файлы жок.',
    zipWithoutShp:
      '{{file}}: zip ичинде .shp файлы жок (zip ичиндеги Shapefile — анын .shp, .shx жана .dbf файлдары).',
    zipTooDeep:
      '{{file}}: zip ичинде zip, алардын ичинде дагы zip; бир деңгээлин ачып, кайра аракет кылыңыз.',
    zipTooBig: '{{file}}: ачылганда {{limit, number}} МБдан ашык орун алмак.',
    unreadablePrj: '{{file}}: {{layer}} катмарынын проекциясын (.prj) окуу мүмкүн болгон жок.',
    unreadableShp:
      '{{file}}: {{layer}}.shp окулган жок (файл бузулган же геометриянын түрү колдоого алынбайт).',
    noPrjNotDegrees:
      '{{file}}: {{layer}}.shp үчүн .prj жок, ал эми анын координаттары градус эмес; аны менен кошо QGIS же ArcGIS жазган .prj файлын кошуңуз.',
    emptyWorkbook: '{{file}}: китептин бир да барагында уячалар жок.',
    notReadable: '{{file}}: браузер файлды окуй алган жок.',
    workerFailed: '{{file}}: файлды окуу үзгүлтүккө учурады (балким, ал бул түзмөк үчүн өтө чоң).',
    unknownFormat:
      '{{file}}: атлас бул форматты окубайт (GeoJSON, CSV, TSV, KML, KMZ, GPX, zip ичиндеги Shapefile, GeoPackage, XLSX).',
    unreadable: '{{file}}: файлды {{format}} катары окуу мүмкүн болгон жок.',
    emptyFile: '{{file}}: файл бош.',
    tooBig: '{{file}}: {{size, number}} МБ — атлас кабыл алган {{limit, number}} МБдан чоң.',
    tooManyFeatures:
      '{{file}}: {{limit, number}} объекттен же саптан ашык; атлас {{limit, number}} чейин кабыл алат.',
    noFeatures: '{{file}}: файлда объект жок.',
    noValidCoordinates_one:
      '{{file}}: бир да объекттин туура координаттары жок ({{count, number}} объекттин координаттары узундук −180…180 же кеңдик −90…90 чегинен тышкары же окулбайт).',
    noValidCoordinates_other:
      '{{file}}: бир да объекттин туура координаттары жок ({{count, number}} объекттин координаттары узундук −180…180 же кеңдик −90…90 чегинен тышкары же окулбайт).',
    onlyNullGeometries_one: '{{file}}: анын {{count, number}} объектинин геометриясы жок.',
    onlyNullGeometries_other:
      '{{file}}: анын {{count, number}} объектинин бирөөсүнүн да геометриясы жок.',
    invalidJson: '{{file}}: туура JSON эмес.',
    invalidJsonAt: '{{file}}: туура JSON эмес ({{line}}-сап, {{column}}-тилке).',
    notGeoJson: '{{file}}: JSON, бирок GeoJSON эмес (FeatureCollection, Feature же геометрия).',
    noHeader: '{{file}}: таблицада мамычалардын аталыштары жазылган баш сап жок.',
    noRows: '{{file}}: таблицанын баш сабы бар, бирок саптары жана координат мамычалары жок.',
    // A GeoPackage, or one of its tables, that cannot be read.
    damaged: '{{file}} файлы бузулган же SQLite маалымат базасы эмес.',
    notGeoPackage:
      '{{file}} — SQLite маалымат базасы, бирок GeoPackage эмес: анда gpkg_contents таблицасы жок.',
    noLayers: '{{file}} файлында объекттердин да, атрибуттардын да таблицасы жок.',
    missingTable:
      '{{file}} файлынын {{table}} таблицасы gpkg_contents ичинде аталган, бирок ал жок.',
    noGeometryColumn:
      '{{file}} файлынын {{table}} таблицасы объекттер катары аталган, бирок анда геометрия мамычасы жок.',
    unknownCrs:
      '{{file}} файлынын {{table}} таблицасынын координаттар системасын узундук менен кеңдикке которууга болбойт (srs {{srs}}).',
    badGeometry:
      '{{file}} файлынын {{table}} таблицасы: {{row}}-саптын геометриясын окууга болбойт.',
  },
});
