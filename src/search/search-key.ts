/** Folds a place name in Kyrgyz, Russian or Latin script to one key, so spellings of one name meet. */

/**
 * Kyrgyz and Russian Cyrillic to Latin, as the sources romanise them (GeoNames, BGN/PCGN-like).
 * й and ё are absent: Unicode decomposes them to и and е plus a mark, which is stripped first.
 * ң is "ng", as in Жаңы-Кыштак / Jangy-Kyshtak.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * Romanisations that differ only in convention: Russian "дж"/"ж" against Kyrgyz Latin "j"
 * (Джалал-Абад / Jalal-Abad), "kh" against "h" (Khalmion / Халмион), "ye" against "е"
 * (Sovetskoye / Советское). Applied in this order, longest first.
 */
const LATIN_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/ye/g, 'e'],
];

/**
 * Vowels that the three spellings of one Kyrgyz name exchange: ө/ү are written о/у in Kyrgyz
 * Latin and у/е in Russian (Өзгөн / Özgön / Узген / Uzgen), ы is y or i (Ысык / Issyk). So
 * e, o, u share one class and i, y another; "a" keeps its own.
 */
const VOWEL_CLASS: Readonly<Record<string, string>> = { e: 'o', u: 'o', y: 'i' };

const MARKS = /\p{M}/gu;
const CYRILLIC = /[а-яёөүң]/g;
/** Apostrophes stand for soft signs (Kara-Kul’) and vanish; any other non-letter parts words. */
const APOSTROPHES = /['’ʼ`]/g;
const SEPARATORS = /[^a-z0-9]+/g;
const FOLDED_VOWEL = /[euy]/g;
/** ң is "ng" in Kyrgyz Latin but "н" in Russian (Жаңы / Jangy / Джаны): the key keeps the n. */
const NG = /ng/g;
const DOUBLED = /([a-z0-9])\1+/g;

/**
 * A name or query in plain Latin, words kept apart by one space: Cyrillic romanised, diacritics,
 * apostrophes and soft/hard signs dropped, romanisation conventions folded. Close to how the name
 * is spelt, so it tells apart names that the search key makes equal (Каракол / Кара-Көл).
 *
 * @example
 *   romanise('Кара-Көл'); // 'kara kol'
 *   romanise('Джалал-Абад'); // 'jalal abad'
 */
export function romanise(text: string): string {
  const latin = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(CYRILLIC, (letter) => CYRILLIC_TO_LATIN[letter] ?? '')
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
  return LATIN_FOLDS.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    latin,
  );
}

/**
 * The search key of a name or a query: its romanised letters and digits without spaces, with the
 * vowels that spellings exchange put in one class, "ng" as "n" and doubled letters collapsed
 * (Иссык / Ysyk).
 *
 * @example
 *   searchKey('Өзгөн') === searchKey('Özgön') === searchKey('Узген') === searchKey('Uzgen'); // 'ozgon'
 *   searchKey('Иссык-Куль') === searchKey('Ysyk-Köl'); // 'isikol'
 *   searchKey('Джалал-Абад') === searchKey('Jalal-Abad'); // 'jalalabad'
 */
export function searchKey(text: string): string {
  return romanise(text)
    .replaceAll(' ', '')
    .replace(NG, 'n')
    .replace(FOLDED_VOWEL, (vowel) => VOWEL_CLASS[vowel] ?? vowel)
    .replace(DOUBLED, '$1');
}

/**
 * The keys under which a name is found: the whole name, and the name from each later word on,
 * so that "Бишкек" finds "город Бишкек" and "Balta" finds "Kara-Balta".
 *
 * @example
 *   wordKeys('город Бишкек'); // ['gorodbishkok', 'bishkok']
 */
export function wordKeys(name: string): string[] {
  const words = romanise(name).split(' ');
  const keys = words.map((_, index) => searchKey(words.slice(index).join(' ')));
  return [...new Set(keys.filter((key) => key !== ''))];
}
