/**
 * "Which towns first?": the suggested staging (each stage proved optimal given the ones before),
 * why each town is chosen, the suggestion beside the planner's own, Apply as one undo step, and
 * the fewest extra nodes that reach a share of the demand.
 */
import {
  formatArea,
  formatDistance,
  formatList,
  formatNumber,
  formatPercent,
} from '../../i18n/format';
import type { MeasuredSet, StagesAnswer } from '../../planning/planning-session';
import { useNoticeStore } from '../../state/notice-store';
import { type PlanningOptions, usePlanningStore } from '../../state/planning-store';
import { useScenarioStore } from '../../state/scenario-store';
import { COVER_TARGET_RANGE_PERCENT } from '../../vocabulary/planning';
import type { Stage } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { nodeName } from './planning-names';
import { planningKey, runPlanning } from './planning-runner';
import { JobStatus, ProofLine } from './planning-status';

const STAGES: Stage[] = [1, 2, 3];

/** A difference with its sign (the text is of the absolute value). */
function signed(value: number, text: string): string {
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

function StagingOptions() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const options = usePlanningStore((state) => state.options);
  const setOptions = usePlanningStore((state) => state.setOptions);
  const nodes = useScenarioStore((state) => state.nodes);
  const method = useScenarioStore((state) => state.analysis.method);
  const { min, max } = atlas.growthNodes.staging.citiesPerStage;
  const sizes = Array.from({ length: max - min + 1 }, (_, k) => min + k);
  const removed = new Set(nodes.removed);
  const stageable = [
    ...atlas.growthNodes.nodes
      .filter((n) => !n.ownProgramme && !removed.has(n.id))
      .map((n) => n.id),
    ...nodes.candidates.map((c) => c.id),
  ];
  const setPin = (id: string, value: string) => {
    const { [id]: _old, ...rest } = options.pins;
    const pin: PlanningOptions['pins'][string] | null =
      value === 'excluded' ? 'excluded' : value === '' ? null : (Number(value) as Stage);
    setOptions({ pins: pin === null ? rest : { ...rest, [id]: pin } });
  };
  return (
    <>
      <fieldset className="planning-choice">
        <legend>{t('planning:objective')}</legend>
        {(['population', 'area', 'distance'] as const).map((objective) => (
          <label key={objective}>
            <input
              type="radio"
              name="planning-objective"
              checked={options.objective === objective}
              onChange={() => setOptions({ objective })}
            />
            {t(`planning:objective.${objective}`)}
          </label>
        ))}
        {method === 'nearest' && options.objective !== 'distance' ? (
          <p className="hint">{t('planning:nearestHint')}</p>
        ) : null}
      </fieldset>
      <fieldset className="planning-choice planning-choice-row">
        <legend>{t('planning:stageSize')}</legend>
        {sizes.map((size) => (
          <label key={size}>
            <input
              type="radio"
              name="planning-stage-size"
              checked={options.stageSize === size}
              onChange={() => setOptions({ stageSize: size })}
            />
            {t('planning:stageSizeOption', { count: size })}
          </label>
        ))}
      </fieldset>
      <label className="planning-check">
        <input
          type="checkbox"
          checked={options.onePerRegion}
          onChange={(event) => setOptions({ onePerRegion: event.target.checked })}
        />
        {t('planning:onePerRegion')}
      </label>
      <details className="planning-pins">
        <summary>{t('planning:pins')}</summary>
        <ul>
          {stageable.map((id) => {
            const name = nodeName(atlas, nodes, id, lang);
            const pin = options.pins[id];
            return (
              <li key={id}>
                <label className="planning-pin">
                  <span>{name}</span>
                  <select
                    aria-label={t('planning:pinFor', { name })}
                    value={pin === undefined ? '' : String(pin)}
                    onChange={(event) => setPin(id, event.target.value)}
                  >
                    <option value="">{t('planning:pin.free')}</option>
                    {STAGES.map((stage) => (
                      <option key={stage} value={stage}>
                        {t('planning:pinStage', { stage })}
                      </option>
                    ))}
                    <option value="excluded">{t('planning:pin.excluded')}</option>
                  </select>
                </label>
              </li>
            );
          })}
        </ul>
      </details>
    </>
  );
}

