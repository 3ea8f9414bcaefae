/**
 * Two scenarios side by side: coverage, population of listed towns, uncovered area, nodes per
 * stage and per region, with the difference. The map shows the territory covered only by one or
 * the other, and the other scenario's catchments dashed over this one's. Runs in its own worker, so the live
 * analysis is not disturbed.
 */

import { useEffect, useState } from 'react';
import { analysisInputFromAtlas } from '../../analysis/analysis-input-from-atlas';
import type { AnalysisResult } from '../../analysis/types';
import { formatArea, formatNumber, formatPercent } from '../../i18n/format';
import { pick } from '../../i18n/languages';
import { analysisColours } from '../../map/palette';
import { nodeOverrides } from '../../scenario/node-overrides';
import { useAnalysisStore } from '../../state/analysis-store';
import { useNoticeStore } from '../../state/notice-store';
import { settlementsOfBase, usePopulationBaseStore } from '../../state/population-base-store';
import { loadSavedScenario, useSessionStore } from '../../state/scenario-session';
import { currentScenario, useScenarioStore } from '../../state/scenario-store';
import type { Scenario } from '../../vocabulary/scenario';
import { type AnalysisClient, createAnalysisClient } from '../../worker/analysis-client';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';

type Side = { scenario: Scenario; result: AnalysisResult };
type Row = { label: string; a: number | null; b: number | null; format: (value: number) => string };

let compareClient: AnalysisClient | null = null;
/** The population base the comparison worker was given: a new base prepares it again. */
let compareSettlements: unknown = null;

