/** A town or village outside the Concept's lists, found through search: what its sources say. */

import { atlasIndex } from '../../data/atlas-index';
import { numberLocale, pick } from '../../i18n/languages';
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
      {name[lang] === null ? <p className="note">{t('search.latinOnly')}</p> : null}
      <Fact title={t('profile.region')}>
        <div className="chips">
          <Chip
            label={pick(regionRecord?.name, lang)}
            onClick={() => select({ kind: 'region', id: region })}
          />
        </div>
      </Fact>
      <Fact title={t('profile.population')}>
        <p>
          {population === null
            ? t('profile.populationMissing')
            : new Intl.NumberFormat(numberLocale(lang)).format(population)}
          {populationSource ? <SourceTag source={populationSource} /> : null}
        </p>
        <p className="coordinates">
          {t('profile.location')}: {lat.toFixed(4)}° N, {lon.toFixed(4)}° E{' '}
          <SourceTag source={source} />
        </p>
      </Fact>
    </>
  );
}
