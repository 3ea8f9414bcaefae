/** Interface strings of the search feature in English, Russian and Kyrgyz. */
import { featureMessages } from './feature-messages';

export const searchMessages = featureMessages({
  en: {
    'search.label': 'Search the map',
    'search.placeholder': 'Region, town, village…',
    'search.hint': 'Press / to search; ↑ ↓ to choose, Enter to go there, Esc to close.',
    'search.settlement': 'Settlement',
    'search.noResults': 'No place found',
    'search.resultCount': 'Places found',
    'search.latinOnly': 'The sources give this name only in Latin script.',
  },
  ru: {
    'search.label': 'Поиск по карте',
    'search.placeholder': 'Регион, город, село…',
    'search.hint': 'Нажмите /, чтобы искать; ↑ ↓ — выбрать, Enter — перейти, Esc — закрыть.',
    'search.settlement': 'Населённый пункт',
    'search.noResults': 'Ничего не найдено',
    'search.resultCount': 'Найдено мест',
    'search.latinOnly': 'Источники приводят это название только латиницей.',
  },
  ky: {
    'search.label': 'Картадан издөө',
    'search.placeholder': 'Регион, шаар, айыл…',
    'search.hint': 'Издөө үчүн / басыңыз; ↑ ↓ — тандоо, Enter — ошол жерге өтүү, Esc — жабуу.',
    'search.settlement': 'Калктуу конуш',
    'search.noResults': 'Эч нерсе табылган жок',
    'search.resultCount': 'Табылган жерлер',
    'search.latinOnly': 'Булактар бул аталышты латын тамгасы менен гана беришет.',
  },
});
