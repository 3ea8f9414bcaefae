/** What the Concept says about one place: a region, a growth node, a logistics centre or a cluster. */

import { lazy, type ReactNode, Suspense } from 'react';
import { regionName } from '../../data/atlas-index';
import type { IndicatorId } from '../../data/schema';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { TextKey } from '../../i18n/i18n';
import { pick } from '../../i18n/languages';
import { useViewStore } from '../../state/view-store';
import { INDICATOR_IDS, TABLE1_YEARS } from '../../vocabulary/ids';
import type { Language } from '../../vocabulary/languages';
import type { Selection } from '../../vocabulary/selection';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { Chip, Fact, SourceTag, YearBars } from './facts';
import { SettlementProfile } from './settlement-profile';

type ProfileProps = { id: string };

/** Distances, zones and catchments need turf and the finder: they load when a profile first opens. */
const InvestorFacts = lazy(() =>
  import('./investor-facts').then((module) => ({ default: module.InvestorFacts })),
);

function useProfileContext() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const select = useViewStore((state) => state.select);
  const number = (value: number, digits = 0) => formatNumber(lang, value, { digits });
  return { atlas, lang, t, select, number };
}

function Chips({ items }: { items: Array<{ key: string; label: string; selection: Selection }> }) {
  const select = useViewStore((state) => state.select);
  if (items.length === 0) return null;
  return (
    <div className="chips">
      {items.map((item) => (
        <Chip key={item.key} label={item.label} onClick={() => select(item.selection)} />
      ))}
    </div>
  );
}

/** Chips that open the profiles of these places. */
function linksTo(
  kind: Selection['kind'],
  places: ReadonlyArray<{ id: string; name: Record<Language, string> }>,
  lang: Language,
) {
  return places.map((place) => ({
    key: place.id,
    label: pick(place.name, lang),
    selection: { kind, id: place.id },
  }));
}

const INDICATOR_TITLE: Record<IndicatorId, TextKey> = {
  grp: 'places:grp',
  'new-jobs': 'places:jobs',
  'average-wage': 'places:wage',
};

/** Table 1 (§4) for one region as three small bar charts, scaled to the largest region's values. */
function RegionIndicators({ region, title }: { region: string; title?: string }) {
  const { atlas, t, number } = useProfileContext();
  const table = atlas.indicators.table1;
  const row = table.regions.find((candidate) => candidate.region === region);
  if (!row) return null;
  return (
    <Fact title={title ?? t('places:indicators')} source={row.source}>
      {INDICATOR_IDS.map((indicator) => {
        const values = TABLE1_YEARS.map((year) => ({ year, value: row.values[indicator][year] }));
        const max = Math.max(
          ...table.regions.flatMap((r) => TABLE1_YEARS.map((year) => r.values[indicator][year])),
        );
        return (
          <YearBars
            key={indicator}
            title={t(INDICATOR_TITLE[indicator])}
            values={values}
            max={max}
            format={(v) => number(v)}
          />
        );
      })}
    </Fact>
  );
}

