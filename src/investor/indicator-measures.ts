/** The measures an investor can map by region: Table 1 (§4) by year, GRP growth and 2015 industry shares (§2.1). */
import type { AtlasData } from '../data/atlas';
import type { IndicatorId, RegionId } from '../data/schema';
import { formatNumber, formatPercent } from '../i18n/format';
import { type IndicatorMeasure, TABLE1_YEARS, type Table1Year } from '../vocabulary/ids';
import type { Language } from '../vocabulary/languages';

const TABLE1_MEASURES: Partial<Record<IndicatorMeasure, IndicatorId>> = {
  grp: 'grp',
  'new-jobs': 'new-jobs',
  'average-wage': 'average-wage',
};

export type RegionValue = { region: RegionId; value: number };

/** The first and last year of Table 1, between which GRP growth is computed. */
export const GROWTH_YEARS = [TABLE1_YEARS[0], TABLE1_YEARS[2]] as const;

/** True for the measures Table 1 gives per year (the year selector applies to them only). */
export function measureHasYears(measure: IndicatorMeasure): boolean {
  return TABLE1_MEASURES[measure] !== undefined;
}

/**
 * The value of `measure` for every region the Concept gives one for, in the order of regions.json.
 * GRP growth is derived from Table 1: GRP 2019 ÷ GRP 2017 − 1, in per cent.
 *
 * @example
 *   measureValues(atlas, 'grp', 2019).find((v) => v.region === 'batken')?.value; // 23875
 *   measureValues(atlas, 'industry-share', 2019)[0]; // { region: 'batken', value: 2.8 }
 */
export function measureValues(
  atlas: AtlasData,
  measure: IndicatorMeasure,
  year: Table1Year,
): RegionValue[] {
  const rows = new Map(atlas.indicators.table1.regions.map((row) => [row.region, row.values]));
  return atlas.regions.regions.flatMap((region): RegionValue[] => {
    if (measure === 'industry-share') {
      return [{ region: region.id, value: region.industrialOutputShare2015.percent }];
    }
    const values = rows.get(region.id);
    if (!values) return [];
    const indicator = TABLE1_MEASURES[measure];
    if (indicator) return [{ region: region.id, value: values[indicator][year] }];
    const start = values.grp[GROWTH_YEARS[0]];
    const end = values.grp[GROWTH_YEARS[1]];
    return start > 0 ? [{ region: region.id, value: (end / start - 1) * 100 }] : [];
  });
}

/** Where the numbers come from, for the legend and the table. */
export function measureSource(measure: IndicatorMeasure): string {
  if (measure === 'industry-share') return '§2.1';
  // Growth is not in the Concept: it is computed from Table 1, and the source line says how.
  if (measure === 'grp-growth')
    return `§4, Table 1 (GRP ${GROWTH_YEARS[1]} ÷ ${GROWTH_YEARS[0]} − 1)`;
  return '§4, Table 1';
}

/** Decimals shown for a measure: percentages keep one. */
function measureDigits(measure: IndicatorMeasure): number {
  return measure === 'grp-growth' || measure === 'industry-share' ? 1 : 0;
}

/** A measure's value as text in `lang`, with "%" for percentages. */
export function formatMeasure(measure: IndicatorMeasure, value: number, lang: Language): string {
  const digits = measureDigits(measure);
  return digits > 0
    ? formatPercent(lang, value / 100, { digits, fixed: true })
    : formatNumber(lang, value, { digits, fixed: true });
}
