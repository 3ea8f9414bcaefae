/**
 * The user's regional table in the indicator panel: choose a file, pick the column the choropleth
 * shows (classed with the panel's own controls), the rows not matched, and, for a column holding
 * a Table 1 measure and year, the actual against the Concept's forecast (§8).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { regionName } from '../../data/atlas-index';
import { formatNumber } from '../../i18n/format';
import { pick } from '../../i18n/languages';
import { DEFAULT_INDICATOR_STYLE } from '../../investor/default-indicator-style';
import {
  restoreRegionalTable,
  type UserRegionalTable,
  useRegionalTableStore,
} from '../../state/regional-table-store';
import { useScenarioStore } from '../../state/scenario-store';
import { forecastVsActual, type RegionalIndicator } from '../../user-data/regional-table';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { Field } from './field';
import { chooseRegionalFile } from './regional-file';

function Problems({ table }: { table: UserRegionalTable }) {
  const t = useTranslation();
  if (table.problems.length === 0) return null;
  return (
    <details className="regional-table-problems">
      <summary>{t('regionalTable:problems', { count: table.problems.length })}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('regionalTable:problems.row')}</th>
              <th scope="col">{t('regionalTable:problems.key')}</th>
              <th scope="col">{t('regionalTable:problems.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {table.problems.map((problem) => (
              <tr key={problem.row}>
                <td>{problem.row}</td>
                <td>{problem.key}</td>
                <td>{t(`regionalTable:reason.${problem.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The actual of each region against the Concept's forecast for the column's measure and year. */
function ForecastTable({ indicator }: { indicator: RegionalIndicator }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const { table1 } = indicator;
  if (!table1) return null;
  const definition = atlas.indicators.table1.indicators.find((i) => i.id === table1.measure);
  const rows = forecastVsActual(atlas, indicator);
  const number = (value: number) => formatNumber(lang, value, { digits: 0 });
  return (
    <div className="table-scroll">
      <table className="stats-table forecast-table">
        <caption>
          {t('regionalTable:forecast.caption', {
            column: indicator.column,
            measure: definition ? pick(definition.name, lang) : table1.measure,
            year: table1.year,
            source: definition?.source ?? atlas.indicators.table1.source,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('regionalTable:forecast.region')}</th>
            <th scope="col" className="numeric">
              {t('regionalTable:forecast.actual')}
            </th>
            <th scope="col" className="numeric">
              {t('regionalTable:forecast.forecast')}
            </th>
            <th scope="col" className="numeric">
              {t('regionalTable:forecast.difference')}
            </th>
            <th scope="col" className="numeric">
              {t('regionalTable:forecast.percent')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.region} data-region={row.region}>
              <th scope="row">{regionName(atlas, row.region, lang)}</th>
              <td className="numeric">{number(row.actual)}</td>
              <td className="numeric">{number(row.forecast)}</td>
              <td className="numeric">
                {row.difference > 0 ? '+' : ''}
                {number(row.difference)}
              </td>
              <td className="numeric">
                {formatNumber(lang, row.percentOfForecast, { digits: 1 })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RegionalTableSection() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const table = useRegionalTableStore((state) => state.table);
  const show = useRegionalTableStore((state) => state.show);
  const remove = useRegionalTableStore((state) => state.remove);
  const view = useScenarioStore((state) => state.view.indicator);
  const setView = useScenarioStore((state) => state.setView);
  const [reading, setReading] = useState<string | null>(null);
  const [forecast, setForecast] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const headingId = useId();
  useEffect(() => {
    void restoreRegionalTable();
  }, []);

  const read = async (file: File | undefined) => {
    if (!file) return;
    setReading(file.name);
    try {
      await chooseRegionalFile(atlas, file, lang);
    } finally {
      setReading(null);
      if (input.current) input.current.value = '';
    }
  };
  const choose = (column: string) => {
    show(column === '' ? null : column);
    // The user's column is classed with the panel's controls: they need a view to show.
    if (column !== '' && !view) {
      setView({ indicator: { ...DEFAULT_INDICATOR_STYLE, measure: 'grp' } });
    }
  };
  const shown = table?.indicators.find((entry) => entry.column === table.shown) ?? null;

  return (
    <section className="regional-table" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('regionalTable:heading')}</h3>
      {table ? (
        <p className="regional-table-in-use" data-testid="regional-table">
          {t('regionalTable:inUse', { file: table.fileName })}
        </p>
      ) : null}
      <div className="buttons regional-table-actions">
        <button
          type="button"
          aria-describedby={hintId}
          disabled={reading !== null}
          onClick={() => input.current?.click()}
        >
          {t('regionalTable:choose')}
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept=".csv,.tsv,.txt,text/csv"
          data-testid="regional-table-input"
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
        {table ? (
          <button type="button" onClick={() => remove()}>
            {t('regionalTable:remove')}
          </button>
        ) : null}
      </div>
      <p className="hint" id={hintId}>
        {reading ? t('regionalTable:reading', { file: reading }) : t('regionalTable:chooseHint')}
      </p>
      {table ? (
        <>
          <Field label={t('regionalTable:column')}>
            {(id) => (
              <select
                id={id}
                value={table.shown ?? ''}
                onChange={(event) => choose(event.target.value)}
              >
                <option value="">{t('regionalTable:columnNone')}</option>
                {table.indicators.map((indicator) => (
                  <option key={indicator.column} value={indicator.column}>
                    {indicator.column}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {shown?.table1 ? (
            <label className="check">
              <input
                type="checkbox"
                checked={forecast}
                onChange={(event) => setForecast(event.target.checked)}
              />
              {t('regionalTable:forecast')}
            </label>
          ) : null}
          {shown && forecast ? <ForecastTable indicator={shown} /> : null}
          <Problems table={table} />
        </>
      ) : null}
    </section>
  );
}
