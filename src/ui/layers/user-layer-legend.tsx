/** The legend of a user layer: its classes or categories, each with how many features it holds. */
import { formatNumber } from '../../i18n/format';
import { type UserLayerClass, userLayerClasses } from '../../map/layers/user-layers';
import type { ParsedLayer } from '../../user-data/types';
import type { UserLayerStyle } from '../../vocabulary/user-layers';
import { useLanguage, useTranslation } from '../i18n/use-translation';

type Shape = 'point' | 'line' | 'polygon';

function shapeOf(layer: ParsedLayer): Shape {
  const type = layer.features[0]?.geometry.type ?? 'Point';
  if (type.includes('Polygon')) return 'polygon';
  return type.includes('LineString') ? 'line' : 'point';
}

function Swatch({ shape, entry }: { shape: Shape; entry: UserLayerClass }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      {shape === 'polygon' ? (
        <rect
          x="3"
          y="4"
          width="16"
          height="14"
          fill={entry.colour}
          fillOpacity="0.6"
          stroke={entry.colour}
        />
      ) : shape === 'line' ? (
        <path d="M2 16 L9 7 L14 13 L20 5" fill="none" stroke={entry.colour} strokeWidth="2.5" />
      ) : (
        <circle
          cx="11"
          cy="11"
          r={Math.min(10, entry.radius)}
          fill={entry.colour}
          stroke="#444"
          strokeWidth="0.8"
        />
      )}
    </svg>
  );
}

export function UserLayerLegend({ layer, style }: { layer: ParsedLayer; style: UserLayerStyle }) {
  const t = useTranslation();
  const lang = useLanguage();
  const labelOf = (entry: UserLayerClass): string => {
    switch (entry.kind) {
      case 'single':
        return layer.name;
      case 'range':
        return t('userLayers:legend.range', {
          from: formatNumber(lang, entry.from, { digits: 2 }),
          to: formatNumber(lang, entry.to, { digits: 2 }),
        });
      case 'category':
        return entry.value;
      case 'other':
        return t('userLayers:legend.other');
      case 'no-value':
        return t('userLayers:legend.noValue');
    }
  };
  const shape = shapeOf(layer);
  return (
    <ul className="legend user-layer-legend">
      {userLayerClasses(layer.features, style).map((entry) => (
        <li key={`${entry.kind}:${labelOf(entry)}`}>
          <span className="legend-symbol">
            <Swatch shape={shape} entry={entry} />
          </span>
          <span>
            {t('userLayers:legend.count', {
              label: labelOf(entry),
              formatted: formatNumber(lang, entry.count),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
