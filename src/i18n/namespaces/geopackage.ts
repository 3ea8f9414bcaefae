/** Why a GeoPackage (or one of its tables) could not be read: the reader's problems, worded. */
import { defineNamespace } from '../define-namespace';

export const geopackage = defineNamespace({
  en: {
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
