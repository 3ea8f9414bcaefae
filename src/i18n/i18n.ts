/**
 * The one i18next instance of the app: every namespace bundled, initialised synchronously on
 * import (nothing to load, so the first render is already in the right language), CLDR plurals
 * through `Intl.PluralRules`. Code that needs text asks for a `Translate` fixed to a language;
 * nothing here depends on a global current language.
 */
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../vocabulary/languages';
import { numberLocale } from './languages';
import { type EnglishResources, NAMESPACES, type Namespace, RESOURCES } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'shell';
    keySeparator: false;
    resources: EnglishResources;
  }
}

/** A `t` that knows every namespace: keys are written `namespace:key` (`'planner:undo'`). */
export type Translate = TFunction<typeof NAMESPACES>;
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PlainKey<N extends Namespace> = {
  [K in keyof EnglishResources[N] & string]: EnglishResources[N][K] extends `${string}{{${string}`
    ? never
    : K extends `${string}_${PluralSuffix}`
      ? never
      : K;
}[keyof EnglishResources[N] & string];
/**
 * A key, `namespace:key`, of a text with no placeholder: what a table of labels holds
 * (`Record<Mode, TextKey>`), so that `t(labels[mode])` needs no values.
 */
export type TextKey = { [N in Namespace]: `${N}:${PlainKey<N>}` }[Namespace];

/** CLDR's Kyrgyz cardinal rule: "one" for exactly 1, "other" otherwise. */
const KYRGYZ_PLURAL_RULE = {
  select: (count: number) => (count === 1 ? 'one' : 'other'),
  resolvedOptions: () => ({ pluralCategories: ['one', 'other'] }),
};

/**
 * A ready instance with every language and namespace. Exposed for tests; the app uses `i18n`.
 *
 * @example
 *   createI18n().getFixedT('ru', NAMESPACES)('planner:stageCount', { stage: 1, count: 5 });
 *   // 'Этап 1: 5 точек роста'
 */
export function createI18n() {
  const instance = i18next.createInstance();
  void instance.init({
    resources: RESOURCES,
    lng: 'ky',
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'shell',
    keySeparator: false,
    initAsync: false,
    returnNull: false,
    // React escapes what it renders and text sheets are not HTML: escaping here would show
    // "&amp;" in a file's name. Imported text is never rendered as HTML anywhere.
    interpolation: { escapeValue: false },
  });
  // `{{value, number}}` in a text: numbers as the language writes them (Kyrgyz as Russian).
  // Only digit options are taken: the options also carry every interpolated value.
  instance.services.formatter?.add('number', (value, lng, options) => {
    const { minimumFractionDigits, maximumFractionDigits } = options ?? {};
    return new Intl.NumberFormat(numberLocale((lng ?? 'en') as Language), {
      minimumFractionDigits,
      maximumFractionDigits,
    }).format(value);
  });
  // A browser without Kyrgyz plural data would resolve "ky" to its default locale (with
  // Russian's few/many) and miss every Kyrgyz plural form: give it CLDR's rule instead.
  if (Intl.PluralRules.supportedLocalesOf(['ky']).length === 0) {
    const resolver = instance.services.pluralResolver as {
      getRule: (code: string, options?: object) => unknown;
    };
    const getRule = resolver.getRule.bind(resolver);
    resolver.getRule = (code, options) =>
      code === 'ky' && !(options as { ordinal?: boolean } | undefined)?.ordinal
        ? KYRGYZ_PLURAL_RULE
        : getRule(code, options);
  }
  return instance;
}

export const i18n = createI18n();

/**
 * A `t` for `lang`, for code outside React (profiles, reasons, exports).
 *
 * @example
 *   translator('en')('places:tab.regions'); // 'Regions'
 */
export function translator(lang: Language): Translate {
  return i18n.getFixedT(lang, NAMESPACES);
}
