/**
 * The indicator choropleth's controls (measure, year, classing, colours), its legend with class
 * limits, and the same numbers as an accessible table.
 */

import { useEffect, useState } from 'react';
import { regionName } from '../../data/atlas-index';
import { formatNumber } from '../../i18n/format';
import type { TextKey } from '../../i18n/i18n';
import { choroplethLegend, choroplethOf, type UserIndicator } from '../../investor/choropleth';
import { DEFAULT_INDICATOR_STYLE } from '../../investor/default-indicator-style';
import { formatMeasure, measureHasYears } from '../../investor/indicator-measures';
import { classColours, PALETTE_NAMES } from '../../investor/palettes';
import { shownIndicator, useRegionalTableStore } from '../../state/regional-table-store';
import { useScenarioStore } from '../../state/scenario-store';
import {
  INDICATOR_MEASURES,
  type IndicatorMeasure,
  TABLE1_YEARS,
  type Table1Year,
} from '../../vocabulary/ids';
import {
  CLASSINGS,
  type Classing,
  MAX_CLASSES,
  MIN_CLASSES,
  PALETTES,
  type PaletteId,
} from '../../vocabulary/indicators';
import type { IndicatorView } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { ChoroplethKey } from '../legend/choropleth-key';
import { useChoosePlace } from '../map/use-choose-place';
import { Field } from './field';
import { RegionalTableSection } from './regional-table-panel';

const MEASURE_LABEL: Record<IndicatorMeasure, TextKey> = {
  grp: 'investor:measure.grp',
  'grp-growth': 'investor:measure.grpGrowth',
  'new-jobs': 'investor:measure.newJobs',
  'average-wage': 'investor:measure.averageWage',
  'industry-share': 'investor:measure.industryShare',
};

const CLASSING_LABEL: Record<Classing, TextKey> = {
  quantile: 'investor:classing.quantile',
  ckmeans: 'investor:classing.ckmeans',
  manual: 'investor:classing.manual',
};

const CLASS_COUNTS = Array.from(
  { length: MAX_CLASSES - MIN_CLASSES + 1 },
  (_, i) => MIN_CLASSES + i,
);

/** Numbers typed by the user: spaces, semicolons or commas between them; a comma may be a decimal sign. */
function parseBreaks(text: string): number[] | null {
  const parts = text
    .trim()
    .split(/[\s;]+/)
    .filter((part) => part !== '');
  const numbers = parts.map((part) => Number(part.replace(',', '.')));
  return numbers.every((value) => Number.isFinite(value)) ? numbers : null;
}

function ManualBreaks({ view }: { view: IndicatorView }) {
  const t = useTranslation();
  const setView = useScenarioStore((state) => state.setView);
  const [text, setText] = useState(view.manualBreaks.join(' '));
  const [invalid, setInvalid] = useState(false);
  // Undo or a slide may change the breaks; the text follows unless it already says the same numbers.
  useEffect(() => {
    setText((current) =>
      parseBreaks(current)?.join(' ') === view.manualBreaks.join(' ')
        ? current
        : view.manualBreaks.join(' '),
    );
  }, [view.manualBreaks]);
  return (
    <Field label={t('investor:manualBreaks')}>
      {(id) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          value={text}
          maxLength={200}
          aria-invalid={invalid}
          onChange={(event) => {
            setText(event.target.value);
            const breaks = parseBreaks(event.target.value);
            setInvalid(breaks === null);
            if (breaks) setView({ indicator: { ...view, manualBreaks: breaks } });
          }}
        />
      )}
    </Field>
  );
}

