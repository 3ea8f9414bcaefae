/** A toggle and a legend for each overlay; the legend uses the map's own colours and symbols. */
import type { ReactNode } from 'react';
import { atlasLegendTexts } from '../../export/legend-entries';
import { pick } from '../../i18n/languages';
import { clusterColour, clusterPictograms, logisticsPictogram } from '../../map/icons';
import { palette, regionTints } from '../../map/palette';
import { PORTABLE } from '../../platform/portable';
import { useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import { OVERLAYS, type OverlayId } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { Badge } from '../legend/pictogram';
import { UserLayersSection } from './user-layers-section';

const TITLE_KEY = {
  oblasts: 'layers:oblasts',
  growthNodes: 'layers:growthNodes',
  logistics: 'layers:logistics',
  clusters: 'layers:clusters',
} as const satisfies Record<OverlayId, string>;

function LegendRow({ symbol, children }: { symbol: ReactNode; children: ReactNode }) {
  return (
    <li>
      <span className="legend-symbol">{symbol}</span>
      <span>{children}</span>
    </li>
  );
}

function Dot({ colour, ring, size = 12 }: { colour: string; ring?: string; size?: number }) {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      {ring ? <circle cx="11" cy="11" r="9.5" fill="#fff" stroke={ring} strokeWidth="2.5" /> : null}
      <circle cx="11" cy="11" r={size / 2} fill={colour} stroke="#fff" strokeWidth="1.5" />
    </svg>
  );
}

function OverlayLegend({ overlay }: { overlay: OverlayId }) {
  const t = useTranslation();
  const lang = useLanguage();
  const atlas = useAtlas();
  const texts = atlasLegendTexts(atlas, lang);
  const legends: Record<OverlayId, () => ReactNode> = {
    oblasts: () => (
      <>
        <LegendRow
          symbol={
            <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
              {regionTints.slice(0, 4).map((tint, i) => (
                <rect key={tint} x={1 + i * 5} y="3" width="5" height="16" fill={tint} />
              ))}
              <rect
                x="1"
                y="3"
                width="20"
                height="16"
                fill="none"
                stroke={palette.oblastLine}
                strokeDasharray="3 1.5"
              />
            </svg>
          }
        >
          {t('layers:legend.oblasts')}
        </LegendRow>
        <LegendRow
          symbol={
            <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
              <circle
                cx="11"
                cy="11"
                r="9"
                fill="none"
                stroke={palette.oblastLine}
                strokeWidth="1.5"
              />
            </svg>
          }
        >
          {texts.pointCities}
        </LegendRow>
      </>
    ),
    growthNodes: () => (
      <>
        <LegendRow
          symbol={<Dot colour={palette.growthNode} ring={palette.capitalRing} size={13} />}
        >
          {texts.ownProgrammes}
        </LegendRow>
        <LegendRow symbol={<Dot colour={palette.growthNode} size={10} />}>
          {texts.growthNode}
        </LegendRow>
      </>
    ),
    logistics: () => (
      <>
        <LegendRow
          symbol={
            <Badge shape="square" colour={palette.logistics} pictogram={logisticsPictogram} />
          }
        >
          {texts.logistics}
        </LegendRow>
        {texts.modalCentres.map((label) => (
          <LegendRow
            key={label}
            symbol={
              <Badge
                shape="square"
                colour={palette.logistics}
                ring={palette.capitalRing}
                pictogram={logisticsPictogram}
              />
            }
          >
            {label}
          </LegendRow>
        ))}
      </>
    ),
    clusters: () =>
      atlas.clusters.clusters.map((cluster) => (
        <LegendRow
          key={cluster.id}
          symbol={
            <Badge
              shape="circle"
              colour={clusterColour(cluster.id)}
              pictogram={clusterPictograms[cluster.id] ?? {}}
            />
          }
        >
          {pick(cluster.name, lang)}
        </LegendRow>
      )),
  };
  return <ul className="legend">{legends[overlay]()}</ul>;
}

export function LayerPanel() {
  const t = useTranslation();
  const visible = useScenarioStore((state) => state.view.overlays);
  const setView = useScenarioStore((state) => state.setView);
  const online = useViewStore((state) => state.onlineBasemap);
  const setOnline = useViewStore((state) => state.setOnlineBasemap);
  const toggle = (overlay: OverlayId) =>
    setView({ overlays: { ...visible, [overlay]: !visible[overlay] } });
  return (
    <section className="panel layer-panel" aria-labelledby="layers-heading">
      <h2 id="layers-heading">{t('shell:layers')}</h2>
      {/* The portable atlas requests nothing, so it offers no online layers. */}
      {PORTABLE ? null : (
        <label className="overlay-toggle online-toggle">
          <input type="checkbox" checked={online} onChange={() => setOnline(!online)} />
          <span>{t('layers:online')}</span>
        </label>
      )}
      {OVERLAYS.map((overlay) => (
        <div key={overlay} className="overlay" data-overlay={overlay}>
          <label className="overlay-toggle">
            <input type="checkbox" checked={visible[overlay]} onChange={() => toggle(overlay)} />
            <span>{t(TITLE_KEY[overlay])}</span>
          </label>
          {visible[overlay] ? <OverlayLegend overlay={overlay} /> : null}
        </div>
      ))}
      <UserLayersSection />
    </section>
  );
}

/** The user's layers in the modes whose side panel has no layer panel: "Add data…" is always there. */
export function UserLayersPanel() {
  const t = useTranslation();
  return (
    <section className="panel layer-panel" aria-labelledby="your-layers-heading">
      <h2 id="your-layers-heading">{t('shell:layers')}</h2>
      <UserLayersSection />
    </section>
  );
}
