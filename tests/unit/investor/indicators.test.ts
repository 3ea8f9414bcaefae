// The choropleth's numbers against Table 1 and §2.1 as written, and its classing against hand counts.
import { describe, expect, it } from 'vitest';
import { buildChoropleth, choroplethLegend } from '../../../src/investor/choropleth';
import { BreaksError, classLimits, classOf } from '../../../src/investor/classify';
import { measureValues } from '../../../src/investor/indicator-measures';
import { classColours } from '../../../src/investor/palettes';
import { PALETTES } from '../../../src/vocabulary/indicators';
import type { IndicatorView } from '../../../src/vocabulary/scenario';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const view = (changes: Partial<IndicatorView> = {}): IndicatorView => ({
  measure: 'grp',
  year: 2019,
  classing: 'quantile',
  classes: 3,
  palette: 'blues',
  manualBreaks: [],
  ...changes,
});

describe('measure values', () => {
  it('reads Table 1 as printed (§4) for every region, Osh city included', () => {
    const grp2019 = new Map(measureValues(atlas, 'grp', 2019).map((v) => [v.region, v.value]));
    expect(grp2019.get('batken')).toBe(23875);
    expect(grp2019.get('jalal-abad')).toBe(69430);
    expect(grp2019.size).toBe(9);
    const wage2017 = measureValues(atlas, 'average-wage', 2017);
    expect(wage2017.find((v) => v.region === 'issyk-kul')?.value).toBe(18750);
  });

  it('computes GRP growth 2017→2019 in per cent from the two printed values', () => {
    const growth = measureValues(atlas, 'grp-growth', 2017);
    expect(growth.find((v) => v.region === 'batken')?.value).toBeCloseTo(
      (23875 / 19922 - 1) * 100,
      10,
    );
    expect(growth.find((v) => v.region === 'issyk-kul')?.value).toBeCloseTo(
      (63334 / 55843 - 1) * 100,
      10,
    );
  });

  it('gives the 2015 industrial output shares of §2.1, which sum to about 100 %', () => {
    const shares = measureValues(atlas, 'industry-share', 2019);
    expect(shares.find((v) => v.region === 'batken')?.value).toBe(2.8);
    const total = shares.reduce((sum, v) => sum + v.value, 0);
    expect(total).toBeGreaterThan(99.5);
    expect(total).toBeLessThan(100.5);
  });
});

describe('class limits', () => {
  it('splits quantiles at the interpolated quantiles of the sorted values', () => {
    expect(classLimits([4, 1, 3, 2], 'quantile', 2, [])).toEqual([1, 2.5, 4]);
    expect(classLimits([1, 2, 3, 4, 5, 6, 7, 8, 9], 'quantile', 3, [])).toEqual([
      1, 3.6666666666666665, 6.333333333333333, 9,
    ]);
  });

  it('finds natural breaks between clearly separated groups', () => {
    expect(classLimits([1, 2, 3, 100, 101, 102, 500, 510], 'ckmeans', 3, [])).toEqual([
      1, 3, 102, 510,
    ]);
  });

  it('never asks for more classes than there are distinct values', () => {
    expect(classLimits([5, 5, 5, 9], 'ckmeans', 5, [])).toEqual([5, 9]);
  });

  it('uses manual breaks as inner limits and refuses ones that cannot class', () => {
    expect(classLimits([1, 5, 9], 'manual', 0, [4, 7])).toEqual([1, 4, 7, 9]);
    expect(() => classLimits([1, 5, 9], 'manual', 0, [])).toThrow(BreaksError);
    expect(() => classLimits([1, 5, 9], 'manual', 0, [7, 4])).toThrow(/increase/);
    expect(() => classLimits([1, 5, 9], 'manual', 0, [Number.NaN])).toThrow(/not a number/);
  });

  it('puts each value in the class whose upper limit it does not exceed', () => {
    const limits = [1, 2.5, 4];
    expect([1, 2.5, 2.6, 4].map((v) => classOf(v, limits))).toEqual([0, 0, 1, 1]);
  });
});

describe('palettes', () => {
  it('gives as many distinct colours as classes, for every palette and class count', () => {
    for (const palette of PALETTES) {
      for (let count = 1; count <= 7; count += 1) {
        const colours = classColours(palette, count);
        expect(colours).toHaveLength(count);
        expect(new Set(colours).size).toBe(count);
        for (const colour of colours)
          expect(colour).toMatch(/^(#[0-9a-f]{6}|rgb\(\d+, \d+, \d+\))$/);
      }
    }
  });
});

describe('the choropleth', () => {
  it('classes the nine regions of Table 1, each in the class its value falls into', () => {
    const map = buildChoropleth(atlas, view({ classes: 3 }));
    expect(map.regions).toHaveLength(9);
    expect(map.classes.map((c) => c.count).reduce((a, b) => a + b, 0)).toBe(9);
    for (const region of map.regions) {
      const own = map.classes[region.classIndex];
      expect(own).toBeDefined();
      if (!own) continue;
      expect(region.value).toBeGreaterThanOrEqual(own.from);
      expect(region.value).toBeLessThanOrEqual(own.to);
      expect(region.colour).toBe(own.colour);
    }
    // Bishkek has the largest GRP of 2019 in Table 1: it is in the top class.
    const bishkek = map.regions.find((r) => r.region === 'bishkek');
    expect(bishkek?.classIndex).toBe(map.classes.length - 1);
  });

  it('falls back to quantiles and says why when manual breaks are unusable', () => {
    const map = buildChoropleth(atlas, view({ classing: 'manual', manualBreaks: [9, 3] }));
    expect(map.breaksError).toMatch(/increase/);
    expect(map.classes).toHaveLength(3);
  });

  it('labels the legend with the class limits in the chosen language, and notes Osh city', () => {
    const map = buildChoropleth(atlas, view({ classing: 'manual', manualBreaks: [50000, 100000] }));
    const en = choroplethLegend(atlas, map, 'en');
    expect(en.title).toBe('Gross regional product, 2019');
    expect(en.unit).toBe('million som');
    expect(en.source).toBe('§4, Table 1');
    const printed = atlas.indicators.table1.regions.map((row) => row.values.grp[2019]);
    const format = new Intl.NumberFormat('en').format;
    expect(en.classes.map((c) => c.label)).toEqual([
      `${format(Math.min(...printed))} – 50,000`,
      '50,000 – 100,000',
      `100,000 – ${format(Math.max(...printed))}`,
    ]);
    expect(en.symbolNote).toMatch(/^Osh city: no boundary/);
    const ky = choroplethLegend(atlas, map, 'ky');
    expect(ky.symbolNote).toMatch(/^Ош шаары/);
  });
});