/** A measure, suggested beside the planner's own: the suggestion, then yours and the difference. */
function Versus({
  suggested,
  own,
  format,
}: {
  suggested: number;
  own: number | null;
  format: (value: number) => string;
}) {
  const t = useTranslation();
  return (
    <>
      <strong>{format(suggested)}</strong>
      {own === null ? null : (
        <small>
          {' '}
          {t('planning:yours')} {format(own)} (
          {signed(suggested - own, format(Math.abs(suggested - own)))})
        </small>
      )}
    </>
  );
}

function ComparisonTable({ answer }: { answer: StagesAnswer }) {
  const lang = useLanguage();
  const t = useTranslation();
  const distance = answer.plan.objective === 'distance';
  const rows: { label: string; suggested: MeasuredSet; own: MeasuredSet | null }[] = [
    { label: t('planning:baseRow'), suggested: answer.base, own: null },
    ...STAGES.map((stage, k) => ({
      label: t('planning:stageHeading', { stage }),
      suggested: answer.suggested[k] as MeasuredSet,
      own: answer.planner?.[k] ?? null,
    })),
  ];
  const people = (v: number) => formatNumber(lang, v);
  const area = (v: number) => formatArea(lang, v);
  const km = (v: number) => formatDistance(lang, v, { digits: 1 });
  return (
    <table className="stats-table planning-compare">
      <caption>{t('planning:compareCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planning:col.stage')}</th>
          <th scope="col">{t('planning:col.people')}</th>
          <th scope="col">{t('planning:col.area')}</th>
          {distance ? <th scope="col">{t('planning:col.distance')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, suggested, own }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="numeric">
              <Versus
                suggested={suggested.coveredPopulation}
                own={own?.coveredPopulation ?? null}
                format={people}
              />
            </td>
            <td className="numeric">
              <Versus
                suggested={suggested.coveredAreaKm2}
                own={own?.coveredAreaKm2 ?? null}
                format={area}
              />
            </td>
            {distance ? (
              <td className="numeric">
                <Versus
                  suggested={suggested.averageDistanceKm}
                  own={own?.averageDistanceKm ?? null}
                  format={km}
                />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Suggestion({ answer }: { answer: StagesAnswer }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const nodes = useScenarioStore((state) => state.nodes);
  const notify = useNoticeStore((state) => state.notify);
  const apply = () => {
    const stages: Record<string, Stage> = {};
    for (const step of answer.plan.stages) for (const n of step.nodes) stages[n.id] = step.stage;
    useScenarioStore.getState().applyStages(stages);
    notify({ tone: 'info', message: { key: 'stagesApplied' } });
  };
  const objective = answer.plan.objective;
  const gainText = (n: StagesAnswer['plan']['stages'][number]['nodes'][number]) =>
    objective === 'distance'
      ? t('planning:gainDistance', { value: formatDistance(lang, n.gainDistanceKm, { digits: 1 }) })
      : objective === 'area'
        ? t('planning:gainArea', { value: formatArea(lang, n.gainGridAreaKm2) })
        : t('planning:gainPeople', { value: formatNumber(lang, n.gainPopulation) });
  return (
    <div className="planning-answer">
      <h3>{t('planning:suggestion')}</h3>
      <ol className="planning-stages">
        {answer.plan.stages.map((step) => (
          <li key={step.stage}>
            <h4>{t('planning:stageHeading', { stage: step.stage })}</h4>
            <ol className="planning-towns">
              {step.nodes.map((n) => (
                <li key={n.id}>
                  <span>{nodeName(atlas, nodes, n.id, lang)}</span> <small>{gainText(n)}</small>
                </li>
              ))}
            </ol>
            <ProofLine
              optimal={step.optimal}
              gap={step.gap}
              ms={step.solveMs}
              status={step.status}
            />
          </li>
        ))}
      </ol>
      {answer.planner === null ? <p className="hint">{t('planning:noOwnStaging')}</p> : null}
      <ComparisonTable answer={answer} />
      <button type="button" className="primary" onClick={apply}>
        {t('planning:apply')}
      </button>
    </div>
  );
}

function MinimumSet() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const job = usePlanningStore((state) => state.jobs.minimumSet);
  const options = usePlanningStore((state) => state.options);
  const setOptions = usePlanningStore((state) => state.setOptions);
  const nodes = useScenarioStore((state) => state.nodes);
  useScenarioStore((state) => state.analysis);
  const fixedNames = formatList(
    lang,
    atlas.growthNodes.nodes
      .filter((n) => n.ownProgramme)
      .map((n) => nodeName(atlas, nodes, n.id, lang)),
  );
  const answer = job.answer;
  return (
    <section className="planning-minimum" aria-labelledby="planning-minimum-heading">
      <h3 id="planning-minimum-heading">{t('planning:minimumTitle')}</h3>
      <label className="planning-number">
        <span>{t('planning:target')}</span>
        <input
          type="number"
          min={COVER_TARGET_RANGE_PERCENT.min}
          max={COVER_TARGET_RANGE_PERCENT.max}
          step={0.1}
          value={options.coverTarget}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (event.target.value !== '' && Number.isFinite(value))
              setOptions({ coverTarget: value });
          }}
        />
      </label>
      <fieldset className="planning-choice planning-choice-row">
        <legend>{t('planning:coverObjective')}</legend>
        {(['population', 'area'] as const).map((objective) => (
          <label key={objective}>
            <input
              type="radio"
              name="planning-cover-objective"
              checked={options.coverObjective === objective}
              onChange={() => setOptions({ coverObjective: objective })}
            />
            {t(`planning:cover.${objective}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => runPlanning(atlas, 'minimumSet')} disabled={job.running}>
        {t('planning:findMinimum')}
      </button>
      <JobStatus job={job} current={job.answerKey === planningKey('minimumSet', atlas)} />
      {answer ? (
        <p className="planning-minimum-result">
          {answer.nodes.length === 0
            ? t('planning:minimumNone', {
                fixed: fixedNames,
                share: formatPercent(lang, answer.share),
              })
            : t('planning:minimumResult', {
                count: answer.nodes.length,
                fixed: fixedNames,
                share: formatPercent(lang, answer.share),
                names: formatList(
                  lang,
                  answer.nodes.map((id) => nodeName(atlas, nodes, id, lang)),
                ),
              })}
        </p>
      ) : null}
      {answer && answer.nodes.length > 0 ? (
        <ProofLine
          optimal={answer.optimal}
          gap={answer.gap}
          ms={answer.solveMs}
          status={answer.status}
        />
      ) : null}
    </section>
  );
}

export function StagingQuestion() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const job = usePlanningStore((state) => state.jobs.stages);
  // The answer is current while neither the scenario nor the options changed since.
  useScenarioStore((state) => state.nodes);
  useScenarioStore((state) => state.analysis);
  usePlanningStore((state) => state.options);
  const nodes = useScenarioStore.getState().nodes;
  const fixedNames = formatList(
    lang,
    atlas.growthNodes.nodes
      .filter((n) => n.ownProgramme)
      .map((n) => nodeName(atlas, nodes, n.id, lang)),
  );
  return (
    <div className="planning-question">
      <StagingOptions />
      <p className="hint">{t('planning:fixed', { names: fixedNames })}</p>
      <button
        type="button"
        className="primary"
        onClick={() => runPlanning(atlas, 'stages')}
        disabled={job.running}
      >
        {t('planning:suggest')}
      </button>
      <JobStatus job={job} current={job.answerKey === planningKey('stages', atlas)} />
      {job.answer ? <Suggestion answer={job.answer} /> : null}
      <MinimumSet />
    </div>
  );
}
