/** The choropleth's key: title, unit and source, one swatch per class with its limits, and notes. */
import { choroplethLegend, choroplethOf, type UserIndicator } from '../../investor/choropleth';
import type { IndicatorView } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';

export function ChoroplethKey({
  view,
  user = null,
  counts = false,
}: {
  view: IndicatorView;
  /** The user's column drawn instead of the view's measure (the side panel's regional table). */
  user?: UserIndicator | null;
  /** Also say how many regions fall in each class (the side panel does; slides do not). */
  counts?: boolean;
}) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const choropleth = choroplethOf(atlas, view, user);
  const legend = choroplethLegend(atlas, choropleth, lang);
  return (
    <figure className="choropleth-legend" aria-label={legend.title}>
      <figcaption>
        <strong>{legend.title}</strong>
        {legend.unit ? <span>, {legend.unit}</span> : null}{' '}
        <span className="source-tag">{legend.source}</span>
      </figcaption>
      <ul className="legend">
        {legend.classes.map((entry, i) => (
          <li key={entry.label}>
            <span className="legend-swatch" style={{ background: entry.colour }} />
            <span>{entry.label}</span>
            {counts ? (
              <span className="legend-count">
                {t('investor:regionCount', { count: choropleth.classes[i]?.count ?? 0 })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {legend.symbolNote ? <p className="note">{legend.symbolNote}</p> : null}
      {!user && view.measure === 'grp-growth' ? (
        <p className="note">{t('investor:derivedNote')}</p>
      ) : null}
    </figure>
  );
}
