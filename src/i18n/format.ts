/**
 * The one number and unit formatter: numbers in the language's locale (Kyrgyz as Russian, see
 * `numberLocale`), units and their place from the `units` namespace (км² in ky/ru, km² in en).
 */
import type { Language } from '../vocabulary/languages';
import { i18n } from './i18n';
import { numberLocale } from './languages';

const formats = new Map<string, Intl.NumberFormat>();

/** Formatters are costly to build and are asked for on every render: one per locale and style. */
function numberFormat(lang: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(numberLocale(lang), options);
    formats.set(key, format);
  }
  return format;
}

const SLOT = '\u0000';
const unitTemplates = new Map<string, string>();

/**
 * `number` with its unit as `key` of the units namespace places it, e.g. '{{value}} km'.
 * Worded once per language and unit (i18next's interpolation is the slow part of a table cell).
 */
function withUnit(lang: Language, key: 'area' | 'distance' | 'metres', number: string): string {
  const cacheKey = `${lang}|${key}`;
  let template = unitTemplates.get(cacheKey);
  if (template === undefined) {
    template = i18n.t(`units:${key}`, { lng: lang, value: SLOT });
    unitTemplates.set(cacheKey, template);
  }
  return template.replace(SLOT, number);
}

/** How many decimals: at most `digits`, or exactly `digits` with `fixed`. */
export type Digits = { digits?: number; fixed?: boolean };

function digitOptions({ digits = 0, fixed = false }: Digits): Intl.NumberFormatOptions {
  return { maximumFractionDigits: digits, ...(fixed ? { minimumFractionDigits: digits } : {}) };
}

/**
 * `value` written as `lang` writes numbers.
 *
 * @example
 *   formatNumber('ky', 14188.5, { digits: 1 }); // '14 188,5'
 *   formatNumber('en', 14188.5); // '14,189'
 */
export function formatNumber(lang: Language, value: number, digits: Digits = {}): string {
  return numberFormat(lang, digitOptions(digits)).format(value);
}

/**
 * A share (0.123 for 12.3 %) as a percentage.
 *
 * @example
 *   formatPercent('ru', 0.123); // '12,3 %'
 *   formatPercent('en', 0.123); // '12.3%'
 */
export function formatPercent(
  lang: Language,
  share: number,
  digits: Digits = { digits: 1 },
): string {
  return numberFormat(lang, { style: 'percent', ...digitOptions(digits) }).format(share);
}

/**
 * An area in square kilometres with its unit.
 *
 * @example
 *   formatArea('ky', 12345); // '12 345 км²'
 *   formatArea('en', 12345); // '12,345 km²'
 */
export function formatArea(lang: Language, km2: number, digits: Digits = {}): string {
  return withUnit(lang, 'area', formatNumber(lang, km2, digits));
}

/**
 * A distance in kilometres with its unit.
 *
 * @example
 *   formatDistance('ru', 44.6); // '45 км'
 */
export function formatDistance(lang: Language, km: number, digits: Digits = {}): string {
  return withUnit(lang, 'distance', formatNumber(lang, km, digits));
}

/**
 * A length in metres with its unit (the scale bar below one kilometre).
 *
 * @example
 *   formatMetres('en', 500); // '500 m'
 */
export function formatMetres(lang: Language, metres: number): string {
  return withUnit(lang, 'metres', formatNumber(lang, metres));
}

/**
 * Items joined as `lang` joins a list ("A, B and C"); the conjunction comes from the resources,
 * since browsers without Kyrgyz list data (Chromium) would join a Kyrgyz list with "and".
 *
 * @example
 *   formatList('ky', ['Бишкек', 'Ош']); // 'Бишкек жана Ош'
 */
export function formatList(lang: Language, items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = i18n.t('units:and', { lng: lang });
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
