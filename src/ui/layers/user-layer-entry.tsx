/**
 * One layer or table the user added: its file name, its count, a toggle, its legend, its style
 * and Remove. `actions` is a slot for what else can be done with it (use as population base…).
 */
import type { ReactNode } from 'react';
import { formatNumber } from '../../i18n/format';
import { partCount, type UserLayer, useUserLayersStore } from '../../state/user-layers-store';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { UserLayerLegend } from './user-layer-legend';
import { UserLayerStyleEditor } from './user-layer-style-editor';

export function UserLayerEntry({ layer, actions }: { layer: UserLayer; actions?: ReactNode }) {
  const t = useTranslation();
  const lang = useLanguage();
  const { toggle, remove, restyle } = useUserLayersStore.getState();
  const { part } = layer;
  const count = partCount(part);
  const countText =
    part.kind === 'features'
      ? t('userLayers:featureCount', { count, formatted: formatNumber(lang, count) })
      : t('userLayers:rowCount', { count, formatted: formatNumber(lang, count) });
  const countId = `${layer.id}-count`;
  return (
    <li className="user-layer" data-layer={layer.id}>
      <div className="user-layer-head">
        {part.kind === 'features' ? (
          <label className="overlay-toggle">
            <input
              type="checkbox"
              checked={layer.visible}
              aria-describedby={countId}
              onChange={() => toggle(layer.id)}
            />
            <span className="user-layer-name">{layer.name}</span>
          </label>
        ) : (
          <span className="user-layer-name">{layer.name}</span>
        )}
        <button
          type="button"
          className="user-layer-remove"
          aria-label={t('userLayers:remove', { name: layer.name })}
          onClick={() => remove(layer.id)}
        >
          ×
        </button>
      </div>
      <p className="user-layer-count" id={countId}>
        {countText}
      </p>
      {part.kind === 'features' && layer.visible ? (
        <UserLayerLegend layer={part} style={layer.style} />
      ) : null}
      {part.kind === 'features' ? (
        <details className="user-layer-details">
          <summary>{t('userLayers:style', { name: layer.name })}</summary>
          <UserLayerStyleEditor
            layer={part}
            style={layer.style}
            onChange={(style) => restyle(layer.id, style)}
          />
        </details>
      ) : null}
      {actions ? <div className="user-layer-actions">{actions}</div> : null}
    </li>
  );
}
