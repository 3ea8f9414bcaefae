/**
 * "Who is pulled abroad?": the Huff model's share of pull from abroad for every settlement (on the
 * map), per region, and where it dominates set beside the Concept's §5.4 zones. Live: a moved or
 * added node, or another β, changes the picture at once.
 */
import { regionName } from '../../data/atlas-index';
import { formatList, formatNumber, formatPercent } from '../../i18n/format';
import { planningColours } from '../../map/palette';
import type { GravityAnswer } from '../../planning/planning-session';
import { usePlanningStore } from '../../state/planning-store';
import { useScenarioStore } from '../../state/scenario-store';
import { HUFF_ALPHA_RANGE, HUFF_BETA_RANGE } from '../../vocabulary/planning';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { attractorName, nodeName, settlementName } from './planning-names';
import { planningKey } from './planning-runner';
import { JobStatus } from './planning-status';

/** Above half the pull from abroad, foreign pull dominates. */
const DOMINANT_SHARE = 0.5;

function PullLegend() {
  const lang = useLanguage();
  const t = useTranslation();
  const breaks = [0, ...planningColours.pullBreaks, 1];
  return (
    <figure className="planning-legend">
      <figcaption>{t('planning:legendPull')}</figcaption>
      <ul>
        {planningColours.pull.map((colour, k) => (
          <li key={colour}>
            <span className="swatch round" style={{ background: colour }} aria-hidden="true" />
            {formatPercent(lang, breaks[k] ?? 0, { digits: 0 })} –{' '}
            {formatPercent(lang, breaks[k + 1] ?? 1, { digits: 0 })}
          </li>
        ))}
      </ul>
      <p className="hint">{t('planning:legendLines')}</p>
    </figure>
  );
}

function Slider({
  label,
  value,
  range,
  onChange,
}: {
  label: string;
  value: number;
  range: { min: number; max: number };
  onChange: (value: number) => void;
}) {
  const lang = useLanguage();
  const text = formatNumber(lang, value, { digits: 1, fixed: true });
  return (
    <label className="slider">
      <span className="slider-label">
        {label} <strong aria-hidden="true">{text}</strong>
      </span>
      <input
        type="range"
        min={range.min}
        max={range.max}
        step={0.1}
        value={value}
        aria-valuetext={text}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </label>
  );
}

function PullTables({ answer }: { answer: GravityAnswer }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const nodes = useScenarioStore((state) => state.nodes);
  const dominant = answer.settlements
    .filter((s) => s.foreignShare > DOMINANT_SHARE)
    .sort((a, b) => b.foreignShare - a.foreignShare);
  const inside = dominant.filter((s) => s.zones.length > 0).length;
  const people = dominant.reduce((sum, s) => sum + s.population, 0);
  const regions = [...answer.regions].sort(
    (a, b) => (b.foreignShare ?? -1) - (a.foreignShare ?? -1),
  );
  return (
    <>
      <p className="planning-summary">
        {dominant.length === 0
          ? t('planning:noneDominant')
          : t('planning:dominant', {
              count: dominant.length,
              people: formatNumber(lang, people),
              inside: formatNumber(lang, inside),
            })}
      </p>
      <div className="table-scroll">
        <table className="stats-table planning-regions">
          <caption>{t('planning:regionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning:col.region')}</th>
              <th scope="col">{t('planning:col.foreignShare')}</th>
              <th scope="col">{t('planning:col.population')}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => (
              <tr key={r.region}>
                <th scope="row">{regionName(atlas, r.region, lang)}</th>
                <td className="numeric">
                  {r.foreignShare === null ? '—' : formatPercent(lang, r.foreignShare)}
                </td>
                <td className="numeric">{formatNumber(lang, r.population)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {dominant.length > 0 ? (
        <div className="table-scroll">
          <table className="stats-table planning-dominant">
            <caption>{t('planning:dominantCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planning:col.settlement')}</th>
                <th scope="col">{t('planning:col.foreignShare')}</th>
                <th scope="col">{t('planning:col.top')}</th>
                <th scope="col">{t('planning:col.inZone')}</th>
              </tr>
            </thead>
            <tbody>
              {dominant.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    {settlementName(atlas, s.id, lang)}{' '}
                    <small>{regionName(atlas, s.region, lang)}</small>
                  </th>
                  <td className="numeric">{formatPercent(lang, s.foreignShare)}</td>
                  <td>{attractorName(atlas, nodes, s.topAttractor, lang)}</td>
                  <td>{s.zones.length > 0 ? t('planning:yes') : t('planning:no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

export function GravityQuestion() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const job = usePlanningStore((state) => state.jobs.gravity);
  const options = usePlanningStore((state) => state.options);
  const setOptions = usePlanningStore((state) => state.setOptions);
  const nodes = useScenarioStore((state) => state.nodes);
  useScenarioStore((state) => state.analysis);
  const answer = job.answer;
  const home = answer?.attractors.filter((a) => a.country === 'KG').length ?? 0;
  const abroad = answer ? answer.attractors.length - home : atlas.foreignCities.features.length;
  return (
    <div className="planning-question">
      <p>{t('planning:gravityIntro')}</p>
      <Slider
        label={t('planning:beta')}
        value={options.beta}
        range={HUFF_BETA_RANGE}
        onChange={(beta) => setOptions({ beta })}
      />
      <Slider
        label={t('planning:alpha')}
        value={options.alpha}
        range={HUFF_ALPHA_RANGE}
        onChange={(alpha) => setOptions({ alpha })}
      />
      <p className="hint">{t('planning:attractors', { home, abroad })}</p>
      <p className="hint">{t('planning:attractorPopulationNote')}</p>
      {answer && answer.nodesWithoutPopulation.length > 0 ? (
        <p className="hint">
          {t('planning:withoutPopulation', {
            names: formatList(
              lang,
              answer.nodesWithoutPopulation.map((id) => nodeName(atlas, nodes, id, lang)),
            ),
          })}
        </p>
      ) : null}
      <JobStatus job={job} current={job.answerKey === planningKey('gravity', atlas)} />
      <PullLegend />
      {answer ? <PullTables answer={answer} /> : null}
    </div>
  );
}
