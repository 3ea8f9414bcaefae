/**
 * A notice's text as data: a key of the `notices` namespace and its values, typed per key, worded
 * only when shown, so a notice always reads in the interface language of the moment. Values
 * from outside (a file's name, a field's value) stay plain text: they are never parsed as HTML.
 */
import type { InterpolationMap } from 'i18next';
import type { Translate } from './i18n';
import type { EnglishResources } from './resources';

type NoticeTexts = EnglishResources['notices'];
type PluralSuffix = 'one' | 'other';
/** `tooManyFeatures` for `tooManyFeatures_one` / `_other`; other keys as they are. */
type NoticeKey = keyof NoticeTexts extends infer K
  ? K extends `${infer Base}_${PluralSuffix}`
    ? Base
    : K & string
  : never;
type TextOf<K extends NoticeKey> =
  | (K extends keyof NoticeTexts ? NoticeTexts[K] : never)
  | (`${K}_other` extends keyof NoticeTexts ? NoticeTexts[`${K}_other`] : never);
type ValuesOf<K extends NoticeKey> = InterpolationMap<TextOf<K>>;

/** One notice text: its key and, where the text has placeholders, their values. */
/** The values of a text without placeholders: an object with no keys. */
type NoValues = Record<never, never>;

export type Wording = {
  [K in NoticeKey]: NoValues extends ValuesOf<K>
    ? { key: K; values?: undefined }
    : { key: K; values: ValuesOf<K> };
}[NoticeKey];

/**
 * The wording in the language of `t`.
 *
 * @example
 *   wordingText(translator('ky'), { key: 'link.notDecompressible' });
 *   // 'Шилтеме бузулган: андагы сценарийди ачууга болбойт.'
 */
export function wordingText(t: Translate, wording: Wording): string {
  // Each member of Wording already pairs its key with the values its text needs; i18next's own
  // overloads cannot follow a union of keys, so the call is made through the plain signature.
  const translate = t as unknown as (key: string, values?: object) => string;
  return translate(`notices:${wording.key}`, wording.values);
}