function RegionProfile({ id }: ProfileProps) {
  const { atlas, lang, t } = useProfileContext();
  const region = atlas.regions.regions.find((candidate) => candidate.id === id);
  if (!region) return null;
  const maxShare = Math.max(
    ...atlas.regions.regions.map((r) => r.industrialOutputShare2015.percent),
  );
  const share = region.industrialOutputShare2015;
  const nodes = atlas.growthNodes.nodes.filter((node) => node.region === id);
  const clusters = atlas.clusters.clusters.filter((cluster) =>
    (cluster.regions as string[]).includes(id),
  );
  const centres = atlas.logisticsCentres.centres.filter((centre) =>
    (centre.regionSections as string[]).includes(id),
  );
  const zones = atlas.zones.influence.zones.filter((zone) =>
    (zone.regions as string[]).includes(id),
  );
  const border = atlas.zones.borderTerritories;
  const isBorderPriority = (border.priorityRegions as string[]).includes(id);
  return (
    <>
      {region.hasPolygon ? null : <p className="note">{t('places:noPolygon')}</p>}
      <Fact title={t('places:firstLevel')} source={region.specialisation.source}>
        <p>{pick(region.specialisation.firstLevel, lang)}</p>
      </Fact>
      <Fact title={t('places:secondLevel')} source={region.specialisation.source}>
        <p>{pick(region.specialisation.secondLevel, lang)}</p>
        {region.specialisation.note ? (
          <p className="note">{pick(region.specialisation.note, lang)}</p>
        ) : null}
      </Fact>
      <Fact title={t('places:tasks')} source={region.specialisation.source}>
        <ul className="bullets">
          {region.specialisation.keyTasks.map((task) => (
            <li key={task.en}>{pick(task, lang)}</li>
          ))}
        </ul>
      </Fact>
      <Fact title={t('places:industryShare')} source={share.source}>
        <div className="share">
          <span className="share-bar" style={{ width: `${(share.percent / maxShare) * 100}%` }} />
          <strong>{formatPercent(lang, share.percent / 100)}</strong>
        </div>
      </Fact>
      <RegionIndicators region={id} />
      {nodes.length > 0 ? (
        <Fact title={t('places:nodes')} source={atlas.growthNodes.source}>
          <Chips items={linksTo('node', nodes, lang)} />
        </Fact>
      ) : null}
      {centres.length > 0 ? (
        <Fact title={t('places:logisticsHere')} source={atlas.logisticsCentres.source}>
          <Chips items={linksTo('logistics', centres, lang)} />
        </Fact>
      ) : null}
      {clusters.length > 0 ? (
        <Fact title={t('places:clusters')} source={atlas.clusters.source}>
          <Chips items={linksTo('cluster', clusters, lang)} />
        </Fact>
      ) : null}
      {zones.map((zone) => (
        <Fact key={zone.id} title={pick(zone.name, lang)} source={zone.source}>
          <p>{pick(zone.description, lang)}</p>
        </Fact>
      ))}
      {isBorderPriority ? (
        <Fact title={pick(border.nationalProject.name, lang)} source={border.source}>
          <p>{pick(border.priorityText, lang)}</p>
        </Fact>
      ) : null}
      <Suspense fallback={null}>
        <InvestorFacts kind="region" id={id} />
      </Suspense>
    </>
  );
}

function NodeProfile({ id }: ProfileProps) {
  const { atlas, lang, t, number } = useProfileContext();
  const node = atlas.growthNodes.nodes.find((candidate) => candidate.id === id);
  if (!node) return null;
  const settlement = atlas.settlements.features.find((feature) => feature.properties.id === id);
  const centres = atlas.logisticsCentres.centres.filter((centre) => centre.node === id);
  const region = atlas.regions.regions.find((candidate) => candidate.id === node.region);
  const clusters = atlas.clusters.clusters.filter((cluster) =>
    (cluster.regions as string[]).includes(node.region),
  );
  const file = atlas.growthNodes;
  const [lon, lat] = settlement?.geometry.coordinates ?? [];
  return (
    <>
      <Fact title={t('places:region')} source={node.source}>
        <Chips
          items={[
            {
              key: node.region,
              label: regionName(atlas, node.region, lang),
              selection: { kind: 'region', id: node.region },
            },
          ]}
        />
      </Fact>
      {node.ownProgramme ? (
        <Fact title={t('places:ownProgramme')} source={file.ownProgrammes.source}>
          <p>{pick(file.ownProgrammes.text, lang)}</p>
        </Fact>
      ) : null}
      <Fact title={t('places:institutions')} source={file.requiredInstitutions.source}>
        <ul className="bullets">
          {file.requiredInstitutions.items.map((item) => (
            <li key={item.id}>{pick(item.name, lang)}</li>
          ))}
        </ul>
      </Fact>
      <Fact title={t('places:growthNode')} source={file.role.source}>
        <p>{pick(file.role.text, lang)}</p>
      </Fact>
      <Fact title={t('places:stages')} source={file.staging.source}>
        <p>{pick(file.staging.text, lang)}</p>
      </Fact>
      {centres.length > 0 ? (
        <Fact title={t('places:logisticsHere')} source={atlas.logisticsCentres.source}>
          <Chips items={linksTo('logistics', centres, lang)} />
        </Fact>
      ) : null}
      {settlement ? (
        <Fact title={t('places:population')}>
          <p>
            {settlement.properties.population === null
              ? t('places:populationMissing')
              : number(settlement.properties.population)}
            {settlement.properties.populationSource ? (
              <SourceTag source={settlement.properties.populationSource} />
            ) : null}
          </p>
          <p className="coordinates">
            {t('places:location')}: {lat?.toFixed(4)}° N, {lon?.toFixed(4)}° E{' '}
            <SourceTag source={settlement.properties.source} />
          </p>
        </Fact>
      ) : null}
      {region ? (
        <Fact title={t('investor:profile.drivers')} source={region.specialisation.source}>
          <p>
            <strong>{t('places:firstLevel')}:</strong>{' '}
            {pick(region.specialisation.firstLevel, lang)}
          </p>
          <p>
            <strong>{t('places:secondLevel')}:</strong>{' '}
            {pick(region.specialisation.secondLevel, lang)}
          </p>
        </Fact>
      ) : null}
      <Fact title={t('investor:profile.clusters')} source={atlas.clusters.source}>
        {clusters.length > 0 ? (
          <Chips items={linksTo('cluster', clusters, lang)} />
        ) : (
          <p>{t('investor:profile.noClusters')}</p>
        )}
      </Fact>
      <RegionIndicators
        region={node.region}
        title={`${t('places:indicators')}: ${regionName(atlas, node.region, lang)}`}
      />
      <Suspense fallback={null}>
        <InvestorFacts kind="node" id={id} />
      </Suspense>
    </>
  );
}

