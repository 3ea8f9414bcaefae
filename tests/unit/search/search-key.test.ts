// The search key: spellings of one Kyrgyz name in three scripts meet; different names stay apart.
import { describe, expect, it } from 'vitest';
import { romanise, searchKey, wordKeys } from '../../../src/search/search-key';

describe('searchKey', () => {
  it.each([
    ['Uzgen', 'Özgön', 'Өзгөн', 'Узген'],
    ['Issyk-Kul', 'Ysyk-Köl', 'Ысык-Көл', 'Иссык-Куль'],
    ['Jalal-Abad', 'Dzhalal-Abad', 'Жалал-Абад', 'Джалал-Абад'],
    ['Jangy-Kyshtak', 'Jangy Kyshtak', 'Жаңы-Кыштак', 'Джаны-Кыштак'],
    ['Sovetskoye', 'Sovetskoe', 'Советское', 'SOVETSKOYE'],
    ['Kara-Kul’', 'Kara-Kul', 'Кара-Куль', 'kara kul'],
  ])('gives one key to %s, %s, %s and %s', (...spellings) => {
    const keys = new Set(spellings.map(searchKey));
    expect(keys.size, [...keys].join(' ≠ ')).toBe(1);
  });

  it.each([
    ['Osh', 'Ush-Tobe'],
    ['Naryn', 'Nookat'],
    ['Talas', 'Toktogul'],
    ['Batken', 'Bishkek'],
    ['Kerben', 'Korgon'],
    ['Chui', 'Chek'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(searchKey(a)).not.toBe(searchKey(b));
  });

  it('keeps only Latin letters and digits, and nothing of text without letters', () => {
    expect(searchKey('  Ош — 2 ')).toBe('osh2');
    expect(searchKey('—!?…')).toBe('');
    expect(searchKey('ъ ь')).toBe('');
    expect(searchKey('')).toBe('');
  });
});

describe('romanise', () => {
  it('keeps words apart and spells closer to the name than the key does', () => {
    expect(romanise('Кара-Көл')).toBe('kara kol');
    expect(romanise('Каракол')).toBe('karakol');
    expect(romanise('Gul’cha')).toBe('gulcha');
  });
});

describe('wordKeys', () => {
  it('finds a name from each of its words on', () => {
    expect(wordKeys('город Бишкек')).toEqual([searchKey('город Бишкек'), searchKey('Бишкек')]);
    expect(wordKeys('Kara-Balta')).toEqual([searchKey('Kara-Balta'), searchKey('Balta')]);
  });
});
