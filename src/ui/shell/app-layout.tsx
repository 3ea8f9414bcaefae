/** The page: header with the language switch, the side panel, the map and the profile sheet. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { LanguageSwitch } from '../language/language-switch';
import { LayerPanel } from '../layers/layer-panel';
import { PlaceLists } from '../lists/place-lists';
import { ProfilePanel } from '../profile/profile-panel';

/** MapLibre is the largest dependency: it loads beside, not before, the panels. */
const MapView = lazy(() =>
  import('../map/map-view').then((module) => ({ default: module.MapView })),
);

export function AppLayout() {
  const t = useTranslation();
  const lang = useLanguage();
  // On a phone the map comes first: the panel starts closed.
  const [panelOpen, setPanelOpen] = useState(
    () => !window.matchMedia?.('(max-width: 720px)').matches,
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('appTitle')} — ${t('appSubtitle')}`;
  }, [lang, t]);

  return (
    <div className="app" data-panel-open={panelOpen}>
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('appTitle')}</h1>
            <p>{t('appSubtitle')}</p>
          </div>
        </div>
        <LanguageSwitch />
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={() => setPanelOpen((open) => !open)}
        >
          {panelOpen ? t('hidePanel') : t('showPanel')}
        </button>
      </header>
      <nav id="side-panel" className="side-panel" aria-label={t('lists')}>
        <LayerPanel />
        <PlaceLists />
      </nav>
      <main className="map-area">
        <Suspense fallback={<div className="map-view" data-map-ready="false" />}>
          <MapView />
        </Suspense>
      </main>
      <ProfilePanel />
    </div>
  );
}
