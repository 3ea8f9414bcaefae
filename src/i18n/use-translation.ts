/** React access to the active language and its interface strings. */
import { useScenarioStore } from '../state/scenario-store';
import type { Language } from './languages';
import { type MessageKey, translate } from './messages';

export function useLanguage(): Language {
  return useScenarioStore((state) => state.view.language);
}

export function useTranslation(): (key: MessageKey) => string {
  const language = useLanguage();
  return (key) => translate(language, key);
}