function ValuesTable({ view, user }: { view: IndicatorView; user: UserIndicator | null }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const choose = useChoosePlace();
  const choropleth = choroplethOf(atlas, view, user);
  const legend = choroplethLegend(atlas, choropleth, lang);
  const rows = [...choropleth.regions].sort((a, b) => b.value - a.value);
  return (
    <div className="table-scroll">
      <table className="stats-table indicator-table">
        <caption>
          {t('investor:table')}: {legend.title}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('investor:tableRegion')}</th>
            <th scope="col" className="numeric">
              {t('investor:tableValue')}
            </th>
            <th scope="col">{t('investor:tableClass')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.region} data-region={row.region}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => choose({ kind: 'region', id: row.region })}
                >
                  {regionName(atlas, row.region, lang)}
                </button>
              </th>
              <td className="numeric">
                {user
                  ? formatNumber(lang, row.value, { digits: 2 })
                  : formatMeasure(view.measure, row.value, lang)}
              </td>
              <td>
                <span className="legend-swatch" style={{ background: row.colour }} />{' '}
                {legend.classes[row.classIndex]?.label}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function IndicatorPanel() {
  const atlas = useAtlas();
  const t = useTranslation();
  const view = useScenarioStore((state) => state.view.indicator);
  const setView = useScenarioStore((state) => state.setView);
  const update = (changes: Partial<IndicatorView>) => {
    if (view) setView({ indicator: { ...view, ...changes } });
  };
  const user = shownIndicator(useRegionalTableStore((state) => state.table));
  const breaksError = view ? choroplethOf(atlas, view, user).breaksError : null;
  return (
    <section className="panel indicator-panel" aria-labelledby="indicator-heading">
      <h2 id="indicator-heading">{t('investor:indicators')}</h2>
      {user ? null : (
        <Field label={t('investor:measure')}>
          {(id) => (
            <select
              id={id}
              value={view?.measure ?? ''}
              onChange={(event) => {
                const measure = event.target.value as IndicatorMeasure | '';
                setView({
                  indicator:
                    measure === '' ? null : { ...DEFAULT_INDICATOR_STYLE, ...view, measure },
                });
              }}
            >
              <option value="">{t('investor:measureNone')}</option>
              {INDICATOR_MEASURES.map((measure) => (
                <option key={measure} value={measure}>
                  {t(MEASURE_LABEL[measure])}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <RegionalTableSection />
      {view ? (
        <>
          {!user && measureHasYears(view.measure) ? (
            <fieldset className="segmented">
              <legend>{t('investor:year')}</legend>
              {TABLE1_YEARS.map((year: Table1Year) => (
                <button
                  key={year}
                  type="button"
                  aria-pressed={view.year === year}
                  onClick={() => update({ year })}
                >
                  {year}
                </button>
              ))}
            </fieldset>
          ) : null}
          <div className="field-row">
            <Field label={t('investor:classing')}>
              {(id) => (
                <select
                  id={id}
                  value={view.classing}
                  onChange={(event) => update({ classing: event.target.value as Classing })}
                >
                  {CLASSINGS.map((classing) => (
                    <option key={classing} value={classing}>
                      {t(CLASSING_LABEL[classing])}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {view.classing === 'manual' ? null : (
              <Field label={t('investor:classes')}>
                {(id) => (
                  <select
                    id={id}
                    value={view.classes}
                    onChange={(event) => update({ classes: Number(event.target.value) })}
                  >
                    {CLASS_COUNTS.map((count) => (
                      <option key={count} value={count}>
                        {count}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
          </div>
          {view.classing === 'manual' ? <ManualBreaks view={view} /> : null}
          <fieldset className="palette-choice">
            <legend>{t('investor:palette')}</legend>
            {PALETTES.map((palette: PaletteId) => (
              <label key={palette} className="palette-option">
                <input
                  type="radio"
                  name="palette"
                  value={palette}
                  checked={view.palette === palette}
                  onChange={() => update({ palette })}
                />
                <span className="palette-ramp" aria-hidden="true">
                  {classColours(palette, 5).map((colour) => (
                    <span key={colour} style={{ background: colour }} />
                  ))}
                </span>
                <span>{PALETTE_NAMES[palette]}</span>
              </label>
            ))}
          </fieldset>
          {breaksError ? (
            <p className="analysis-error" role="alert">
              {t('investor:breaksError', { reason: breaksError })}
            </p>
          ) : null}
          <ChoroplethKey view={view} user={user} counts />
          <ValuesTable view={view} user={user} />
        </>
      ) : null}
    </section>
  );
}
