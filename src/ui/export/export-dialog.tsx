/**
 * The export dialog: the map as PNG (resolution) or PDF (paper), the selected place's profile
 * as PDF, a deck's handout as PDF, the analysis and the finder's results as CSV or GeoJSON, the
 * portable atlas (HTML) carrying this scenario. Unavailable exports say why. A modal <dialog>
 * (showModal keeps the focus inside); Escape or a press outside closes it.
 */

import {
  type PointerEvent as ReactPointerEvent,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { placeName } from '../../data/atlas-index';
import { PNG_PRESETS, type PngPreset, printSize } from '../../export/print-sizes';
import { PAPER, type Paper } from '../../export/sheet';
import { formatNumber } from '../../i18n/format';
import { choroplethLegend, choroplethOf } from '../../investor/choropleth';
import { useAnalysisStore } from '../../state/analysis-store';
import { currentScenario, useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { useMapControllerRef } from '../map/map-context';
import { exportStateNow } from './export-state';
import {
  type ExportOutcome,
  exportAnalysisCsv,
  exportAnalysisGeojson,
  exportAnalysisGeoPackage,
  exportFinderCsv,
  exportFinderGeojson,
  exportMapPdf,
  exportMapPng,
  exportPortableAtlas,
  exportProfilePdf,
  outcomeMessage,
} from './exporters';
import { HandoutExport } from './handout-export';
import { portableTemplateBytes } from './portable-template';

type Status = { tone: 'working' | 'done' | 'error'; text: string } | null;

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslation();
  const lang = useLanguage();
  const atlas = useAtlas();
  const controllerRef = useMapControllerRef();
  const selection = useViewStore((state) => state.selection);
  const hasResult = useAnalysisStore((state) => state.result !== null);
  const indicator = useScenarioStore((state) => state.view.indicator);
  const finding = useScenarioStore((state) => state.view.mode === 'invest');
  const scenarioName = useScenarioStore((state) => state.meta.name);
  const atlasBytes = portableTemplateBytes();
  const [preset, setPreset] = useState<PngPreset>('a4-300');
  const [paper, setPaper] = useState<Paper>('a4');
  const [status, setStatus] = useState<Status>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLSelectElement>(null);
  const id = useId();
  const screen = useMemo(
    () => controllerRef.current?.printView().size ?? { width: 1280, height: 800 },
    [controllerRef],
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    first.current?.focus();
  }, []);
  // A press on the backdrop reaches the dialog itself, outside its box: it closes, as Escape does.
  const onBackdrop = (event: ReactPointerEvent<HTMLDialogElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (event.target === event.currentTarget && !inside) onClose();
  };

  // Busy buttons stay focusable (aria-disabled): disabling the focused one would drop focus.
  const working = status?.tone === 'working';
  const run = (job: () => Promise<ExportOutcome>) => {
    if (working) return;
    setStatus({ tone: 'working', text: t('export:working') });
    job().then(
      (outcome) => setStatus({ tone: 'done', text: outcomeMessage(outcome, lang) }),
      (error: unknown) =>
        setStatus(
          // Cancelled by the user (a handout's Cancel): said as plainly as a file saved.
          error instanceof DOMException && error.name === 'AbortError'
            ? { tone: 'done', text: t('export:handout.cancelled') }
            : {
                tone: 'error',
                text: t('export:failed', {
                  error: error instanceof Error ? error.message : String(error),
                }),
              },
        ),
    );
  };
  const withMap =
    (job: (controller: NonNullable<typeof controllerRef.current>) => Promise<ExportOutcome>) =>
    () => {
      const controller = controllerRef.current;
      if (controller) run(() => job(controller));
    };

  const profileReason = selection ? null : t('export:profileNone');
  const selectedName = selection ? placeName(atlas, selection, lang) : '';
  const presetLabel = (option: PngPreset) => {
    const { width, height } = printSize(option, screen).pixels;
    return `${t(`export:res.${option}`)} — ${width} × ${height} px`;
  };
  const choropleth = indicator
    ? choroplethLegend(atlas, choroplethOf(atlas, indicator), lang)
    : null;

  return (
    <dialog
      ref={dialog}
      id="export-dialog"
      className="export-dialog"
      aria-labelledby={`${id}-title`}
      onPointerDown={onBackdrop}
      // Escape closes the dialog natively: `cancel`, then `close`, which Chromium may hold back
      // until its next frame. So `cancel` closes it at once, and the page, no longer inert, can
      // take the focus back. No key reaches the page underneath: Escape would also close the
      // profile sheet, P would start a presentation.
      onCancel={(event) => {
        event.currentTarget.close();
        onClose();
      }}
      onClose={onClose}
      onKeyDown={(event) => event.stopPropagation()}
    >
      {/* Not a <header>: inside a <dialog> it would be a second banner landmark. */}
      <div className="export-dialog-header">
        <h2 id={`${id}-title`}>{t('export:title')}</h2>
        <button
          type="button"
          className="export-close"
          onClick={onClose}
          aria-label={t('shell:close')}
        >
          ×
        </button>
      </div>

      <fieldset>
        <legend>{t('export:mapImage')}</legend>
        <label className="export-field">
          <span>{t('export:resolution')}</span>
          <select
            ref={first}
            value={preset}
            onChange={(event) => setPreset(event.target.value as PngPreset)}
          >
            {PNG_PRESETS.map((option) => (
              <option key={option} value={option}>
                {presetLabel(option)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          aria-disabled={working}
          data-export="png"
          onClick={withMap((controller) =>
            exportMapPng(controller, exportStateNow(atlas), preset, choropleth),
          )}
        >
          {t('export:downloadPng')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('export:mapPdf')}</legend>
        <div className="export-paper" role="radiogroup" aria-label={t('export:paper')}>
          {(Object.keys(PAPER) as Paper[]).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-paper`}
                value={option}
                checked={paper === option}
                onChange={() => setPaper(option)}
              />
              {t(`export:paper.${option}`)}
            </label>
          ))}
        </div>
        <button
          type="button"
          aria-disabled={working}
          data-export="map-pdf"
          onClick={withMap((controller) =>
            exportMapPdf(controller, exportStateNow(atlas), paper, choropleth),
          )}
        >
          {t('export:downloadPdf')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('export:profilePdf')}</legend>
        {profileReason ? (
          <p className="export-reason" id={`${id}-profile-reason`}>
            {profileReason}
          </p>
        ) : null}
        <button
          type="button"
          disabled={profileReason !== null}
          aria-disabled={working}
          aria-describedby={profileReason ? `${id}-profile-reason` : undefined}
          data-export="profile-pdf"
          onClick={
            selection
              ? withMap((controller) =>
                  exportProfilePdf(controller, exportStateNow(atlas), selection),
                )
              : undefined
          }
        >
          {selectedName ? t('export:profileFor', { name: selectedName }) : t('export:downloadPdf')}
        </button>
      </fieldset>

      <HandoutExport working={working} run={run} />

      <fieldset>
        <legend>{t('export:analysis')}</legend>
        {hasResult ? null : (
          <p className="export-reason" id={`${id}-analysis-reason`}>
            {t('export:analysisNone')}
          </p>
        )}
        <div className="export-row">
          <button
            type="button"
            disabled={!hasResult}
            aria-disabled={working}
            aria-describedby={hasResult ? undefined : `${id}-analysis-reason`}
            data-export="csv"
            onClick={() => run(() => exportAnalysisCsv(exportStateNow(atlas)))}
          >
            {t('export:csv')}
          </button>
          <button
            type="button"
            disabled={!hasResult}
            aria-disabled={working}
            aria-describedby={hasResult ? undefined : `${id}-analysis-reason`}
            data-export="geojson"
            onClick={() => run(() => exportAnalysisGeojson(exportStateNow(atlas)))}
          >
            {t('export:geojson')}
          </button>
          <button
            type="button"
            disabled={!hasResult}
            aria-disabled={working}
            aria-describedby={hasResult ? undefined : `${id}-analysis-reason`}
            data-export="gpkg"
            onClick={() => run(() => exportAnalysisGeoPackage(exportStateNow(atlas)))}
          >
            {t('export:gpkg')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('export:finder.title')}</legend>
        {finding ? null : (
          <p className="export-reason" id={`${id}-finder-reason`}>
            {t('export:finder.none')}
          </p>
        )}
        <div className="export-row">
          <button
            type="button"
            disabled={!finding}
            aria-disabled={working}
            aria-describedby={finding ? undefined : `${id}-finder-reason`}
            data-export="finder-csv"
            onClick={() => run(() => exportFinderCsv(exportStateNow(atlas)))}
          >
            {t('export:finder.csv')}
          </button>
          <button
            type="button"
            disabled={!finding}
            aria-disabled={working}
            aria-describedby={finding ? undefined : `${id}-finder-reason`}
            data-export="finder-geojson"
            onClick={() => run(() => exportFinderGeojson(exportStateNow(atlas)))}
          >
            {t('export:finder.geojson')}
          </button>
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('export:atlas.title')}</legend>
        <p className="export-reason" id={`${id}-atlas-about`}>
          {t('export:atlas.about', { name: scenarioName })}{' '}
          {atlasBytes === null
            ? t('export:atlas.none')
            : t('export:atlas.size', { size: formatNumber(lang, atlasBytes / 1e6, { digits: 1 }) })}
        </p>
        <button
          type="button"
          disabled={atlasBytes === null}
          aria-disabled={working}
          aria-describedby={`${id}-atlas-about`}
          data-export="atlas-html"
          onClick={() => run(() => exportPortableAtlas(currentScenario()))}
        >
          {t('export:atlas.download')}
        </button>
      </fieldset>

      <p className="export-status" role="status" data-tone={status?.tone}>
        {status?.text}
      </p>
    </dialog>
  );
}
