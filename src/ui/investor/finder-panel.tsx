/**
 * The priority-territory finder: filters by cluster, driver, stage, zone, logistics distance and
 * catchment population; a ranked list of matches with their reasons. Choosing one flies there.
 */

import type { ReactNode } from 'react';
import { regionName } from '../../data/atlas-index';
import { formatDistance } from '../../i18n/format';
import { pick } from '../../i18n/languages';
import {
  DRIVER_LEVELS,
  type FinderFilters,
  hasFilters,
  STAGE_FILTERS,
  type ZoneFilter,
} from '../../investor/finder';
import { matchName, reasonText } from '../../investor/reason-text';
import { useFinderOutcome } from '../../state/finder-matches';
import { useFinderStore } from '../../state/finder-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import { ZONE_NEIGHBOURS } from '../../vocabulary/analysis-params';
import { DRIVER_SECTORS } from '../../vocabulary/ids';
import { PopulationBaseLine } from '../analysis/population-base-panel';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useChoosePlace } from '../map/use-choose-place';
import { Field } from './field';

/** A group of checkboxes that edits one list-valued filter; folded unless something is chosen. */
function CheckGroup<T extends string>({
  legend,
  options,
  chosen,
  onChange,
  children,
}: {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  chosen: readonly T[];
  onChange: (next: T[]) => void;
  children?: ReactNode;
}) {
  return (
    <details className="filter-group" open={chosen.length > 0 || undefined}>
      <summary>
        {legend}
        {chosen.length > 0 ? <span className="filter-count">{chosen.length}</span> : null}
      </summary>
      <fieldset className="check-group">
        <legend className="visually-hidden">{legend}</legend>
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, option.value]
                    : chosen.filter((value) => value !== option.value),
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
        {children}
      </fieldset>
    </details>
  );
}

/** A number filter that is off while empty. */
function NumberFilter({
  label,
  value,
  max,
  step,
  onChange,
}: {
  label: string;
  value: number | null;
  max: number;
  step: number;
  onChange: (value: number | null) => void;
}) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="number"
          min={0}
          max={max}
          step={step}
          value={value ?? ''}
          onChange={(event) => {
            const text = event.target.value;
            const number = Number(text);
            onChange(
              text === '' || !Number.isFinite(number) ? null : Math.min(max, Math.max(0, number)),
            );
          }}
        />
      )}
    </Field>
  );
}

function Filters() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const filters = useFinderStore((state) => state.filters);
  const setFilters = useFinderStore((state) => state.setFilters);
  const clear = useFinderStore((state) => state.clear);
  const analysis = useScenarioStore((state) => state.analysis);
  const set =
    <K extends keyof FinderFilters>(key: K) =>
    (value: FinderFilters[K]) =>
      setFilters({ [key]: value } as Partial<FinderFilters>);
  const zoneOptions: Array<{ value: ZoneFilter; label: string }> = [
    ...ZONE_NEIGHBOURS.map((neighbour) => ({
      value: neighbour,
      label: pick(atlas.zones.influence.zones.find((z) => z.neighbour === neighbour)?.name, lang),
    })),
    { value: 'band', label: t('investor:zone.band') },
  ];
  return (
    <div className="finder-filters">
      <CheckGroup
        legend={t('investor:filter.clusters')}
        options={atlas.clusters.clusters.map((cluster) => ({
          value: cluster.id,
          label: pick(cluster.name, lang),
        }))}
        chosen={filters.clusters}
        onChange={set('clusters')}
      />
      <CheckGroup
        legend={t('investor:filter.sectors')}
        options={DRIVER_SECTORS.map((sector) => ({
          value: sector,
          label: t(`investor:sector.${sector}`),
        }))}
        chosen={filters.sectors}
        onChange={set('sectors')}
      >
        <Field label={t('investor:filter.level')}>
          {(id) => (
            <select
              id={id}
              value={filters.level}
              onChange={(event) => set('level')(event.target.value as FinderFilters['level'])}
            >
              {DRIVER_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`investor:level.${level}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="hint">{t('investor:sectorsNote')}</p>
      </CheckGroup>
      <CheckGroup
        legend={t('investor:filter.stages')}
        options={STAGE_FILTERS.map((stage) => ({
          value: stage,
          label: stage === 'none' ? t('investor:stageNone') : t('investor:stage', { stage }),
        }))}
        chosen={filters.stages}
        onChange={set('stages')}
      />
      <CheckGroup
        legend={t('investor:filter.zones')}
        options={zoneOptions}
        chosen={filters.zones}
        onChange={set('zones')}
      />
      <NumberFilter
        label={t('investor:filter.maxKm')}
        value={filters.maxLogisticsKm}
        max={1000}
        step={5}
        onChange={set('maxLogisticsKm')}
      />
      <NumberFilter
        label={t('investor:filter.minPopulation')}
        value={filters.minPopulation}
        max={10_000_000}
        step={1000}
        onChange={set('minPopulation')}
      />
      <p className="hint">
        {t('investor:catchmentBasis', {
          method: t(`analysis:method.${analysis.method}`),
          radius: formatDistance(lang, analysis.radiusKm),
        })}
      </p>
      <PopulationBaseLine />
      <div className="buttons">
        <button type="button" onClick={clear} disabled={!hasFilters(filters)}>
          {t('investor:filter.clear')}
        </button>
      </div>
    </div>
  );
}

function Results() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const choose = useChoosePlace();
  const selection = useViewStore((state) => state.selection);
  const filters = useFinderStore((state) => state.filters);
  const { matches, waitingForAnalysis } = useFinderOutcome(atlas);
  const filtering = hasFilters(filters);
  const nodes = matches.filter((match) => match.kind === 'node').length;
  return (
    <section className="finder-results" aria-labelledby="finder-results-heading">
      <h3 id="finder-results-heading">{t('investor:results')}</h3>
      <p className="hint" role="status">
        {waitingForAnalysis
          ? t('investor:waiting')
          : t('investor:resultCount', {
              nodes: t('investor:nodeCount', { count: nodes }),
              regions: t('investor:regionCount', { count: matches.length - nodes }),
            })}
      </p>
      {filtering ? null : <p className="hint">{t('investor:noFilters')}</p>}
      {!waitingForAnalysis && matches.length === 0 ? (
        <p className="note">{t('investor:noResults')}</p>
      ) : null}
      <ol className="finder-list">
        {matches.map((match) => {
          const selected = selection?.kind === match.kind && selection.id === match.id;
          return (
            <li key={`${match.kind}:${match.id}`} data-kind={match.kind} data-id={match.id}>
              <button
                type="button"
                aria-current={selected ? 'true' : undefined}
                onClick={() => choose({ kind: match.kind, id: match.id })}
              >
                <span className="item-name">{matchName(atlas, match, lang)}</span>
                <span className="item-detail">
                  {match.kind === 'node'
                    ? `${t('places:growthNode')} · ${regionName(atlas, match.region, lang)}`
                    : t('places:region')}
                </span>
              </button>
              {match.reasons.length > 0 ? (
                <ul className="reasons">
                  {match.reasons.map((reason) => {
                    const text = reasonText(atlas, reason, lang);
                    return <li key={text}>{text}</li>;
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function FinderPanel() {
  const t = useTranslation();
  return (
    <section className="panel finder-panel" aria-labelledby="finder-heading">
      <h2 id="finder-heading">{t('investor:finder')}</h2>
      <p className="hint">{t('investor:finderIntro')}</p>
      <Filters />
      <Results />
    </section>
  );
}