function LogisticsProfile({ id }: ProfileProps) {
  const { atlas, lang, t } = useProfileContext();
  const centre = atlas.logisticsCentres.centres.find((candidate) => candidate.id === id);
  if (!centre) return null;
  const node = atlas.growthNodes.nodes.find((candidate) => candidate.id === centre.node);
  const file = atlas.logisticsCentres;
  return (
    <>
      <Fact title={t('places:logisticsCentre')} source={centre.source}>
        <p>{pick(centre.role, lang)}</p>
      </Fact>
      {centre.modes ? (
        <Fact title={t('places:modes')} source={centre.source}>
          <ul className="modes">
            {centre.modes.map((mode) => (
              <li key={mode}>{t(`places:mode.${mode}`)}</li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {node ? (
        <Fact title={t('places:growthNode')} source={node.source}>
          <Chips
            items={[
              {
                key: node.id,
                label: pick(node.name, lang),
                selection: { kind: 'node', id: node.id },
              },
            ]}
          />
        </Fact>
      ) : null}
      <Fact title={t('places:functions')} source={file.functions.source}>
        <ul className="bullets">
          {file.functions.items.map((item) => (
            <li key={item.id}>{pick(item.name, lang)}</li>
          ))}
        </ul>
        <p>{pick(file.networks.text, lang)}</p>
      </Fact>
    </>
  );
}

function ClusterProfile({ id }: ProfileProps) {
  const { atlas, lang, t } = useProfileContext();
  const cluster = atlas.clusters.clusters.find((candidate) => candidate.id === id);
  if (!cluster) return null;
  return (
    <>
      <Fact title={t('places:cluster')} source={cluster.source}>
        <p>{pick(cluster.where, lang)}</p>
        <p className="note">{pick(atlas.clusters.intro, lang)}</p>
        {cluster.coverageNote ? <p className="note">{pick(cluster.coverageNote, lang)}</p> : null}
      </Fact>
      <Fact title={t('places:regions')} source={cluster.source}>
        <Chips
          items={cluster.regions.map((region) => ({
            key: region,
            label: regionName(atlas, region, lang),
            selection: { kind: 'region', id: region },
          }))}
        />
      </Fact>
    </>
  );
}

export const PROFILE_BODIES: Record<Selection['kind'], (props: ProfileProps) => ReactNode> = {
  region: RegionProfile,
  node: NodeProfile,
  logistics: LogisticsProfile,
  cluster: ClusterProfile,
  settlement: SettlementProfile,
};

export const PROFILE_KIND_LABEL: Record<Selection['kind'], TextKey> = {
  region: 'places:region',
  node: 'places:growthNode',
  logistics: 'places:logisticsCentre',
  cluster: 'places:cluster',
  settlement: 'search:settlement',
};
