/**
 * The shape of one namespace of interface strings: English defines the keys (and, through
 * i18next's types, the placeholders); Russian and Kyrgyz must have the same keys, with each
 * plural key in the CLDR categories of their own language.
 */

/** CLDR plural categories (`Intl.PluralRules`) that i18next appends to a key as `_one`, `_few`… */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Cardinal categories of each language in CLDR: ru one/few/many/other, ky and en one/other. */
export const PLURAL_CATEGORIES = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  ky: ['one', 'other'],
} as const satisfies Record<string, readonly PluralCategory[]>;

type Categories<Lang extends keyof typeof PLURAL_CATEGORIES> =
  (typeof PLURAL_CATEGORIES)[Lang][number];

/** `stageCount` for the English key `stageCount_one` or `stageCount_other`. */
type PluralBase<Key> = Key extends `${infer Base}_${Categories<'en'>}` ? Base : never;
type SingularKey<Key> = Key extends `${string}_${PluralCategory}` ? never : Key;

/** The strings of a namespace in `Lang`, keyed like English, plurals in `Lang`'s categories. */
export type Translation<English, Lang extends keyof typeof PLURAL_CATEGORIES> = {
  readonly [Key in SingularKey<keyof English & string>]: string;
} & {
  readonly [Key in `${PluralBase<keyof English & string>}_${Categories<Lang>}`]: string;
};

/**
 * One namespace in the three languages. English is kept as literal types (`const`), so that
 * i18next types keys and `{{placeholders}}` from it; a Russian or Kyrgyz key that is missing,
 * extra or in the wrong plural categories is a type error.
 *
 * @example
 *   export const planner = defineNamespace({
 *     en: { stageCount_one: 'Stage {{stage}}: {{count}} node', stageCount_other: '… nodes' },
 *     ru: { stageCount_one: '…', stageCount_few: '…', stageCount_many: '…', stageCount_other: '…' },
 *     ky: { stageCount_one: '…', stageCount_other: '…' },
 *   });
 */
export function defineNamespace<const English extends Record<string, string>>(namespace: {
  en: English;
  ru: Translation<English, 'ru'>;
  ky: Translation<English, 'ky'>;
}) {
  return namespace;
}
