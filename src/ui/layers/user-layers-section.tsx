import { formatNumber } from '../../i18n/format';
import { addUserFiles } from '../../state/add-user-files';
import { useUserLayersStore } from '../../state/user-layers-store';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { UseAsPopulationBase } from './use-as-population-base';
import { UserLayerEntry } from './user-layer-entry';

/** The extensions of the formats the parsers read, for the picker's filter. */
const ACCEPTED_FILES = '.geojson,.json,.csv,.tsv,.txt,.kml,.kmz,.gpx,.zip,.gpkg,.xlsx';

function Announcement() {
  const t = useTranslation();
  const lang = useLanguage();
  const added = useUserLayersStore((state) => state.announcement);
  const reading = useUserLayersStore((state) => state.reading);
  let text = '';
  if (added) {
    const values = {
      file: added.file,
      count: added.count,
      formatted: formatNumber(lang, added.count),
    };
    text = added.table ? t('userLayers:tableAdded', values) : t('userLayers:added', values);
  }
  return (
    <>
      {reading ? (
        <p className="user-layers-reading" aria-busy="true">
          <span className="spinner" aria-hidden="true" />
          {t('userLayers:reading', { file: reading })}
        </p>
      ) : null}
      <p className="visually-hidden" role="status" key={added?.serial ?? 0}>
        {text}
      </p>
    </>
  );
}

export function UserLayersSection() {
  const t = useTranslation();
  const layers = useUserLayersStore((state) => state.layers);
  const reading = useUserLayersStore((state) => state.reading);
  const saving = useUserLayersStore((state) => state.saving);
  return (
    <div className="user-layers" data-save-state={saving ? 'saving' : 'saved'}>
      <h3 id="user-layers-heading">{t('userLayers:heading')}</h3>
      <label className="file-button add-data">
        {t('userLayers:addData')}
        <input
          type="file"
          multiple
          accept={ACCEPTED_FILES}
          disabled={reading !== null}
          aria-describedby="user-layers-formats"
          onChange={(event) => {
            const input = event.currentTarget;
            const files = [...(input.files ?? [])];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            input.value = '';
            void addUserFiles(files);
          }}
        />
      </label>
      <p className="hint" id="user-layers-formats">
        {t('userLayers:formats')}
      </p>
      <Announcement />
      {layers.length > 0 ? (
        <ul className="user-layer-list" aria-labelledby="user-layers-heading">
          {layers.map((layer) => (
            <UserLayerEntry
              key={layer.id}
              layer={layer}
              actions={<UseAsPopulationBase layer={layer} />}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
