/**
 * The profile of a feature of a layer the user added: its properties, each name and value as
 * text (React text nodes, never HTML), in the side sheet the atlas's own profiles use.
 */
import { useEffect, useRef } from 'react';
import { formatNumber } from '../../i18n/format';
import { useUserLayersStore } from '../../state/user-layers-store';
import { useLanguage, useTranslation } from '../i18n/use-translation';

export function UserFeatureProfile() {
  const t = useTranslation();
  const lang = useLanguage();
  const selected = useUserLayersStore((state) => state.selected);
  const layer = useUserLayersStore((state) =>
    state.layers.find((l) => l.id === state.selected?.layerId),
  );
  const select = useUserLayersStore((state) => state.select);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feature =
    layer?.part.kind === 'features' && selected ? layer.part.features[selected.index] : undefined;

  useEffect(() => {
    if (!selected) return;
    headingRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, select]);

  if (!layer || !feature || !selected) return null;
  const labelField = layer.style.labelField;
  const label = labelField === null ? null : feature.properties[labelField];
  return (
    <aside className="profile user-feature-profile" aria-labelledby="user-feature-heading">
      <header className="profile-header">
        <p className="profile-kind">{t('userLayers:profileHeading', { layer: layer.name })}</p>
        <h3 id="user-feature-heading" ref={headingRef} tabIndex={-1}>
          {label === null || label === undefined || label === ''
            ? `#${selected.index + 1}`
            : String(label)}
        </h3>
        <button
          type="button"
          className="close"
          onClick={() => select(null)}
          aria-label={t('userLayers:closeProfile')}
        >
          ×
        </button>
      </header>
      <div className="profile-body">
        <dl className="user-feature-properties">
          {Object.entries(feature.properties).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                {value === null
                  ? '—'
                  : typeof value === 'number'
                    ? formatNumber(lang, value, { digits: 6 })
                    : value}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </aside>
  );
}
