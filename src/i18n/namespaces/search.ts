/** Strings of the place search. */
import { defineNamespace } from '../define-namespace';

export const search = defineNamespace({
  en: {
    label: 'Search the map',
    placeholder: 'Region, town, village…',
    hint: 'Press / to search; ↑ ↓ to choose, Enter to go there, Esc to close.',
    settlement: 'Settlement',
    foreignCity: 'City abroad',
    country: 'Country',
    noResults: 'No place found',
    resultCount_one: '{{count}} place found',
    resultCount_other: '{{count}} places found',
    latinOnly: 'The sources give this name only in Latin script.',
  },
  ru: {
    label: 'Поиск по карте',
    placeholder: 'Регион, город, село…',
    hint: 'Нажмите /, чтобы искать; ↑ ↓ — выбрать, Enter — перейти, Esc — закрыть.',
    settlement: 'Населённый пункт',
    foreignCity: 'Город за рубежом',
    country: 'Страна',
    noResults: 'Ничего не найдено',
    resultCount_one: 'Найдено {{count}} место',
    resultCount_few: 'Найдено {{count}} места',
    resultCount_many: 'Найдено {{count}} мест',
    resultCount_other: 'Найдено {{count}} места',
    latinOnly: 'Источники приводят это название только латиницей.',
  },
  ky: {
    label: 'Картадан издөө',
    placeholder: 'Регион, шаар, айыл…',
    hint: 'Издөө үчүн / басыңыз; ↑ ↓ — тандоо, Enter — ошол жерге өтүү, Esc — жабуу.',
    settlement: 'Калктуу конуш',
    foreignCity: 'Чет өлкөдөгү шаар',
    country: 'Өлкө',
    noResults: 'Эч нерсе табылган жок',
    resultCount_one: '{{count}} жер табылды',
    resultCount_other: '{{count}} жер табылды',
    latinOnly: 'Булактар бул аталышты латын тамгасы менен гана беришет.',
  },
});
