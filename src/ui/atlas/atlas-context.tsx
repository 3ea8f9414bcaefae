/** Loads the geodata once and gives every panel the validated atlas; shows loading and failure. */
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import type { AtlasData } from '../../data/atlas';
import { useTranslation } from '../i18n/use-translation';

const AtlasContext = createContext<AtlasData | null>(null);

/** Loaded on demand so the validator (zod) stays out of the first paint's bundle. */
const loadAtlas = (signal: AbortSignal) =>
  import('../../data/fetch-atlas').then(({ fetchAtlas }) => fetchAtlas(signal));

export function useAtlas(): AtlasData {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlas() is only available inside <AtlasProvider> once loaded');
  return atlas;
}

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; atlas: AtlasData }
  | { status: 'failed'; error: string };

export function AtlasProvider({
  children,
  load = loadAtlas,
}: {
  children: ReactNode;
  load?: (signal: AbortSignal) => Promise<AtlasData>;
}) {
  const t = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (atlas) => setState({ status: 'ready', atlas }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        });
      },
    );
    return () => controller.abort();
  }, [load]);

  if (state.status === 'loading') {
    return (
      <div className="splash" role="status">
        {t('shell:loading')}
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="splash splash-error" role="alert">
        <strong>{t('shell:loadFailed')}</strong>
        <pre>{state.error}</pre>
      </div>
    );
  }
  return <AtlasContext.Provider value={state.atlas}>{children}</AtlasContext.Provider>;
}
