/** Strings of the map layers, their legend and the map's data credits. */
import { defineNamespace } from '../define-namespace';

export const layers = defineNamespace({
  en: {
    oblasts: 'Regions',
    growthNodes: 'Growth nodes',
    logistics: 'Logistics centres',
    clusters: 'Economic clusters',
    'legend.oblasts': 'Oblast and city boundaries (Natural Earth)',
    'legend.capitalNode': '{{nodes}}: own development programmes',
    'legend.growthNode': 'Growth node ({{source}})',
    'legend.logistics': 'Logistics centre ({{source}})',
    'legend.oshCity': '{{cities}}: no boundary in open data, shown as a point',
    online: 'Online basemap: roads and terrain (needs internet)',
    'credit.boundaries': 'Boundaries: Natural Earth (public domain)',
    'credit.settlements':
      'Settlements: GeoNames (CC BY 4.0), SimpleMaps (CC BY 4.0), Wikipedia (CC BY-SA 4.0)',
    'credit.water': 'Water: GSHHG (LGPL)',
    'credit.concept': 'Regional Policy Concept 2018–2022 (Decree No. 194, 2017)',
    'credit.onlineBasemap': 'OpenFreeMap © OpenMapTiles, data © OpenStreetMap contributors (ODbL)',
    'credit.terrain': 'Terrain Tiles (AWS Open Data: SRTM, GMTED2010, ETOPO1)',
    'legend.multimodalCentre': '{{centre}}: {{kind}} ({{modes}})',
  },
  ru: {
    oblasts: 'Регионы',
    growthNodes: 'Точки роста',
    logistics: 'Логистические центры',
    clusters: 'Экономические кластеры',
    'legend.oblasts': 'Границы областей и города (Natural Earth)',
    'legend.capitalNode': '{{nodes}}: собственные программы развития',
    'legend.growthNode': 'Точка роста ({{source}})',
    'legend.logistics': 'Логистический центр ({{source}})',
    'legend.oshCity': '{{cities}}: нет границы в открытых данных, показан точкой',
    online: 'Онлайн-подложка: дороги и рельеф (нужен интернет)',
    'credit.boundaries': 'Границы: Natural Earth (общественное достояние)',
    'credit.settlements':
      'Населённые пункты: GeoNames (CC BY 4.0), SimpleMaps (CC BY 4.0), Википедия (CC BY-SA 4.0)',
    'credit.water': 'Водные объекты: GSHHG (LGPL)',
    'credit.concept':
      'Концепция региональной политики на 2018–2022 годы (постановление № 194, 2017)',
    'credit.onlineBasemap': 'OpenFreeMap © OpenMapTiles, данные © участники OpenStreetMap (ODbL)',
    'credit.terrain': 'Рельеф: Terrain Tiles (AWS Open Data: SRTM, GMTED2010, ETOPO1)',
    'legend.multimodalCentre': '{{centre}}: {{kind}} ({{modes}})',
  },
  ky: {
    oblasts: 'Региондор',
    growthNodes: 'Өсүү түйүндөрү',
    logistics: 'Логистикалык борборлор',
    clusters: 'Экономикалык кластерлер',
    'legend.oblasts': 'Облустардын жана шаардын чектери (Natural Earth)',
    'legend.capitalNode': '{{nodes}}: өз өнүгүү программалары',
    'legend.growthNode': 'Өсүү түйүнү ({{source}})',
    'legend.logistics': 'Логистикалык борбор ({{source}})',
    'legend.oshCity': '{{cities}}: ачык маалыматта чеги жок, чекит менен көрсөтүлгөн',
    online: 'Онлайн негиз: жолдор жана рельеф (интернет керек)',
    'credit.boundaries': 'Чек аралар: Natural Earth (коомдук менчик)',
    'credit.settlements':
      'Калктуу конуштар: GeoNames (CC BY 4.0), SimpleMaps (CC BY 4.0), Википедия (CC BY-SA 4.0)',
    'credit.water': 'Суулар: GSHHG (LGPL)',
    'credit.concept': '2018–2022-жылдарга региондук саясаттын концепциясы (№ 194 токтом, 2017)',
    'credit.onlineBasemap':
      'OpenFreeMap © OpenMapTiles, маалыматтар © OpenStreetMap катышуучулары (ODbL)',
    'credit.terrain': 'Рельеф: Terrain Tiles (AWS Open Data: SRTM, GMTED2010, ETOPO1)',
    'legend.multimodalCentre': '{{centre}}: {{kind}} ({{modes}})',
  },
});
