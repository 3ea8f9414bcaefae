/** Entry point: fonts and styles bundled with the app (offline), then the React root. */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerOffline } from './pwa/register';
import { startingLanguage } from './state/language';
import { useScenarioStore } from './state/scenario-store';
import { keepOpenedPage } from './ui/export/portable-template';

// First: the portable atlas exports itself as it was opened, before React changes the page.
keepOpenedPage();

useScenarioStore.getState().setView({ language: startingLanguage(window.location.search) });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// After the first visit the app, its data, glyphs and the tour load with no network. The service
// worker's precache download (≈ 6 MB) starts once the map is drawn, never competing with it.
function registerOnceTheMapIsDrawn(): void {
  if (performance.getEntriesByName('map-idle').length > 0) {
    registerOffline();
    return;
  }
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('map-idle').length === 0) return;
    observer.disconnect();
    registerOffline();
  }).observe({ type: 'mark', buffered: true });
}

/**
 * The atlas window. The atlas is imported rather than bundled with this entry, so the presenter
 * view never loads it: its map view starts MapLibre's download as soon as it is imported.
 */
function startAtlasWindow(root: HTMLElement): void {
  // Scenario storage and links load after the first paint; they bring the validator with them.
  void import('./state/scenario-session')
    .then(({ startScenarioSession }) => startScenarioSession())
    // The user's layers belong to the scenario that opened: read after it.
    .then(() => import('./state/user-layers-session'))
    .then(({ startUserLayersSession }) => startUserLayersSession())
    // A link's finder filters open the investor view over whatever scenario was restored.
    .then(() => import('./state/finder-store'))
    .then(({ startFinderSession }) => startFinderSession());
  void import('./App').then(({ App }) =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
  registerOnceTheMapIsDrawn();
  // A browser that cannot draw the map (no WebGL) still gets the offline lists and profiles.
  setTimeout(registerOffline, 15_000);
}

// `?presenter`: the presenter view, a second window with the speaker notes. It renders its own
// root and loads no atlas, map or worker; storage and the service worker stay the atlas window's.
if (new URLSearchParams(window.location.search).has('presenter')) {
  void import('./ui/presentation/presenter-window').then((m) => m.renderPresenterWindow(root));
} else {
  startAtlasWindow(root);
}
