/** React access to the active language and its interface strings. */
import { useViewStore } from '../state/view-store';
import type { Language } from './languages';
import { type MessageKey, translate } from './messages';

export function useLanguage(): Language {
  return useViewStore((state) => state.language);
}

export function useTranslation(): (key: MessageKey) => string {
  const language = useLanguage();
  return (key) => translate(language, key);
}
