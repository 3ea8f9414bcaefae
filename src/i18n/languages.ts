/** How the active language is chosen (URL → stored → default), and text picked in it. */
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Language,
  type Localized,
} from '../vocabulary/languages';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: a valid `?lang=` wins, then the remembered choice, then the default.
 * Unknown values are ignored rather than reported: a stale link must still open the map.
 */
export function initialLanguage(search: string, remembered: string | null): Language {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLanguage(fromUrl)) return fromUrl;
  if (isLanguage(remembered)) return remembered;
  return DEFAULT_LANGUAGE;
}

/**
 * The locale to format numbers with in `lang`. Kyrgyz writes numbers as Russian does (14 188,5);
 * browsers without Kyrgyz locale data (Chromium) would otherwise print English ones (14,188.5).
 *
 * @example
 *   new Intl.NumberFormat(numberLocale('ky')).format(14188.5); // '14 188,5'
 */
export function numberLocale(lang: Language): string {
  return lang === 'ky' ? 'ru' : lang;
}

/** The text in `lang`, or in English when a record lacks it (data from sources without ky/ru). */
export function pick(text: Partial<Localized> | null | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] || text.en || text.ru || text.ky || '';
}
