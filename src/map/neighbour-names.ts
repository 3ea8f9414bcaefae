/** Short names of the countries drawn around Kyrgyzstan, for the muted neighbour labels. */
type Names = { name_ky: string; name_ru: string; name_en: string };

export const neighbourNames: Record<string, Names> = {
  KZ: { name_ky: 'Казакстан', name_ru: 'Казахстан', name_en: 'Kazakhstan' },
  UZ: { name_ky: 'Өзбекстан', name_ru: 'Узбекистан', name_en: 'Uzbekistan' },
  TJ: { name_ky: 'Тажикстан', name_ru: 'Таджикистан', name_en: 'Tajikistan' },
  CN: { name_ky: 'Кытай', name_ru: 'Китай', name_en: 'China' },
  AF: { name_ky: 'Афганистан', name_ru: 'Афганистан', name_en: 'Afghanistan' },
  PK: { name_ky: 'Пакистан', name_ru: 'Пакистан', name_en: 'Pakistan' },
  TM: { name_ky: 'Түркмөнстан', name_ru: 'Туркменистан', name_en: 'Turkmenistan' },
};
