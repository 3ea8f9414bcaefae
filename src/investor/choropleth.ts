/** The indicator choropleth as data: each region's value, class and colour, and the legend that explains them. */
import type { AtlasData } from '../data/atlas';
import type { RegionId } from '../data/schema';
import { formatNumber } from '../i18n/format';
import { type TextKey, translator } from '../i18n/i18n';
import { pick } from '../i18n/languages';
import type { IndicatorMeasure } from '../vocabulary/ids';
import type { Language } from '../vocabulary/languages';
import type { IndicatorView } from '../vocabulary/scenario';
import type { ChoroplethLegend } from './choropleth-legend';
import { BreaksError, classLimits, classOf } from './classify';
import {
  formatMeasure,
  GROWTH_YEARS,
  measureHasYears,
  measureSource,
  measureValues,
} from './indicator-measures';
import { classColours } from './palettes';

export type ChoroplethRegion = {
  region: RegionId;
  value: number;
  classIndex: number;
  colour: string;
};
export type ChoroplethClass = { from: number; to: number; colour: string; count: number };

/**
 * A column of the user's regional table drawn instead of the Concept's measure: the values are the
 * user's (named by the file), classed and coloured with the view's classing and palette.
 */
export type UserIndicator = {
  column: string;
  fileName: string;
  values: readonly { region: RegionId; value: number }[];
};

export type Choropleth = {
  view: IndicatorView;
  /** The user's column the values come from, or null for the Concept's measure. */
  user: UserIndicator | null;
  regions: ChoroplethRegion[];
  classes: ChoroplethClass[];
  /** Why the manual breaks were not used (the map then shows quantiles); null when all is well. */
  breaksError: string | null;
};

/**
 * Classes and colours every region with a value for the chosen measure. Manual breaks that cannot
 * be used fall back to quantiles and say why, so the map never goes blank while the user types.
 *
 * @example
 *   const map = buildChoropleth(atlas, { measure: 'grp', year: 2019, classing: 'quantile',
 *     classes: 4, palette: 'blues', manualBreaks: [] });
 *   map.classes.length; // 4
 */
export function buildChoropleth(
  atlas: AtlasData,
  view: IndicatorView,
  user: UserIndicator | null = null,
): Choropleth {
  const values = user ? user.values : measureValues(atlas, view.measure, view.year);
  const numbers = values.map((entry) => entry.value);
  let limits: number[];
  let breaksError: string | null = null;
  try {
    limits = classLimits(numbers, view.classing, view.classes, view.manualBreaks);
  } catch (error) {
    if (!(error instanceof BreaksError)) throw error;
    breaksError = error.message;
    limits = classLimits(numbers, 'quantile', view.classes, []);
  }
  const colours = classColours(view.palette, Math.max(1, limits.length - 1));
  const regions = values.map((entry) => {
    const classIndex = classOf(entry.value, limits);
    return { ...entry, classIndex, colour: colours[classIndex] ?? '' };
  });
  const classes = colours.map((colour, i) => ({
    from: limits[i] ?? 0,
    to: limits[i + 1] ?? limits[i] ?? 0,
    colour,
    count: regions.filter((region) => region.classIndex === i).length,
  }));
  return { view, user, regions, classes, breaksError };
}

const built = new WeakMap<AtlasData, WeakMap<IndicatorView, Choropleth>>();
const builtForUser = new WeakMap<UserIndicator, WeakMap<IndicatorView, Choropleth>>();

/**
 * buildChoropleth, computed once per view object (and user column): the map and the panels share
 * one result.
 */
export function choroplethOf(
  atlas: AtlasData,
  view: IndicatorView,
  user: UserIndicator | null = null,
): Choropleth {
  let byView = user ? builtForUser.get(user) : built.get(atlas);
  if (!byView) {
    byView = new WeakMap();
    if (user) builtForUser.set(user, byView);
    else built.set(atlas, byView);
  }
  let choropleth = byView.get(view);
  if (!choropleth) {
    choropleth = buildChoropleth(atlas, view, user);
    byView.set(view, choropleth);
  }
  return choropleth;
}

const MEASURE_TITLE: Record<IndicatorMeasure, TextKey> = {
  grp: 'investor:measure.grp',
  'grp-growth': 'investor:measure.grpGrowth',
  'new-jobs': 'investor:measure.newJobs',
  'average-wage': 'investor:measure.averageWage',
  'industry-share': 'investor:measure.industryShare',
};

/** The measure's name, with the year where Table 1 gives one per year ("GRP, 2019"). */
function measureTitle(measure: IndicatorMeasure, year: number, lang: Language): string {
  const name = translator(lang)(MEASURE_TITLE[measure]);
  if (measureHasYears(measure)) return `${name}, ${year}`;
  if (measure === 'grp-growth') return `${name}, ${GROWTH_YEARS[0]}→${GROWTH_YEARS[1]}`;
  return `${name}, 2015`;
}

/** The unit of a Table 1 measure from the data, in `lang`; empty for percentages. */
function measureUnit(atlas: AtlasData, measure: IndicatorMeasure, lang: Language): string {
  const definition = atlas.indicators.table1.indicators.find((entry) => entry.id === measure);
  return definition ? pick(definition.unit, lang) : '';
}

/**
 * The legend of a choropleth in `lang`: title, unit, source and one line per class.
 *
 * @example
 *   choroplethLegend(atlas, map, 'en').classes[0]; // { colour: '#deebf7', label: '19,922 – 56,427' }
 */
export function choroplethLegend(
  atlas: AtlasData,
  choropleth: Choropleth,
  lang: Language,
): ChoroplethLegend {
  const { measure, year } = choropleth.view;
  const { user } = choropleth;
  const label = (value: number) =>
    user ? formatNumber(lang, value, { digits: 2 }) : formatMeasure(measure, value, lang);
  const withoutPolygon = atlas.regions.regions.filter(
    (region) =>
      !region.hasPolygon && choropleth.regions.some((entry) => entry.region === region.id),
  );
  return {
    title: user ? user.column : measureTitle(measure, year, lang),
    unit: user ? '' : measureUnit(atlas, measure, lang),
    source: user ? user.fileName : measureSource(measure),
    classes: choropleth.classes.map((entry) => ({
      colour: entry.colour,
      label: `${label(entry.from)} – ${label(entry.to)}`,
    })),
    symbolNote:
      withoutPolygon.length > 0
        ? `${withoutPolygon.map((region) => pick(region.name, lang)).join(', ')}: ${translator(lang)('investor:symbolNote')}`
        : null,
  };
}
