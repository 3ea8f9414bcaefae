/**
 * The planner's scenarios: rename, new, duplicate, delete (with undo), open a saved one, export
 * and import GeoJSON (QGIS), copy the share link and show it as a QR code.
 */
import QRCode from 'qrcode';
import { type ChangeEvent, useEffect, useState } from 'react';
import { defaultScenario, newScenarioId } from '../../scenario/default-scenario';
import {
  exportScenarioGeoJSON,
  importScenarioGeoJSON,
  MAX_IMPORT_LENGTH,
} from '../../scenario/scenario-geojson';
import { useNoticeStore } from '../../state/notice-store';
import {
  damagedCopy,
  deleteScenario,
  openScenario,
  restoreScenario,
  shareUrl,
  startScenario,
  useSessionStore,
} from '../../state/scenario-session';
import { currentScenario, useScenarioStore } from '../../state/scenario-store';
import { useUserLayersStore } from '../../state/user-layers-store';
import type { Scenario } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { downloadBlob } from '../download';
import { useTranslation } from '../i18n/use-translation';

function download(filename: string, text: string, type = 'application/geo+json'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** A file name from the scenario's name: letters (any script), digits and dashes only. */
function fileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
  return `${safe || 'scenario'}.geojson`;
}

export function ScenarioPanel() {
  const atlas = useAtlas();
  const t = useTranslation();
  const notify = useNoticeStore((state) => state.notify);
  const name = useScenarioStore((state) => state.meta.name);
  const id = useScenarioStore((state) => state.meta.id);
  const saved = useSessionStore((state) => state.saved);
  const corrupt = useSessionStore((state) => state.corrupt);
  const unsaved = useSessionStore((state) => state.unsaved);
  const saving = useSessionStore((state) => state.saving);
  const [deleted, setDeleted] = useState<Scenario | null>(null);
  const [qrShown, setQrShown] = useState(false);
  const [qr, setQr] = useState<string | null>(null);
  // The link follows every change of the scenario; the QR code follows the link while shown.
  const link = useScenarioStore(() => shareUrl());
  useEffect(() => {
    if (!qrShown) return;
    let cancelled = false;
    QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'L' }).then(
      (svg) => {
        if (!cancelled) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
      () => setQr(null),
    );
    return () => {
      cancelled = true;
    };
  }, [link, qrShown]);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_LENGTH) {
      notify({
        tone: 'error',
        message: { key: 'importFailed' },
        reasons: [
          {
            key: 'import.fileTooLarge',
            values: { file: file.name, limit: MAX_IMPORT_LENGTH / 1024 / 1024 },
          },
        ],
      });
      return;
    }
    const result = importScenarioGeoJSON(await file.text(), atlas, currentScenario());
    if (!result.ok) {
      notify({ tone: 'error', message: { key: 'importFailed' }, reasons: [result.error] });
      return;
    }
    // An imported scenario is a new copy: it never overwrites a saved one.
    await startScenario({ ...result.scenario, id: newScenarioId() });
    notify(
      result.warnings.length > 0
        ? { tone: 'warning', message: { key: 'importWarnings' }, reasons: result.warnings }
        : { tone: 'info', message: { key: 'imported' } },
    );
  };

  return (
    <section
      className="panel scenario-panel"
      aria-labelledby="scenario-heading"
      // Whether the stored copy and the address match the screen (end-to-end tests wait for it).
      data-save-state={unsaved ? 'unsaved' : saving ? 'saving' : 'saved'}
    >
      <h2 id="scenario-heading">{t('planner:scenario.title')}</h2>
      <label className="scenario-name">
        <span>{t('planner:scenario.name')}</span>
        <input
          value={name}
          maxLength={200}
          onChange={(event) => useScenarioStore.getState().rename(event.target.value)}
        />
      </label>
      {unsaved ? <p className="hint">{t('planner:scenario.unsaved')}</p> : null}
      <div className="buttons">
        <button
          type="button"
          onClick={() => void startScenario(defaultScenario({ name: t('planner:scenario.new') }))}
        >
          {t('planner:scenario.new')}
        </button>
        <button
          type="button"
          onClick={() =>
            void startScenario({
              ...currentScenario(),
              id: newScenarioId(),
              name: `${t('planner:scenario.copyOf')} ${name}`,
            })
          }
        >
          {t('planner:scenario.duplicate')}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              fileName(name),
              JSON.stringify(
                exportScenarioGeoJSON(
                  currentScenario(),
                  atlas,
                  useUserLayersStore.getState().layers,
                ),
                null,
                2,
              ),
            )
          }
        >
          {t('planner:scenario.export')}
        </button>
        <label className="file-button">
          {t('planner:scenario.import')}
          <input
            type="file"
            accept=".geojson,.json,application/geo+json,application/json"
            onChange={importFile}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(shareUrl()).then(
              () => {
                notify({ tone: 'info', message: { key: 'linkCopied' } });
                // A link stays short: the added layers travel only in the exported file.
                if (useUserLayersStore.getState().layers.length > 0) {
                  notify({ tone: 'info', message: { key: 'linkWithoutLayers' } });
                }
              },
              () => undefined,
            )
          }
        >
          {t('planner:scenario.share')}
        </button>
        <button type="button" aria-pressed={qrShown} onClick={() => setQrShown(!qrShown)}>
          {t('planner:scenario.qr')}
        </button>
      </div>
      {qrShown && qr ? (
        <img className="qr" src={qr} alt={t('planner:scenario.qr')} width={180} height={180} />
      ) : null}
      <h3 id="saved-scenarios-heading">{t('planner:scenario.saved')}</h3>
      <ul className="saved-list" aria-labelledby="saved-scenarios-heading">
        {saved.map((summary) => (
          <li key={summary.id} data-id={summary.id}>
            <span className="item-name">{summary.name}</span>
            {summary.id === id ? (
              <span className="tag">{t('planner:scenario.current')}</span>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => void openScenario(summary.id)}
              >
                {t('planner:scenario.open')}
              </button>
            )}
            <button
              type="button"
              className="link-button"
              aria-label={`${t('planner:scenario.delete')}: ${summary.name}`}
              onClick={() =>
                void deleteScenario(summary.id, () =>
                  defaultScenario({ name: t('planner:scenario.new') }),
                ).then(setDeleted)
              }
            >
              {t('planner:scenario.delete')}
            </button>
          </li>
        ))}
      </ul>
      {corrupt.length > 0 ? (
        <>
          <h3>{t('planner:scenario.damaged')}</h3>
          <ul className="saved-list">
            {corrupt.map((record) => (
              <li key={record.key}>
                <span className="item-name">{record.savedAt}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void damagedCopy(record.key).then(
                      (text) =>
                        text !== null &&
                        download(`damaged-${record.id}.json`, text, 'application/json'),
                    )
                  }
                >
                  {t('planner:scenario.download')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {deleted ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            void restoreScenario(deleted);
            setDeleted(null);
          }}
        >
          {t('planner:scenario.undoDelete')}: {deleted.name}
        </button>
      ) : null}
    </section>
  );
}
