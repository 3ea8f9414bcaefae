/**
 * Location planning in the planner's panels: three questions the Concept leaves to its users,
 * answered exactly and offline (the solver runs in its own worker). Results are announced once
 * to screen readers when they arrive.
 */
import { useEffect, useState } from 'react';
import { formatArea, formatList, formatNumber } from '../../i18n/format';
import type { CandidateSite } from '../../planning/new-sites';
import { type PlanningQuestion, usePlanningStore } from '../../state/planning-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { GravityQuestion } from './gravity-question';
import { nodeName, settlementName } from './planning-names';
import { useLivePlanning } from './planning-runner';
import { SitesQuestion } from './sites-question';
import { StagingQuestion } from './staging-question';

const QUESTIONS: PlanningQuestion[] = ['stages', 'sites', 'gravity'];

/** One sentence when a new answer arrives (not on every re-render, not for stale repeats). */
function useAnnouncement(): string {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const stages = usePlanningStore((state) => state.jobs.stages.answer);
  const surface = usePlanningStore((state) => state.jobs.siteSurface.answer);
  const gravity = usePlanningStore((state) => state.jobs.gravity.answer);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!stages) return;
    const nodes = useScenarioStore.getState().nodes;
    const first = stages.plan.stages[0];
    setMessage(
      t('planning:announceStages', {
        names: formatList(
          lang,
          (first?.nodes ?? []).map((n) => nodeName(atlas, nodes, n.id, lang)),
        ),
        people: formatNumber(lang, stages.suggested[0]?.coveredPopulation ?? 0),
      }),
    );
  }, [stages, atlas, lang, t]);
  useEffect(() => {
    const best = surface?.top[0];
    if (!surface || !best) return;
    const site = surface.sites[best.site] as CandidateSite;
    setMessage(
      t('planning:announceSites', {
        name: settlementName(atlas, site.nearestSettlement, lang),
        people: formatNumber(lang, best.gainPopulation),
        area: formatArea(lang, best.gainAreaKm2),
      }),
    );
  }, [surface, atlas, lang, t]);
  useEffect(() => {
    if (!gravity) return;
    const count = gravity.settlements.filter((s) => s.foreignShare > 0.5).length;
    setMessage(t('planning:announceGravity', { count }));
  }, [gravity, t]);
  return message;
}

export function PlanningPanel() {
  const atlas = useAtlas();
  const t = useTranslation();
  const question = usePlanningStore((state) => state.question);
  const { setQuestion, setOpen } = usePlanningStore.getState();
  const announcement = useAnnouncement();
  useLivePlanning(atlas);
  // The planning layers show while the panel is on screen (analysis mode).
  useEffect(() => {
    setOpen(true);
    return () => setOpen(false);
  }, [setOpen]);
  return (
    <section className="panel planning-panel" aria-labelledby="planning-heading">
      <h2 id="planning-heading" tabIndex={-1}>
        {t('planning:title')}
      </h2>
      <fieldset className="planning-questions">
        <legend>{t('planning:question')}</legend>
        {QUESTIONS.map((q) => (
          <label key={q}>
            <input
              type="radio"
              name="planning-question"
              checked={question === q}
              onChange={() => setQuestion(q)}
            />
            {t(`planning:question.${q}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">
        {t('planning:solver')} {t('planning:listedNote')}
      </p>
      {question === 'stages' ? <StagingQuestion /> : null}
      {question === 'sites' ? <SitesQuestion /> : null}
      {question === 'gravity' ? <GravityQuestion /> : null}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
