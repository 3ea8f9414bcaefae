/** A town or village outside the Concept's lists, found through search: what its sources say. */

import { atlasIndex } from '../../data/atlas-index';
import { formatNumber } from '../../i18n/format';
import { pick } from '../../i18n/languages';
import { useViewStore } from '../../state/view-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { Chip, Fact, SourceTag } from './facts';

export function SettlementProfile({ id }: { id: string }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const select = useViewStore((state) => state.select);
  const settlement = atlasIndex(atlas).settlements.get(id);
  if (!settlement) return null;
  const { name, population, populationSource, region, source } = settlement.properties;
  const [lon, lat] = settlement.geometry.coordinates;
  const regionRecord = atlasIndex(atlas).regions.get(region);
  return (
    <>
      {name[lang] === null ? <p className="note">{t('search:latinOnly')}</p> : null}
      <Fact title={t('places:region')}>
        <div className="chips">
          <Chip
            label={pick(regionRecord?.name, lang)}
            onClick={() => select({ kind: 'region', id: region })}
          />
        </div>
      </Fact>
      <Fact title={t('places:population')}>
        <p>
          {population === null ? t('places:populationMissing') : formatNumber(lang, population)}
          {populationSource ? <SourceTag source={populationSource} /> : null}
        </p>
        <p className="coordinates">
          {t('places:location')}:{' '}
          {t('places:coordinates', {
            lat: formatNumber(lang, lat, { digits: 4, fixed: true }),
            lon: formatNumber(lang, lon, { digits: 4, fixed: true }),
          })}{' '}
          <SourceTag source={source} />
        </p>
      </Fact>
    </>
  );
}
