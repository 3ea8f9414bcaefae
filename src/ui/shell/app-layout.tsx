/** The page: header with the language switch, the side panel, the map and the profile sheet. */
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import type { TextKey } from '../../i18n/i18n';
import { usePresentationStore } from '../../state/presentation-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { ScenarioView } from '../../vocabulary/scenario';
import { ExportMenu } from '../export/export-menu';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { LanguageSwitch } from '../language/language-switch';
import { LayerPanel, UserLayersPanel } from '../layers/layer-panel';
import { PlaceLists } from '../lists/place-lists';
import { FileDrop } from '../map/file-drop';
import { PresentButton } from '../presentation/present-button';
import { PresentationOverlay } from '../presentation/presentation-overlay';
import { SlidesPanel } from '../presentation/slides-panel';
import { ProfilePanel } from '../profile/profile-panel';
import { UserFeatureProfile } from '../profile/user-feature-profile';
import { SearchBox } from '../search/search-box';
import { KeyboardHelp } from './keyboard-help';
import { ModeSwitch } from './mode-switch';
import { Notices } from './notices';
import { SkipLinks } from './skip-links';

/**
 * MapLibre is the largest dependency: it loads beside, not before, the panels. The download starts
 * at once, in parallel with the geodata, rather than when the map is first rendered.
 */
const mapViewModule = import('../map/map-view');
const MapView = lazy(() => mapViewModule.then((module) => ({ default: module.MapView })));
/**
 * Analysis results follow the scenario in the analyse and invest modes (also while presenting) and
 * whenever a profile is open, since profiles show catchment figures.
 */
const AnalysisRunner = lazy(() =>
  import('../analysis/analysis-runner').then((module) => ({ default: module.AnalysisRunner })),
);
/** The planner's panels (analysis worker client, editing) load only when a planner opens them. */
const PlannerPanels = lazy(() =>
  import('../planner/planner-panels').then((module) => ({ default: module.PlannerPanels })),
);
/** The investor's indicators and finder load only when an investor opens them. */
const InvestorPanels = lazy(() =>
  import('../investor/investor-panels').then((module) => ({ default: module.InvestorPanels })),
);

function ExplorePanels() {
  return (
    <>
      <LayerPanel />
      <PlaceLists />
      <SlidesPanel />
    </>
  );
}

/** Each mode's side panel and the name screen readers give it. */
const SIDE_PANELS: Record<ScenarioView['mode'], { label: TextKey; Panel: ComponentType }> = {
  explore: { label: 'shell:lists', Panel: ExplorePanels },
  analyse: { label: 'analysis:title', Panel: PlannerPanels },
  invest: { label: 'investor:finder', Panel: InvestorPanels },
};

export function AppLayout() {
  const t = useTranslation();
  const lang = useLanguage();
  const mode = useScenarioStore((state) => state.view.mode);
  const presenting = usePresentationStore((state) => state.deck !== null);
  const sidePanel = SIDE_PANELS[mode];
  const profileOpen = useViewStore((state) => state.selection !== null);
  // On a phone the map comes first: the panel starts closed.
  const [panelOpen, setPanelOpen] = useState(
    () => !window.matchMedia?.('(max-width: 720px)').matches,
  );

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t('shell:appTitle')} — ${t('shell:appSubtitle')}`;
  }, [lang, t]);

  return (
    <div className="app" data-panel-open={panelOpen} data-presenting={presenting}>
      <SkipLinks listsShown={!presenting} showLists={() => setPanelOpen(true)} />
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('shell:appTitle')}</h1>
            <p>{t('shell:appSubtitle')}</p>
          </div>
        </div>
        <SearchBox />
        <PresentButton />
        <ExportMenu />
        <KeyboardHelp />
        <ModeSwitch />
        <LanguageSwitch />
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={panelOpen}
          aria-controls="side-panel"
          onClick={() => setPanelOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span>
          <span className="toggle-text">
            {panelOpen ? t('shell:hidePanel') : t('shell:showPanel')}
          </span>
        </button>
      </header>
      <nav id="side-panel" className="side-panel" aria-label={t(sidePanel.label)} tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('shell:loading')}</p>}>
          <sidePanel.Panel />
        </Suspense>
        {mode === 'explore' ? null : <UserLayersPanel />}
      </nav>
      <main id="map-area" className="map-area" tabIndex={-1}>
        <FileDrop>
          <Suspense fallback={<div className="map-view" data-map-ready="false" />}>
            <MapView />
          </Suspense>
        </FileDrop>
      </main>
      {/* Investors' filters and profiles read the same zones and catchments as the planner's. */}
      {mode !== 'explore' || profileOpen ? (
        <Suspense fallback={null}>
          <AnalysisRunner />
        </Suspense>
      ) : null}
      {presenting ? null : <ProfilePanel />}
      {presenting ? null : <UserFeatureProfile />}
      {presenting ? null : <Notices />}
      <PresentationOverlay />
    </div>
  );
}
