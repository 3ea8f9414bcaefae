/** A town or village outside the Concept's lists, found through search: what its sources say. */
import type { AtlasData } from '../../data/atlas';
import { type Language, numberLocale, pick } from '../../i18n/languages';
import { useLanguage, useTranslation } from '../../i18n/use-translation';
import { useViewStore } from '../../state/view-store';
import { useAtlas } from '../atlas/atlas-context';
import { Chip, Fact, SourceTag } from './facts';

function settlementOf(atlas: AtlasData, id: string) {
  return atlas.settlements.features.find((feature) => feature.properties.id === id);
}

/**
 * The settlement's name in `lang`, or the Latin name of its source when that is all there is.
 *
 * @example
 *   settlementName(atlas, 'toktogul', 'ky'); // 'Toktogul' (GeoNames gives no Kyrgyz name)
 */
export function settlementName(atlas: AtlasData, id: string, lang: Language): string {
  const name = settlementOf(atlas, id)?.properties.name;
  return name ? (name[lang] ?? name.en) : '';
}

export function SettlementProfile({ id }: { id: string }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const select = useViewStore((state) => state.select);
  const settlement = settlementOf(atlas, id);
  if (!settlement) return null;
  const { name, population, populationSource, region, source } = settlement.properties;
  const [lon, lat] = settlement.geometry.coordinates;
  const regionRecord = atlas.regions.regions.find((candidate) => candidate.id === region);
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
