/**
 * The compact key of a slide that shows analysis layers: one row per layer drawn, and for the
 * zones one row per neighbour in its own colour, so the hall can tell which colour is which.
 */
import { atlasLegendTexts } from '../../export/legend-entries';
import type { DeckSlide } from '../../state/presentation-store';
import { ZONE_NEIGHBOURS } from '../../vocabulary/analysis-params';
import { ANALYSIS_LAYERS } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { ANALYSIS_LAYER_TITLE, AnalysisSwatch } from '../legend/analysis-swatch';
import { ZoneSwatch } from '../legend/zone-swatch';

export function SlideKey({ slide }: { slide: DeckSlide }) {
  const t = useTranslation();
  const atlas = useAtlas();
  const lang = useLanguage();
  // The map draws analysis layers only in analysis mode.
  const shown = ANALYSIS_LAYERS.filter(
    (layer) => slide.mode === 'analyse' && slide.analysisLayers[layer],
  );
  if (shown.length === 0) return null;
  const zoneName = atlasLegendTexts(atlas, lang).zones;
  return (
    <ul className="legend slide-key" aria-label={t('presentation:key')}>
      {shown.flatMap((layer) =>
        layer === 'zones'
          ? ZONE_NEIGHBOURS.map((neighbour) => (
              <li key={`zone-${neighbour}`} data-neighbour={neighbour}>
                <ZoneSwatch neighbour={neighbour} />
                {zoneName[neighbour] ?? neighbour}
              </li>
            ))
          : [
              <li key={layer}>
                <AnalysisSwatch layer={layer} />
                {t(ANALYSIS_LAYER_TITLE[layer])}
              </li>,
            ],
      )}
    </ul>
  );
}
