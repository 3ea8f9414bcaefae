/**
 * Which population base the figures count (the open data or the user's settlement table), and
 * the controls to choose a table, its mode, and to go back; rows left out are listed.
 */
import { useId, useRef, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import type { Translate } from '../../i18n/i18n';
import {
  baseTotals,
  type PopulationBase,
  usePopulationBaseStore,
} from '../../state/population-base-store';
import type { BaseMode } from '../../user-data/settlement-table';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { chooseSettlementFile } from './settlement-file';

const MODES: readonly BaseMode[] = ['replace', 'extend'];

/** The sentence naming the base, with its settlements and people. */
function baseSentence(t: Translate, atlas: AtlasData, base: PopulationBase | null): string {
  const { settlements, population } = baseTotals(atlas, base);
  const values = { count: settlements, people: population };
  if (!base) return t('populationBase:openData', values);
  return base.mode === 'replace'
    ? t('populationBase:table.replace', { ...values, file: base.fileName })
    : t('populationBase:table.extend', { ...values, file: base.fileName });
}

/** One line naming the base, where a population figure shows (finder, profile). */
export function PopulationBaseLine() {
  const t = useTranslation();
  const base = usePopulationBaseStore((state) => state.base);
  return (
    <p className="note population-base-line">
      {base
        ? t('populationBase:short.table', { file: base.fileName })
        : t('populationBase:short.openData')}
    </p>
  );
}

export function PopulationBasePanel() {
  const t = useTranslation();
  const lang = useLanguage();
  const atlas = useAtlas();
  const base = usePopulationBaseStore((state) => state.base);
  const setMode = usePopulationBaseStore((state) => state.setMode);
  const backToOpenData = usePopulationBaseStore((state) => state.backToOpenData);
  const [mode, chooseMode] = useState<BaseMode>(base?.mode ?? 'replace');
  const [reading, setReading] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const headingId = useId();

  const pickMode = (next: BaseMode) => {
    chooseMode(next);
    setMode(atlas, next);
  };
  const read = async (file: File | undefined) => {
    if (!file) return;
    setReading(file.name);
    try {
      await chooseSettlementFile(atlas, file, mode, lang);
    } finally {
      setReading(null);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="population-base" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('populationBase:heading')}</h3>
      <p className="population-base-in-use" data-testid="population-base">
        {baseSentence(t, atlas, base)}
      </p>
      <fieldset className="method population-base-mode">
        <legend>{t('populationBase:mode')}</legend>
        {MODES.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="population-base-mode"
              checked={mode === option}
              onChange={() => pickMode(option)}
            />
            {t(`populationBase:mode.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="buttons population-base-actions">
        <button
          type="button"
          aria-describedby={hintId}
          disabled={reading !== null}
          onClick={() => input.current?.click()}
        >
          {t('populationBase:choose')}
        </button>
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          accept=".csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json"
          data-testid="settlement-table-input"
          onChange={(event) => void read(event.currentTarget.files?.[0])}
        />
        {base ? (
          <button type="button" onClick={() => backToOpenData(atlas)}>
            {t('populationBase:back')}
          </button>
        ) : null}
      </div>
      <p className="hint" id={hintId}>
        {reading ? t('populationBase:reading', { file: reading }) : t('populationBase:chooseHint')}
      </p>
      {base && base.problems.length > 0 ? (
        <details className="population-base-problems">
          <summary>{t('populationBase:problems', { count: base.problems.length })}</summary>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('populationBase:problems.row')}</th>
                  <th scope="col">{t('populationBase:problems.name')}</th>
                  <th scope="col">{t('populationBase:problems.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {base.problems.map((problem) => (
                  <tr key={problem.row}>
                    <td>{problem.row}</td>
                    <td>{problem.name}</td>
                    <td>{t(`populationBase:reason.${problem.reason}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
