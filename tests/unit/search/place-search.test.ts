// Place search over the real atlas: any script finds the place, the Concept's places rank first.
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  placesOfAtlas,
  type SearchHit,
  searchPlaces,
} from '../../../src/search/place-search';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const index = buildSearchIndex(placesOfAtlas(atlas));
const first = (query: string) => searchPlaces(index, query)[0]?.place;
const ids = (hits: SearchHit[]) => hits.map((hit) => `${hit.place.kind}:${hit.place.id}`);

describe('searchPlaces', () => {
  it.each([
    ['Ташкент', 'uz-tashkent'],
    ['Tashkent', 'uz-tashkent'],
    ['Андижан', 'uz-andijan'],
    ['Анжиян', 'uz-andijan'], // Kyrgyz
    ['Andijan', 'uz-andijan'],
    ['Кожент', 'tj-khujand'], // Kyrgyz
    ['Худжанд', 'tj-khujand'],
    ['Almaty', 'kz-almaty'],
  ])('finds the city abroad first for "%s"', (query, id) => {
    expect(first(query)).toMatchObject({ kind: 'foreignCity', id });
  });

  it('finds Kashgar by its Kyrgyz name after the Kyrgyz village that starts with it', () => {
    expect(ids(searchPlaces(index, 'Кашкар')).slice(0, 2)).toEqual([
      'settlement:kashkar-kyshtak',
      'foreignCity:cn-kashgar',
    ]);
  });

  it.each(['Uzgen', 'Özgön', 'Өзгөн', 'Узген', 'ozgon'])(
    'finds the Uzgen node first for "%s"',
    (query) => {
      expect(first(query)).toMatchObject({ kind: 'node', id: 'uzgen' });
    },
  );

  it.each(['Issyk-Kul', 'Ysyk-Köl', 'Ысык-Көл', 'Иссык-Куль'])(
    'finds the Issyk-Kul region first for "%s"',
    (query) => {
      expect(first(query)).toMatchObject({ kind: 'region', id: 'issyk-kul' });
    },
  );

  it.each([
    ['Джалал-Абад', 'node', 'jalal-abad'],
    ['Таш-Кумыр', 'node', 'tash-kumyr'],
    ['Баткенская область', 'region', 'batken'],
    ['Туристический', 'cluster', 'tourism'],
    ['Медико', 'cluster', 'medical-pharmaceutical'],
  ])('finds a Russian name: %s', (query, kind, id) => {
    expect(first(query)).toMatchObject({ kind, id });
  });

  it.each([
    ['Таш-Көмүр', 'node', 'tash-kumyr'],
    ['Чүй облусу', 'region', 'chui'],
    ['Мал чарбасы', 'cluster', 'livestock'],
    ['Ош шаары', 'region', 'osh-city'],
  ])('finds a Kyrgyz name: %s', (query, kind, id) => {
    expect(first(query)).toMatchObject({ kind, id });
  });

  it.each([
    ['Kochkor-Ata', 'node', 'kochkor-ata'],
    ['Balykchy multimodal', 'logistics', 'balykchy'],
    ['Petrochemical', 'cluster', 'petrochemical'],
    ['Toktogul', 'settlement', 'toktogul'],
    ['Cholpon-Ata', 'settlement', 'cholpon-ata'],
  ])('finds an English or Latin name: %s', (query, kind, id) => {
    expect(first(query)).toMatchObject({ kind, id });
  });

  it('finds a Latin-only settlement from Cyrillic typing', () => {
    expect(first('Токтогул')).toMatchObject({ kind: 'settlement', id: 'toktogul' });
  });

  it('tells Karakol from Kara-Köl by how the query spells it', () => {
    expect(first('Karakol')).toMatchObject({ id: 'karakol' });
    expect(first('Кара-Көл')).toMatchObject({ id: 'kara-kul' });
    expect(first('Kara-Kul')).toMatchObject({ id: 'kara-kul' });
  });

  it('lists a growth node once, as the node, though it is also a settlement', () => {
    const hits = ids(searchPlaces(index, 'Uzgen'));
    expect(hits).toContain('node:uzgen');
    expect(hits).not.toContain('settlement:uzgen');
  });

  it('puts whole-name and prefix matches first, regions and nodes before settlements', () => {
    expect(ids(searchPlaces(index, 'Osh')).slice(0, 3)).toEqual([
      'node:osh',
      'region:osh-city',
      'region:osh-region',
    ]);
    // A region that the query begins outranks a village that it equals.
    expect(ids(searchPlaces(index, 'Naryn'))).toEqual([
      'node:naryn',
      'region:naryn',
      'settlement:naryn-jalal-abad',
      'settlement:nariman',
    ]);
    expect(first('Chui')).toMatchObject({ kind: 'region', id: 'chui' });
    const kara = searchPlaces(index, 'kara');
    const kinds = kara.map((hit) => hit.place.kind);
    expect(kinds.indexOf('settlement')).toBeGreaterThan(kinds.lastIndexOf('node'));
  });

  it('forgives a typo in a longer query, after the exact matches', () => {
    expect(first('Karkol')).toMatchObject({ id: 'karakol' });
    expect(searchPlaces(index, 'Karkol')[0]?.match).toBe('fuzzy');
  });

  it('finds a name from a later word', () => {
    expect(ids(searchPlaces(index, 'Balta'))).toContain('node:kara-balta');
  });

  it('returns at most the asked number of hits', () => {
    expect(searchPlaces(index, 'a', 3)).toHaveLength(3);
  });

  it.each(['', '   ', '—!?…', 'qwerty', 'xyzzy', 'asdf', '12345', '😀😀', 'ъъъ'])(
    'finds nothing for "%s"',
    (query) => {
      expect(searchPlaces(index, query)).toEqual([]);
    },
  );

  it('returns nothing for 10,000 characters, quickly and without throwing', () => {
    for (const query of ['Ош'.repeat(5000), 'a'.repeat(10_000), 'ozgon '.repeat(2000)]) {
      const started = performance.now();
      expect(searchPlaces(index, query)).toEqual([]);
      expect(performance.now() - started).toBeLessThan(50);
    }
  });
});

describe('placesOfAtlas', () => {
  it('has every region, node, centre and cluster, and each settlement that is not a node', () => {
    const places = placesOfAtlas(atlas);
    const count = (kind: string) => places.filter((place) => place.kind === kind).length;
    expect(count('region')).toBe(atlas.regions.regions.length);
    expect(count('node')).toBe(20);
    expect(count('logistics')).toBe(atlas.logisticsCentres.centres.length);
    expect(count('cluster')).toBe(atlas.clusters.clusters.length);
    expect(count('settlement')).toBe(atlas.settlements.features.length - 20);
  });

  it('keeps a settlement with only a Latin name as the source gives it', () => {
    const toktogul = placesOfAtlas(atlas).find((place) => place.id === 'toktogul');
    expect(toktogul?.name).toEqual({ en: 'Toktogul', ru: null, ky: null });
  });
});
