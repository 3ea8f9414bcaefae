/** What the user is looking at: language, visible overlays, the selected feature. */
import { create } from 'zustand';
import { initialLanguage, type Language } from '../i18n/languages';

export const OVERLAYS = ['oblasts', 'growthNodes', 'logistics', 'clusters'] as const;
export type OverlayId = (typeof OVERLAYS)[number];

export type FeatureKind = 'region' | 'node' | 'logistics' | 'cluster';
export type Selection = { kind: FeatureKind; id: string };

/** What the user is doing: reading the Concept on the map, or analysing catchments and zones. */
export type ViewMode = { type: 'explore' } | { type: 'analyse' };

export const LANGUAGE_STORAGE_KEY = 'aimak-atlas:language';

type ViewState = {
  language: Language;
  visibleOverlays: Record<OverlayId, boolean>;
  selection: Selection | null;
  mode: ViewMode;
  setMode: (mode: ViewMode) => void;
  setLanguage: (language: Language) => void;
  toggleOverlay: (overlay: OverlayId) => void;
  select: (selection: Selection | null) => void;
};

function readRememberedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null; // storage can be disabled (private mode); the default language still works
  }
}

function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not being able to remember is not an error the user can act on
  }
}

function rememberLanguage(language: Language): void {
  storeLanguage(language);
  if (typeof window !== 'undefined') {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', language);
    window.history.replaceState(window.history.state, '', url);
  }
}

/** A language chosen by link (`?lang=ru`) is remembered as if it had been chosen in the app. */
function startingLanguage(): Language {
  const language = initialLanguage(
    typeof window === 'undefined' ? '' : window.location.search,
    readRememberedLanguage(),
  );
  storeLanguage(language);
  return language;
}

export const useViewStore = create<ViewState>()((set) => ({
  language: startingLanguage(),
  visibleOverlays: { oblasts: true, growthNodes: true, logistics: true, clusters: true },
  selection: null,
  mode: { type: 'explore' },
  setMode: (mode) => set({ mode }),
  setLanguage: (language) => {
    rememberLanguage(language);
    set({ language });
  },
  toggleOverlay: (overlay) =>
    set((state) => ({
      visibleOverlays: { ...state.visibleOverlays, [overlay]: !state.visibleOverlays[overlay] },
    })),
  select: (selection) => set({ selection }),
}));