export function ComparePanel() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const currentId = useScenarioStore((state) => state.meta.id);
  const saved = useSessionStore((state) => state.saved).filter((s) => s.id !== currentId);
  const [otherId, setOtherId] = useState('');
  const [sides, setSides] = useState<[Side, Side] | null>(null);
  const [busy, setBusy] = useState(false);
  const [change, setChange] = useState<{ gainedKm2: number; lostKm2: number } | null>(null);

  // A comparison describes the scenarios as they were: any later edit makes it stale.
  useEffect(
    () =>
      useScenarioStore.subscribe((state, previous) => {
        if (
          state.nodes === previous.nodes &&
          state.analysis === previous.analysis &&
          state.meta.id === previous.meta.id
        )
          return;
        setSides(null);
        setChange(null);
        useAnalysisStore.getState().setCompared(null);
      }),
    [],
  );
  // …and so does another population base: its figures count other people.
  useEffect(
    () =>
      usePopulationBaseStore.subscribe((state, previous) => {
        if (state.base === previous.base) return;
        setSides(null);
        setChange(null);
        useAnalysisStore.getState().setCompared(null);
      }),
    [],
  );

  const compare = async () => {
    const other = await loadSavedScenario(otherId);
    if (!other) return;
    setBusy(true);
    try {
      const settlements = settlementsOfBase(atlas, usePopulationBaseStore.getState().base);
      if (!compareClient || compareSettlements !== settlements) {
        compareClient ??= createAnalysisClient();
        compareSettlements = settlements;
        await compareClient.init(analysisInputFromAtlas(atlas, settlements));
      }
      const conceptIds = atlas.growthNodes.nodes.map((node) => node.id);
      const runOf = (scenario: Scenario) => ({
        params: scenario.analysis,
        overrides: nodeOverrides(scenario.nodes, conceptIds, null),
      });
      const here = currentScenario();
      const comparison = await compareClient.compareRuns(runOf(here), runOf(other));
      if (comparison) {
        setSides([
          { scenario: here, result: comparison.a },
          { scenario: other, result: comparison.b },
        ]);
        setChange({ gainedKm2: comparison.gainedKm2, lostKm2: comparison.lostKm2 });
        useAnalysisStore.getState().setCompared(comparison);
      }
    } catch (error) {
      // The worker's error is for developers (English); the planner is told in their language.
      console.error(error);
      useNoticeStore.getState().notify({ tone: 'error', message: { key: 'compareFailed' } });
    } finally {
      setBusy(false);
    }
  };

  const rows = (a: Side, b: Side): Row[] => {
    const stageCount = (side: Side, stage: number) =>
      Object.values(side.scenario.nodes.stages).filter((s) => s === stage).length;
    const regionShare = (side: Side, region: string) =>
      side.result.coverage.regions.find((r) => r.region === region)?.coveredShare ?? null;
    return [
      {
        label: t('analysis:covered'),
        a: a.result.coverage.coveredAreaKm2,
        b: b.result.coverage.coveredAreaKm2,
        format: (v) => formatArea(lang, v),
      },
      {
        label: t('analysis:uncovered'),
        a: a.result.coverage.uncoveredAreaKm2,
        b: b.result.coverage.uncoveredAreaKm2,
        format: (v) => formatArea(lang, v),
      },
      {
        label: t('analysis:populationCovered'),
        a: a.result.coverage.populationCovered,
        b: b.result.coverage.populationCovered,
        format: (v) => formatNumber(lang, v),
      },
      {
        label: t('planner:compare.nodes'),
        a: a.result.coverage.nodes.length,
        b: b.result.coverage.nodes.length,
        format: (v) => formatNumber(lang, v),
      },
      ...[1, 2, 3].map((stage) => ({
        label: t('planner:compare.stage', { stage }),
        a: stageCount(a, stage),
        b: stageCount(b, stage),
        format: (v: number) => formatNumber(lang, v),
      })),
      ...atlas.regions.regions
        .filter((region) => region.hasPolygon)
        .map((region) => ({
          label: `${pick(region.name, lang)}: ${t('analysis:col.covered')}`,
          a: regionShare(a, region.id),
          b: regionShare(b, region.id),
          format: (v: number) => formatPercent(lang, v),
        })),
    ];
  };

  return (
    <section className="panel compare-panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('planner:compare.title')}</h2>
      <div className="compare-pick">
        <label>
          <span className="visually-hidden">{t('planner:compare.with')}</span>
          <select value={otherId} onChange={(event) => setOtherId(event.target.value)}>
            <option value="">—</option>
            {saved.map((summary) => (
              <option key={summary.id} value={summary.id}>
                {summary.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!otherId || busy} onClick={() => void compare()}>
          {t('planner:compare.run')}
        </button>
      </div>
      {sides && change ? (
        <ul className="legend">
          <li>
            <span
              className="swatch"
              style={{ background: analysisColours.gained }}
              aria-hidden="true"
            />
            {t('planner:compare.onlyIn', { name: sides[1].scenario.name })}:{' '}
            {formatArea(lang, change.gainedKm2)}
          </li>
          <li>
            <span
              className="swatch"
              style={{ background: analysisColours.lost }}
              aria-hidden="true"
            />
            {t('planner:compare.onlyIn', { name: sides[0].scenario.name })}:{' '}
            {formatArea(lang, change.lostKm2)}
          </li>
        </ul>
      ) : null}
      {sides ? (
        <div className="table-scroll">
          <table className="stats-table compare-table">
            <thead>
              <tr>
                <th scope="col">{t('planner:compare.metric')}</th>
                <th scope="col" className="numeric">
                  {sides[0].scenario.name}
                </th>
                <th scope="col" className="numeric">
                  <span className="dashed-key" aria-hidden="true" /> {sides[1].scenario.name}
                </th>
                <th scope="col" className="numeric">
                  {t('planner:compare.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows(sides[0], sides[1]).map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td className="numeric">{row.a === null ? '—' : row.format(row.a)}</td>
                  <td className="numeric">{row.b === null ? '—' : row.format(row.b)}</td>
                  <td className="numeric">
                    {row.a === null || row.b === null
                      ? '—'
                      : `${row.b - row.a > 0 ? '+' : row.b - row.a < 0 ? '−' : '±'}${row.format(Math.abs(row.b - row.a))}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
