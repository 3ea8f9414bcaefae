// The user's regional table: read from a Russian-named table, one column shown, and the map's
// indicator regions coloured by classes computed here (simple-statistics' ckmeans, the panel's
// default method), not by the app's classify.
import { ckmeans } from 'simple-statistics';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INDICATOR_STYLE } from '../../../src/investor/default-indicator-style';
import { classColours } from '../../../src/investor/palettes';
import { mapScene } from '../../../src/map/map-scene';
import { useNoticeStore } from '../../../src/state/notice-store';
import { shownIndicator, useRegionalTableStore } from '../../../src/state/regional-table-store';
import type { ParsedTable, UserProperties } from '../../../src/user-data/types';
import { realAtlas } from '../../helpers/atlas';
import { sceneInput } from '../../helpers/scene-input';

const atlas = realAtlas();

function table(rows: UserProperties[], numeric: string[]): ParsedTable {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    kind: 'table',
    name: 'wages.csv',
    rows,
    fields: names.map((name) => ({
      name,
      kind: numeric.includes(name) ? 'number' : 'text',
      distinct: rows.length,
    })),
  };
}

const WAGES: Record<string, number> = {
  batken: 11000,
  'jalal-abad': 12000,
  'issyk-kul': 14000,
  naryn: 13000,
  'osh-region': 11500,
  talas: 12500,
  chui: 17000,
  bishkek: 26000,
  'osh-city': 15000,
};
const RUSSIAN: Record<string, string> = {
  batken: 'Баткенская область',
  'jalal-abad': 'Джалал-Абадская область',
  'issyk-kul': 'Иссык-Кульская обл.',
  naryn: 'Нарынская область',
  'osh-region': 'Ошская область',
  talas: 'Таласская область',
  chui: 'Чуйская область',
  bishkek: 'г. Бишкек',
  'osh-city': 'город Ош',
};
const part = table(
  [
    ...Object.entries(WAGES).map(([id, wage]) => ({
      Регион: RUSSIAN[id] ?? id,
      'Зарплата 2019': wage,
    })),
    { Регион: 'Атлантида', 'Зарплата 2019': 1 },
  ],
  ['Зарплата 2019'],
);

beforeEach(() => {
  useRegionalTableStore.setState({ table: null });
  useNoticeStore.setState({ notices: [] });
});

describe('the regional table store', () => {
  it('keeps a Russian-named table, lists the row it could not match, and announces it once', () => {
    expect(useRegionalTableStore.getState().applyTable(atlas, 'wages.csv', part)).toBe(true);
    const kept = useRegionalTableStore.getState().table;
    expect(kept?.regionColumn).toBe('Регион');
    expect(kept?.indicators.map((i) => i.column)).toEqual(['Зарплата 2019']);
    expect(kept?.indicators[0]?.table1).toEqual({ measure: 'average-wage', year: 2019 });
    expect(kept?.problems).toEqual([{ row: 10, key: 'Атлантида', reason: 'noMatch' }]);
    expect(kept?.shown).toBeNull();
    const infos = useNoticeStore.getState().notices.filter((n) => n.tone === 'info');
    expect(infos.map((n) => n.message)).toEqual([
      { key: 'regionalTable.applied', values: { file: 'wages.csv', count: 9 } },
    ]);
  });

  it('refuses a table naming no region, in an error notice, and keeps none', () => {
    const none = table([{ Name: 'Atlantis', Value: 3 }], ['Value']);
    expect(useRegionalTableStore.getState().applyTable(atlas, 'x.csv', none)).toBe(false);
    expect(useRegionalTableStore.getState().table).toBeNull();
    expect(useNoticeStore.getState().notices.map((n) => [n.tone, n.message.key])).toEqual([
      ['error', 'regionalTable.noRegionColumn'],
    ]);
  });

  it('shows one column as the user indicator, the same object each time, and none after removal', () => {
    const store = useRegionalTableStore.getState();
    store.applyTable(atlas, 'wages.csv', part);
    expect(shownIndicator(useRegionalTableStore.getState().table)).toBeNull();
    store.show('Зарплата 2019');
    const user = shownIndicator(useRegionalTableStore.getState().table);
    expect(user?.fileName).toBe('wages.csv');
    expect(Object.fromEntries(user?.values.map((v) => [v.region, v.value]) ?? [])).toEqual(WAGES);
    expect(shownIndicator(useRegionalTableStore.getState().table)).toBe(user);
    store.remove();
    expect(shownIndicator(useRegionalTableStore.getState().table)).toBeNull();
  });
});

describe('the map scene with the user indicator', () => {
  it('colours each region by its ckmeans class of the user values, with the view palette', () => {
    const store = useRegionalTableStore.getState();
    store.applyTable(atlas, 'wages.csv', part);
    store.show('Зарплата 2019');
    const user = shownIndicator(useRegionalTableStore.getState().table);
    const view = { ...DEFAULT_INDICATOR_STYLE, measure: 'grp' as const };
    const scene = mapScene({ ...sceneInput(), indicator: view, userIndicator: user });
    // Expected classes from simple-statistics directly: 4 clusters of the 9 values.
    const clusters = ckmeans(Object.values(WAGES), 4);
    const colours = classColours(view.palette, 4);
    const expected = (value: number) =>
      colours[clusters.findIndex((cluster) => cluster.includes(value))];
    const drawn = [
      ...scene.sources['indicator-regions'].features,
      ...scene.sources['indicator-points'].features,
    ];
    const byRegion = new Map(drawn.map((f) => [f.properties?.id, f.properties?.colour]));
    expect(byRegion.size).toBe(9);
    for (const [region, wage] of Object.entries(WAGES)) {
      expect(byRegion.get(region), region).toBe(expected(wage));
    }
    // Without the user's column the same view draws the Concept's GRP, not the wages.
    const concept = mapScene({ ...sceneInput(), indicator: view });
    expect(concept.sources['indicator-regions']).not.toEqual(scene.sources['indicator-regions']);
  });
});
