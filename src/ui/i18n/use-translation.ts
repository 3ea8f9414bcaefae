/** React access to the active language and its interface strings. */

import { type MessageKey, translate } from '../../i18n/messages';
import { useScenarioStore } from '../../state/scenario-store';
import type { Language } from '../../vocabulary/languages';

export function useLanguage(): Language {
  return useScenarioStore((state) => state.view.language);
}

export function useTranslation(): (key: MessageKey) => string {
  const language = useLanguage();
  return (key) => translate(language, key);
}
