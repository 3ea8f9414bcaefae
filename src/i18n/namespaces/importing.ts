/** Strings of importing a file: why a file was refused (`{{file}}` is always its name, as text). */
import { defineNamespace } from '../define-namespace';

export const importing = defineNamespace({
  en: {
    notReadable: '{{file}}: the browser could not read the file.',
    workerFailed: '{{file}}: reading the file failed (it may be too large for this device).',
    unknownFormat:
      '{{file}}: not a format the atlas reads (GeoJSON, CSV, TSV, KML, KMZ, GPX, zipped Shapefile, GeoPackage, XLSX).',
    formatNotYet: '{{file}}: {{format}} files cannot be read yet.',
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
  },
  ru: {
    notReadable: '{{file}}: браузер не смог прочитать файл.',
    workerFailed:
      '{{file}}: чтение файла прервалось (возможно, он слишком велик для этого устройства).',
    unknownFormat:
      '{{file}}: атлас не читает этот формат (GeoJSON, CSV, TSV, KML, KMZ, GPX, Shapefile в zip, GeoPackage, XLSX).',
    formatNotYet: '{{file}}: файлы {{format}} пока не читаются.',
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
  },
  ky: {
    notReadable: '{{file}}: браузер файлды окуй алган жок.',
    workerFailed: '{{file}}: файлды окуу үзгүлтүккө учурады (балким, ал бул түзмөк үчүн өтө чоң).',
    unknownFormat:
      '{{file}}: атлас бул форматты окубайт (GeoJSON, CSV, TSV, KML, KMZ, GPX, zip ичиндеги Shapefile, GeoPackage, XLSX).',
    formatNotYet: '{{file}}: {{format}} файлдары азырынча окулбайт.',
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
  },
});
