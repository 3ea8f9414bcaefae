/**
 * The interface language lives in the scenario's view; a choice is also remembered on its own
 * and written to the URL (`?lang=`), so a fresh scenario and a shared link keep it.
 */
import { initialLanguage } from '../i18n/languages';
import type { Language } from '../vocabulary/languages';
import { useScenarioStore } from './scenario-store';

export const LANGUAGE_STORAGE_KEY = 'aimak-atlas:language';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage can be disabled (private mode); the default language still works
  }
}

function rememberLanguage(language: Language): void {
  try {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not being able to remember is not an error the user can act on
  }
}

export function setLanguage(language: Language): void {
  rememberLanguage(language);
  useScenarioStore.getState().setView({ language });
  if (typeof window !== 'undefined') {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', language);
    window.history.replaceState(window.history.state, '', url);
  }
}

/** The language to start in (`?lang=` → remembered → default), remembered from then on. */
export function startingLanguage(search: string): Language {
  const language = initialLanguage(search, storage()?.getItem(LANGUAGE_STORAGE_KEY) ?? null);
  rememberLanguage(language);
  return language;
}
