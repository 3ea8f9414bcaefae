/** React access to the active language and a `t` fixed to it (react-i18next over our instance). */
import { useMemo } from 'react';
import { useTranslation as useI18next } from 'react-i18next';
import { i18n, type Translate } from '../../i18n/i18n';
import { NAMESPACES } from '../../i18n/resources';
import { useScenarioStore } from '../../state/scenario-store';
import type { Language } from '../../vocabulary/languages';

export function useLanguage(): Language {
  return useScenarioStore((state) => state.view.language);
}

/**
 * `t` in the scenario's language, keys written `namespace:key`. The language is passed on each
 * render, so a component never shows one frame in the previous language after a switch.
 *
 * @example
 *   const t = useTranslation();
 *   t('planner:stageCount', { stage: 1, count: 6 }); // 'Stage 1: 6 growth nodes'
 */
export function useTranslation(): Translate {
  const lng = useLanguage();
  // One options object per language: react-i18next recomputes its snapshot when it changes.
  const options = useMemo(() => ({ i18n, lng }), [lng]);
  return useI18next(NAMESPACES, options).t;
}
