/**
 * "Where is a node missing?": what one more node would add at every site (the map's surface and
 * its legend), the best single sites with one-click "Add as candidate", and the best k together.
 */
import { regionName } from '../../data/atlas-index';
import { formatArea, formatDistance, formatNumber } from '../../i18n/format';
import { planningColours } from '../../map/palette';
import type { CandidateSite, SiteGain } from '../../planning/new-sites';
import type { SiteSurfaceAnswer } from '../../planning/planning-session';
import { useNoticeStore } from '../../state/notice-store';
import { usePlanningStore } from '../../state/planning-store';
import { useScenarioStore } from '../../state/scenario-store';
import type { CoverObjective } from '../../vocabulary/planning';
import { SITE_COUNT_RANGE } from '../../vocabulary/planning';
import type { LonLat } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { settlementName } from './planning-names';
import { planningKey, runPlanning } from './planning-runner';
import { JobStatus, ProofLine } from './planning-status';

/** The choices of how many best sites to solve together. */
const SITE_COUNTS = Array.from(
  { length: SITE_COUNT_RANGE.max - SITE_COUNT_RANGE.min + 1 },
  (_, k) => SITE_COUNT_RANGE.min + k,
);

const gainOf = (objective: CoverObjective, g: SiteGain) =>
  objective === 'population' ? g.gainPopulation : g.gainAreaKm2;

/** The surface's classes: five equal steps up to the largest gain. */
function GainLegend({
  answer,
  objective,
}: {
  answer: SiteSurfaceAnswer;
  objective: CoverObjective;
}) {
  const lang = useLanguage();
  const t = useTranslation();
  const max = Math.max(0, ...answer.gains.map((g) => gainOf(objective, g)));
  const n = planningColours.gain.length;
  const value = (v: number) =>
    objective === 'population'
      ? `${formatNumber(lang, v)} ${t('planning:legendPeople')}`
      : formatArea(lang, v);
  return (
    <figure className="planning-legend">
      <figcaption>{t('planning:legendGain')}</figcaption>
      <ul>
        {planningColours.gain.map((colour, k) => (
          <li key={colour}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" />
            {value((max * k) / n)} – {value((max * (k + 1)) / n)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Candidates at these sites, named after their nearest settlement, in one undo step. */
function useAddSites() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const notify = useNoticeStore((state) => state.notify);
  return (sites: CandidateSite[]) => {
    const added = sites.map((site) => ({
      name: site.settlement
        ? settlementName(atlas, site.settlement, lang)
        : t('planning:candidateName', {
            name: settlementName(atlas, site.nearestSettlement, lang),
          }),
      position: [site.lonLat[0], site.lonLat[1]] as LonLat,
      region: site.region,
    }));
    useScenarioStore.getState().addCandidates(added);
    notify({ tone: 'info', message: { key: 'candidatesAdded', values: { count: added.length } } });
  };
}

function SiteTable({ answer }: { answer: SiteSurfaceAnswer }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const addSites = useAddSites();
  if (answer.top.length === 0) return <p className="hint">{t('planning:noGain')}</p>;
  return (
    <div className="table-scroll">
      <table className="stats-table planning-sites">
        <caption>{t('planning:topSites')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning:col.rank')}</th>
            <th scope="col">{t('planning:col.place')}</th>
            <th scope="col">{t('planning:col.gain')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('planning:addCandidate')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {answer.top.map((g, k) => {
            const site = answer.sites[g.site] as CandidateSite;
            const name = settlementName(atlas, site.nearestSettlement, lang);
            return (
              <tr key={g.site}>
                <td className="numeric">{k + 1}</td>
                <th scope="row">
                  {name}
                  <br />
                  <small>{site.region ? regionName(atlas, site.region, lang) : '—'}</small>
                </th>
                <td>
                  {t('planning:gainPeople', { value: formatNumber(lang, g.gainPopulation) })}
                  <br />
                  <small>
                    {t('planning:gainArea', { value: formatArea(lang, g.gainAreaKm2) })}
                  </small>
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t('planning:addCandidateNamed', { name })}
                    onClick={() => addSites([site])}
                  >
                    {t('planning:addCandidate')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function BestSites({ objective }: { objective: CoverObjective }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const job = usePlanningStore((state) => state.jobs.bestSites);
  const count = usePlanningStore((state) => state.options.siteCount);
  const setOptions = usePlanningStore((state) => state.setOptions);
  const addSites = useAddSites();
  useScenarioStore((state) => state.nodes);
  useScenarioStore((state) => state.analysis);
  const answer = job.answer;
  const gainText = (v: number) =>
    answer?.objective === 'area'
      ? formatArea(lang, v)
      : `${formatNumber(lang, v)} ${t('planning:legendPeople')}`;
  return (
    <section className="planning-best" aria-labelledby="planning-best-heading">
      <h3 id="planning-best-heading">{t('planning:bestCount')}</h3>
      <label className="planning-number">
        <span>{t('planning:siteCount')}</span>
        <select
          value={count}
          onChange={(event) => setOptions({ siteCount: Number(event.target.value) })}
        >
          {SITE_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => runPlanning(atlas, 'bestSites')} disabled={job.running}>
        {t('planning:solveBest', { count })}
      </button>
      <JobStatus job={job} current={job.answerKey === planningKey('bestSites', atlas)} />
      {answer ? (
        <>
          <ol className="planning-best-list">
            {answer.chosen.map((c) => (
              <li key={c.site}>
                {settlementName(atlas, c.place.nearestSettlement, lang)}{' '}
                <small>
                  +{formatNumber(lang, c.gainPopulation)} {t('planning:legendPeople')}, +
                  {formatArea(lang, c.gainAreaKm2)}
                </small>
              </li>
            ))}
          </ol>
          <p>{t('planning:bestResult', { gain: gainText(answer.gain) })}</p>
          <ProofLine
            optimal={answer.optimal}
            gap={answer.gap}
            ms={answer.solveMs}
            status={answer.status}
          />
          <button type="button" onClick={() => addSites(answer.chosen.map((c) => c.place))}>
            {t('planning:addAll', { count: answer.chosen.length })}
          </button>
        </>
      ) : null}
      {objective !== answer?.objective && answer ? (
        <p className="hint">{t('planning:outdated')}</p>
      ) : null}
    </section>
  );
}

export function SitesQuestion() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const job = usePlanningStore((state) => state.jobs.siteSurface);
  const objective = usePlanningStore((state) => state.options.siteObjective);
  const setOptions = usePlanningStore((state) => state.setOptions);
  const radius = useScenarioStore((state) => state.analysis.radiusKm);
  useScenarioStore((state) => state.nodes);
  const answer = job.answer;
  return (
    <div className="planning-question">
      <p>
        {t('planning:sitesIntro', { spacing: formatDistance(lang, answer?.gridSpacingKm ?? 10) })}
      </p>
      <p className="hint">{t('planning:radiusNote', { radius: formatDistance(lang, radius) })}</p>
      <fieldset className="planning-choice planning-choice-row">
        <legend>{t('planning:siteObjective')}</legend>
        {(['population', 'area'] as const).map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="planning-site-objective"
              checked={objective === o}
              onChange={() => setOptions({ siteObjective: o })}
            />
            {t(`planning:cover.${o}`)}
          </label>
        ))}
      </fieldset>
      <JobStatus job={job} current={job.answerKey === planningKey('siteSurface', atlas)} />
      {answer ? (
        <>
          <GainLegend answer={answer} objective={objective} />
          <SiteTable answer={answer} />
        </>
      ) : null}
      <BestSites objective={objective} />
    </div>
  );
}
