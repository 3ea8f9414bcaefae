/** The three interface languages of the atlas (DESIGN principle 5). */
export const LANGUAGES = ['ky', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ky';

/** A text in every interface language. */
export type Localized = Record<Language, string>;
