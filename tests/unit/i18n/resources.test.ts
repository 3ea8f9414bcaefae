// The interface strings: every namespace in all three languages, no empty text, the same
// placeholders, and each plural key in the CLDR categories its language needs.
import { describe, expect, it } from 'vitest';
import { PLURAL_CATEGORIES } from '../../../src/i18n/define-namespace';
import { createI18n, translator } from '../../../src/i18n/i18n';
import { NAMESPACES, RESOURCES } from '../../../src/i18n/resources';
import { LANGUAGES } from '../../../src/vocabulary/languages';

const SUFFIX = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]).sort();
const baseKeys = (texts: Readonly<Record<string, string>>) =>
  [...new Set(Object.keys(texts).map((key) => key.replace(SUFFIX, '')))].sort();

describe('interface strings', () => {
  it.each(NAMESPACES)('%s: the same keys in ky, ru and en, none empty', (namespace) => {
    const english = baseKeys(RESOURCES.en[namespace]);
    for (const lang of LANGUAGES) {
      expect(baseKeys(RESOURCES[lang][namespace]), lang).toEqual(english);
      for (const [key, text] of Object.entries(RESOURCES[lang][namespace])) {
        expect(text.trim(), `${lang} ${namespace}:${key}`).not.toBe('');
      }
    }
  });

  it.each(NAMESPACES)('%s: every plural key has exactly its language’s CLDR forms', (namespace) => {
    for (const lang of LANGUAGES) {
      const texts = RESOURCES[lang][namespace];
      const plural = new Set(
        Object.keys(texts)
          .filter((k) => SUFFIX.test(k))
          .map((k) => k.replace(SUFFIX, '')),
      );
      for (const base of plural) {
        const forms = Object.keys(texts)
          .filter((key) => key.replace(SUFFIX, '') === base && SUFFIX.test(key))
          .map((key) => key.match(SUFFIX)?.[1])
          .sort();
        expect(forms, `${lang} ${namespace}:${base}`).toEqual([...PLURAL_CATEGORIES[lang]].sort());
      }
    }
  });

  it('lists in PLURAL_CATEGORIES the categories Intl.PluralRules has for each language', () => {
    for (const lang of LANGUAGES) {
      const rules = new Intl.PluralRules(lang).resolvedOptions();
      expect(rules.locale).toBe(lang);
      expect([...rules.pluralCategories].sort()).toEqual([...PLURAL_CATEGORIES[lang]].sort());
    }
  });

  it.each(NAMESPACES)('%s: every language uses the placeholders English uses', (namespace) => {
    const english = RESOURCES.en[namespace];
    for (const lang of ['ru', 'ky'] as const) {
      for (const [key, text] of Object.entries(RESOURCES[lang][namespace])) {
        const base = key.replace(SUFFIX, '');
        const englishText = english[key] ?? english[`${base}_other`] ?? '';
        expect(placeholders(text), `${lang} ${namespace}:${key}`).toEqual(
          placeholders(englishText),
        );
      }
    }
  });

  it('writes Kyrgyz with Kyrgyz letters and the Concept’s term for a growth node', () => {
    const ky = translator('ky');
    expect(ky('layers:growthNodes')).toBe('Өсүү түйүндөрү');
    const all = NAMESPACES.flatMap((ns) => Object.values(RESOURCES.ky[ns])).join(' ');
    expect(all).toMatch(/[өүң]/);
    // Russian says "точка роста" throughout, never "узел роста".
    const ru = NAMESPACES.flatMap((ns) => Object.values(RESOURCES.ru[ns])).join(' ');
    expect(ru).not.toMatch(/узл|узел/i);
  });
});

describe('plurals (CLDR)', () => {
  const stage = (lang: 'ky' | 'ru' | 'en', count: number) =>
    translator(lang)('planner:stageCount', { stage: 1, count });

  it('says "1 growth node" and "5 growth nodes" in English', () => {
    expect(stage('en', 1)).toBe('Stage 1: 1 growth node');
    expect(stage('en', 5)).toBe('Stage 1: 5 growth nodes');
  });

  it('uses the Russian one/few/many forms: 1, 21 точка; 2, 24 точки; 5, 11, 0 точек', () => {
    expect(stage('ru', 1)).toBe('Этап 1: 1 точка роста');
    expect(stage('ru', 21)).toBe('Этап 1: 21 точка роста');
    expect(stage('ru', 2)).toBe('Этап 1: 2 точки роста');
    expect(stage('ru', 24)).toBe('Этап 1: 24 точки роста');
    expect(stage('ru', 5)).toBe('Этап 1: 5 точек роста');
    expect(stage('ru', 11)).toBe('Этап 1: 11 точек роста');
    expect(stage('ru', 0)).toBe('Этап 1: 0 точек роста');
  });

  it('uses the Kyrgyz forms (a noun after a numeral stays singular)', () => {
    expect(stage('ky', 1)).toBe('1-этап: 1 өсүү түйүнү');
    expect(stage('ky', 6)).toBe('1-этап: 6 өсүү түйүнү');
  });

  it('keeps the Kyrgyz forms in a browser that has no Kyrgyz plural rules', () => {
    // Such a browser resolves "ky" to its default locale. With Russian rules, 21 would take the
    // "one" form (21 is "one" in Russian, "other" in Kyrgyz) and 5 a "many" form Kyrgyz lacks.
    const Original = Intl.PluralRules;
    class WithoutKyrgyz extends Original {
      constructor(locale?: string | string[], options?: Intl.PluralRulesOptions) {
        super(locale === 'ky' ? 'ru' : locale, options);
      }
      static override supportedLocalesOf(locales: string | string[]) {
        return Original.supportedLocalesOf(locales).filter((l) => l !== 'ky');
      }
    }
    const intl = Intl as { PluralRules: typeof Intl.PluralRules };
    intl.PluralRules = WithoutKyrgyz as typeof Intl.PluralRules;
    try {
      const t = createI18n().getFixedT('ky', 'notices');
      expect(t('import.noConceptNode', { count: 21 })).toMatch(/бардык 21 өсүү түйүнү/);
      expect(t('import.noConceptNode', { count: 5 })).toMatch(/бардык 5 өсүү түйүнү/);
      expect(t('import.noConceptNode', { count: 1 })).not.toMatch(/бардык/);
    } finally {
      intl.PluralRules = Original;
    }
  });
});

describe('nesting and number formats in texts', () => {
  it('names units from the units namespace', () => {
    expect(translator('ky')('analysis:col.area')).toBe('Аянты, км²');
    expect(translator('en')('analysis:col.area')).toBe('Area, km²');
  });
  it('writes {{value, number}} as the language writes numbers (Kyrgyz as Russian)', () => {
    const t = (lang: 'ky' | 'en') =>
      translator(lang)('notices:import.tooManyFeatures', {
        count: 100000,
        nodes: 20,
        candidates: 500,
      });
    expect(t('ky')).toMatch(/^Файлда 100\u00a0000 объект бар/);
    expect(t('en')).toMatch(/^The file has 100,000 features/);
  });
});
