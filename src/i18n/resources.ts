/** Every namespace of interface strings, bundled with the app (it is offline: no backend). */
import type { Language } from '../vocabulary/languages';
import { analysis } from './namespaces/analysis';
import { exportSheets } from './namespaces/export';
import { importing } from './namespaces/importing';
import { investor } from './namespaces/investor';
import { keyboard } from './namespaces/keyboard';
import { layers } from './namespaces/layers';
import { notices } from './namespaces/notices';
import { places } from './namespaces/places';
import { planner } from './namespaces/planner';
import { planning } from './namespaces/planning';
import { populationBase } from './namespaces/population-base';
import { presentation } from './namespaces/presentation';
import { regionalTable } from './namespaces/regional-table';
import { search } from './namespaces/search';
import { shell } from './namespaces/shell';
import { units } from './namespaces/units';
import { userLayers } from './namespaces/user-layers';

/** The namespaces, one per feature; the first is the default. */
export const NAMESPACES = [
  'shell',
  'layers',
  'places',
  'analysis',
  'planner',
  'planning',
  'presentation',
  'investor',
  'export',
  'search',
  'notices',
  'units',
  'keyboard',
  'importing',
  'userLayers',
  'populationBase',
  'regionalTable',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

const NAMESPACE_TEXTS = {
  shell,
  layers,
  places,
  analysis,
  planner,
  planning,
  presentation,
  investor,
  export: exportSheets,
  search,
  notices,
  units,
  keyboard,
  importing,
  userLayers,
  populationBase,
  regionalTable,
} satisfies Record<Namespace, unknown>;

/** The English strings of every namespace: the type i18next checks keys and placeholders against. */
export type EnglishResources = { [N in Namespace]: (typeof NAMESPACE_TEXTS)[N]['en'] };

/** The strings of every namespace in `lang`, as i18next takes them. */
function inLanguage(lang: Language): Record<Namespace, Readonly<Record<string, string>>> {
  const texts: Partial<Record<Namespace, Readonly<Record<string, string>>>> = {};
  for (const name of NAMESPACES) texts[name] = NAMESPACE_TEXTS[name][lang];
  return texts as Record<Namespace, Readonly<Record<string, string>>>;
}

export const RESOURCES: Record<Language, Record<Namespace, Readonly<Record<string, string>>>> = {
  en: inLanguage('en'),
  ru: inLanguage('ru'),
  ky: inLanguage('ky'),
};
