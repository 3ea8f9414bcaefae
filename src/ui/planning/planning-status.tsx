/** A planning request's state in words: solving (with the time and a cancel), stale, or why it failed. */
import { useEffect, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import { regionName } from '../../data/atlas-index';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import type { PlanningIssue } from '../../planning/planning-error';
import type { JobState, PlanningFailure } from '../../state/planning-store';
import { useScenarioStore } from '../../state/scenario-store';
import type { Language } from '../../vocabulary/languages';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { nodeName } from './planning-names';
import { cancelPlanning } from './planning-runner';

/** The issue in the user's language, node and region names resolved. */
function issueText(t: Translate, atlas: AtlasData, lang: Language, issue: PlanningIssue): string {
  const nodes = useScenarioStore.getState().nodes;
  switch (issue.code) {
    case 'not-enough-nodes':
      return t('planning:issue.not-enough-nodes', issue);
    case 'too-many-pinned':
      return t('planning:issue.too-many-pinned', issue);
    case 'pinned-and-excluded':
    case 'unknown-node':
    case 'fixed-node':
      return t(`planning:issue.${issue.code}`, { node: nodeName(atlas, nodes, issue.node, lang) });
    case 'no-candidates':
      return t('planning:issue.no-candidates');
    case 'target-unreachable':
      return t('planning:issue.target-unreachable', {
        target: formatPercent(lang, issue.targetShare),
        reachable: formatPercent(lang, issue.reachableShare),
      });
    case 'regions-unreachable':
      return `${t('planning:issue.regions-unreachable', { stage: issue.stage })}${
        issue.regions.length > 0
          ? ` (${issue.regions.map((r) => regionName(atlas, r, lang)).join(', ')})`
          : ''
      }`;
    case 'solver':
      return t('planning:issue.solver', { status: issue.status });
  }
}

function failureText(t: Translate, atlas: AtlasData, lang: Language, f: PlanningFailure): string {
  if (f.kind === 'issue') return issueText(t, atlas, lang, f.issue);
  if (f.kind === 'invalid') return f.messages.join('; ');
  return f.message;
}

/** Seconds since `startedAt`, ticking while a solve runs. */
function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 200);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, now - startedAt) / 1000;
}

export function JobStatus({ job, current }: { job: JobState<unknown>; current: boolean }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const seconds = useElapsed(job.running ? job.startedAt : null);
  return (
    <div className="planning-status">
      {job.running ? (
        <p className="planning-running">
          <span className="spinner" aria-hidden="true" />
          <span>{t('planning:running', { seconds: seconds.toFixed(1) })}</span>
          <button type="button" onClick={() => cancelPlanning(atlas)}>
            {t('planning:cancel')}
          </button>
        </p>
      ) : null}
      {job.failure ? (
        <div className="planning-error" role="alert">
          <strong>{t('planning:failed')}</strong>{' '}
          <span>{failureText(t, atlas, lang, job.failure)}</span>
        </div>
      ) : null}
      {job.cancelled ? <p className="hint">{t('planning:cancelled')}</p> : null}
      {!job.running && job.answer !== null && !current ? (
        <p className="hint">{t('planning:outdated')}</p>
      ) : null}
    </div>
  );
}

/** What the solver proved of an answer: optimal with its gap and time, or only the best found. */
export function ProofLine({
  optimal,
  gap,
  ms,
  status,
}: {
  optimal: boolean;
  gap: number;
  ms: number;
  status: string;
}) {
  const lang = useLanguage();
  const t = useTranslation();
  const gapText = formatPercent(lang, gap, { digits: 2 });
  return (
    <p className="planning-proof">
      {optimal
        ? t('planning:proof', { gap: gapText, ms: formatNumber(lang, ms) })
        : t('planning:notProved', { gap: gapText, status })}
    </p>
  );
}
