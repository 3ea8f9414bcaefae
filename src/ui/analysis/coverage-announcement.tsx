/**
 * Says once, politely, what an edit did to the catchments' coverage (population of listed
 * settlements and area): when the result has settled, not on each frame of a drag or key press.
 */
import { useEffect, useRef, useState } from 'react';
import type { CoverageSummary } from '../../analysis/types';
import { formatArea, formatNumber } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import { useAnalysisStore } from '../../state/analysis-store';
import type { Language } from '../../vocabulary/languages';
import { useLanguage, useTranslation } from '../i18n/use-translation';

/** How long a result must stay the latest before it is announced (a burst of edits says one). */
export const SETTLE_MS = 600;

type Covered = Pick<CoverageSummary, 'populationCovered' | 'coveredAreaKm2'>;

const sign = (value: number) => (value > 0 ? '+' : '−');

/**
 * The sentence for a coverage, with the change from the one announced before (if any).
 *
 * @example
 *   coverageAnnouncement(t, 'en', { populationCovered: 2934415, coveredAreaKm2: 90475 },
 *     { populationCovered: 2922115, coveredAreaKm2: 90475 });
 *   // 'Covered: 2,934,415 people of listed settlements, 90,475 km² (+12,300 people)'
 */
export function coverageAnnouncement(
  t: Translate,
  lang: Language,
  now: Covered,
  before: Covered | null,
): string {
  const covered = t('keyboard:announce.covered', {
    count: now.populationCovered,
    people: formatNumber(lang, now.populationCovered),
    area: formatArea(lang, now.coveredAreaKm2),
  });
  if (!before) return covered;
  const people = now.populationCovered - before.populationCovered;
  const area = Math.round(now.coveredAreaKm2) - Math.round(before.coveredAreaKm2);
  const changes = [
    people !== 0
      ? t('keyboard:announce.people', {
          count: Math.abs(people),
          change: `${sign(people)}${formatNumber(lang, Math.abs(people))}`,
        })
      : null,
    area !== 0 ? `${sign(area)}${formatArea(lang, Math.abs(area))}` : null,
  ].filter((change) => change !== null);
  return t('keyboard:announce.withChange', {
    covered,
    change: changes.length > 0 ? changes.join(', ') : t('keyboard:announce.unchanged'),
  });
}

/**
 * The latest settled coverage in words, with its change: empty until an edit changes the result
 * (the first result, or the one on screen when the panel opens, is the base, not a change).
 */
function useCoverageAnnouncement(): string {
  const t = useTranslation();
  const lang = useLanguage();
  const coverage = useAnalysisStore((state) => state.result?.coverage ?? null);
  // Settled: no node is being dragged and no newer run is under way.
  const settled = useAnalysisStore((state) => state.dragPreview === null && !state.computing);
  // What the planner last heard, or first saw: the base of the next change.
  const base = useRef<Covered | null>(coverage);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!coverage || !settled || coverage === base.current) return;
    if (base.current === null) {
      base.current = coverage; // the first result: what edits will change
      return;
    }
    const timer = window.setTimeout(() => {
      setMessage(coverageAnnouncement(t, lang, coverage, base.current));
      base.current = coverage;
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [coverage, settled, t, lang]);
  return message;
}

export function CoverageAnnouncement() {
  const message = useCoverageAnnouncement();
  return (
    <p className="visually-hidden coverage-announcement" role="status" aria-live="polite">
      {message}
    </p>
  );
}
