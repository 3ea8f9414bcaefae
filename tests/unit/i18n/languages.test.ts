// Language choice, data texts picked in a language, and the locale numbers are written in.
import { describe, expect, it } from 'vitest';
import { initialLanguage, numberLocale, pick } from '../../../src/i18n/languages';
import { DEFAULT_LANGUAGE } from '../../../src/vocabulary/languages';

describe('initialLanguage', () => {
  it('takes a valid ?lang from the URL before the remembered one', () => {
    expect(initialLanguage('?lang=ru', 'en')).toBe('ru');
  });
  it('uses the remembered language when the URL names none', () => {
    expect(initialLanguage('', 'en')).toBe('en');
  });
  it('ignores an unknown or hostile ?lang and falls back to the default', () => {
    expect(initialLanguage('?lang=xx', null)).toBe(DEFAULT_LANGUAGE);
    expect(initialLanguage('?lang=<script>', 'de')).toBe(DEFAULT_LANGUAGE);
    expect(initialLanguage('?lang=__proto__', null)).toBe(DEFAULT_LANGUAGE);
  });
});

describe('pick', () => {
  it('returns the text in the asked language, else English', () => {
    expect(pick({ ky: 'Нарын', ru: 'Нарын', en: 'Naryn' }, 'ky')).toBe('Нарын');
    expect(pick({ en: 'Ak-Suu', ru: undefined }, 'ru')).toBe('Ak-Suu');
    expect(pick(undefined, 'en')).toBe('');
  });
});

describe('numberLocale', () => {
  it('writes Kyrgyz numbers with a space between thousands and a decimal comma, like Russian', () => {
    const format = (lang: 'ky' | 'ru' | 'en') =>
      new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1 }).format(14188.5);
    // Intl separates thousands with a no-break space (U+00A0) in Russian.
    expect(format('ky')).toBe('14\u00a0188,5');
    expect(format('ru')).toBe('14\u00a0188,5');
    expect(format('en')).toBe('14,188.5');
  });
});
