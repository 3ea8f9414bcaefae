/**
 * The planner's analysis: method, radius and depths, result layers with their legend, a summary
 * and sortable statistics per node, zone, region and border band. Loaded only when opened.
 */

import { type ReactNode, useState } from 'react';
import type {
  BorderBandProperties,
  NodeCoverage,
  RegionCoverage,
  ZoneProperties,
} from '../../analysis/types';
import type { AtlasData } from '../../data/atlas';
import { listedPopulation, placeName, regionName } from '../../data/atlas-index';
import { atlasLegendTexts } from '../../export/legend-entries';
import { formatArea, formatDistance, formatNumber, formatPercent } from '../../i18n/format';
import type { TextKey } from '../../i18n/i18n';
import { pick } from '../../i18n/languages';
import { useAnalysisStore } from '../../state/analysis-store';
import { usePopulationBaseStore } from '../../state/population-base-store';
import { useScenarioStore } from '../../state/scenario-store';
import {
  BAND_DEPTH_RANGE_KM,
  CATCHMENT_METHODS,
  RADIUS_RANGE_KM,
  ZONE_DEPTH_RANGE_KM,
  ZONE_NEIGHBOURS,
} from '../../vocabulary/analysis-params';
import type { Language } from '../../vocabulary/languages';
import { ANALYSIS_LAYERS, type AnalysisLayerId } from '../../vocabulary/scenario';
import type { StatsTable } from '../../vocabulary/selection';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { ANALYSIS_LAYER_TITLE, AnalysisSwatch } from '../legend/analysis-swatch';
import { ZoneSwatch } from '../legend/zone-swatch';
import { CoverageAnnouncement } from './coverage-announcement';
import { PopulationBasePanel } from './population-base-panel';
import { type Column, SortableTable } from './sortable-table';

function Slider({
  label,
  value,
  range,
  disabled,
  onChange,
}: {
  label: string;
  value: number;
  range: { min: number; max: number };
  disabled?: boolean;
  onChange: (km: number) => void;
}) {
  const lang = useLanguage();
  return (
    <label className="slider">
      <span className="slider-label">
        {label} <strong aria-hidden="true">{formatDistance(lang, value)}</strong>
      </span>
      <input
        type="range"
        min={range.min}
        max={range.max}
        step={1}
        value={value}
        aria-label={label}
        aria-valuetext={formatDistance(lang, value)}
        disabled={disabled}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </label>
  );
}

/** A node's name: the Concept's, or the one the planner gave a candidate (never its id). */
function nodeName(
  atlas: AtlasData,
  id: string,
  lang: Language,
  candidates: ReadonlyArray<{ id: string; name: string }> = [],
): string {
  const candidate = candidates.find((node) => node.id === id);
  return candidate?.name ?? (placeName(atlas, { kind: 'node', id }, lang) || id);
}

const TABLE_TITLE: Record<StatsTable, TextKey> = {
  nodes: 'analysis:table.nodes',
  zones: 'analysis:table.zones',
  regions: 'analysis:table.regions',
  band: 'analysis:table.band',
};

function StatsTables() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const result = useAnalysisStore((state) => state.result);
  const moved = useScenarioStore((state) => state.nodes.moved);
  const candidates = useScenarioStore((state) => state.nodes.candidates);
  const setHighlight = useAnalysisStore((state) => state.setHighlight);
  const [table, setTable] = useState<StatsTable>('nodes');
  if (!result) return null;
  const zoneName = atlasLegendTexts(atlas, lang).zones;
  const km2 = (value: number | null) =>
    value === null ? t('analysis:noPolygon') : formatNumber(lang, value);
  const share = (value: number | null) => (value === null ? '—' : formatPercent(lang, value));
  // Columns every result table has, typed by the row shape they read.
  const areaColumn = <Row extends { areaKm2: number | null }>(): Column<Row> => ({
    key: 'area',
    label: t('analysis:col.area'),
    numeric: true,
    value: (row) => row.areaKm2,
    render: (row) => km2(row.areaKm2),
  });
  const settlementsColumn = <Row extends { settlements: number }>(): Column<Row> => ({
    key: 'settlements',
    label: t('analysis:col.settlements'),
    numeric: true,
    value: (row) => row.settlements,
  });
  const populationColumn = <Row extends { population: number }>(): Column<Row> => ({
    key: 'population',
    label: t('analysis:col.population'),
    numeric: true,
    value: (row) => row.population,
    render: (row) => formatNumber(lang, row.population),
  });

  const tables: Record<StatsTable, () => ReactNode> = {
    nodes: () => (
      <SortableTable<NodeCoverage>
        caption={t('analysis:table.nodes')}
        rows={result.coverage.nodes}
        rowKey={(row) => row.node}
        onPoint={(row) => setHighlight(row ? { table: 'nodes', key: row.node } : null)}
        columns={[
          {
            key: 'name',
            label: t('analysis:col.name'),
            value: (row) => nodeName(atlas, row.node, lang, candidates),
            render: (row) => (
              <>
                {nodeName(atlas, row.node, lang, candidates)}
                {moved[row.node] ? <span className="tag">{t('analysis:moved')}</span> : null}
              </>
            ),
          },
          areaColumn(),
          {
            key: 'share',
            label: t('analysis:col.share'),
            numeric: true,
            value: (row) => row.shareOfCountry,
            render: (row) => share(row.shareOfCountry),
          },
          settlementsColumn(),
          populationColumn(),
        ]}
      />
    ),
    zones: () => (
      <SortableTable<ZoneProperties>
        caption={t('analysis:table.zones')}
        rows={result.coverage.zones}
        rowKey={(row) => row.neighbour}
        onPoint={(row) => setHighlight(row ? { table: 'zones', key: row.neighbour } : null)}
        columns={[
          {
            key: 'name',
            label: t('analysis:col.name'),
            value: (row) => zoneName[row.neighbour] ?? row.neighbour,
          },
          {
            key: 'depth',
            label: t('analysis:col.depth'),
            numeric: true,
            value: (row) => row.depthKm,
          },
          areaColumn(),
          settlementsColumn(),
          populationColumn(),
          {
            key: 'nodes',
            label: t('analysis:col.nodesInside'),
            value: (row) => row.growthNodes.length,
            render: (row) =>
              row.growthNodes.map((id) => nodeName(atlas, id, lang, candidates)).join(', ') || '—',
          },
        ]}
      />
    ),
    regions: () => (
      <SortableTable<RegionCoverage>
        caption={t('analysis:table.regions')}
        rows={result.coverage.regions}
        rowKey={(row) => row.region}
        onPoint={(row) => setHighlight(row ? { table: 'regions', key: row.region } : null)}
        columns={[
          {
            key: 'name',
            label: t('analysis:col.name'),
            value: (row) => regionName(atlas, row.region, lang) || row.region,
          },
          areaColumn(),
          {
            key: 'covered',
            label: t('analysis:col.covered'),
            numeric: true,
            value: (row) => row.coveredShare,
            render: (row) => share(row.coveredShare),
          },
          {
            key: 'population',
            label: t('analysis:col.population'),
            numeric: true,
            value: (row) => row.populationCovered,
            render: (row) =>
              `${formatNumber(lang, row.populationCovered)} / ${formatNumber(lang, row.population)}`,
          },
        ]}
      />
    ),
    band: () => (
      <SortableTable<BorderBandProperties>
        caption={t('analysis:table.band')}
        rows={result.coverage.borderBand.regions}
        rowKey={(row) => row.region}
        onPoint={(row) => setHighlight(row ? { table: 'band', key: row.region } : null)}
        columns={[
          {
            key: 'name',
            label: t('analysis:col.name'),
            value: (row) => regionName(atlas, row.region, lang) || row.region,
            render: (row) => (
              <>
                {regionName(atlas, row.region, lang) || row.region}
                {row.priority ? <span className="tag">{t('analysis:priority')}</span> : null}
              </>
            ),
          },
          areaColumn(),
          {
            key: 'share',
            label: t('analysis:col.share'),
            numeric: true,
            value: (row) => row.shareOfRegion,
            render: (row) => share(row.shareOfRegion),
          },
          settlementsColumn(),
          populationColumn(),
        ]}
      />
    ),
  };

  return (
    <section className="analysis-stats" aria-labelledby="stats-heading">
      <h3 id="stats-heading">{t('analysis:stats')}</h3>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('analysis:stats')}</legend>
        {(Object.keys(TABLE_TITLE) as StatsTable[]).map((id) => (
          <button key={id} type="button" aria-pressed={table === id} onClick={() => setTable(id)}>
            {t(TABLE_TITLE[id])}
          </button>
        ))}
      </fieldset>
      <div className="table-scroll">{tables[table]()}</div>
    </section>
  );
}

function Summary() {
  const lang = useLanguage();
  const t = useTranslation();
  const coverage = useAnalysisStore((state) => state.result?.coverage);
  if (!coverage) return null;
  return (
    <dl className="analysis-summary">
      <div>
        <dt>{t('analysis:covered')}</dt>
        <dd>
          {formatPercent(lang, coverage.coveredShare)}{' '}
          <small>{formatArea(lang, coverage.coveredAreaKm2)}</small>
        </dd>
      </div>
      <div>
        <dt>{t('analysis:uncovered')}</dt>
        <dd>{formatArea(lang, coverage.uncoveredAreaKm2)}</dd>
      </div>
      <div>
        <dt>{t('analysis:overlap')}</dt>
        <dd>{formatArea(lang, coverage.overlapAreaKm2)}</dd>
      </div>
      <div>
        <dt>{t('analysis:populationCovered')}</dt>
        <dd>
          {formatNumber(lang, coverage.populationCovered)}{' '}
          <small>/ {formatNumber(lang, coverage.population)}</small>
        </dd>
      </div>
    </dl>
  );
}

export function AnalysisPanel() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const zoneName = atlasLegendTexts(atlas, lang).zones;
  const t = useTranslation();
  const analysis = useAnalysisStore();
  const params = useScenarioStore((state) => state.analysis);
  const movedCount = useScenarioStore((state) => Object.keys(state.nodes.moved).length);
  const visibleLayers = useScenarioStore((state) => state.view.analysisLayers);
  const usesOpenData = usePopulationBaseStore((state) => state.base === null);
  const { setAnalysis, setView, resetMovedNodes } = useScenarioStore.getState();
  const toggleLayer = (layer: AnalysisLayerId) =>
    setView({ analysisLayers: { ...visibleLayers, [layer]: !visibleLayers[layer] } });
  return (
    <section
      className="panel analysis-panel"
      aria-labelledby="analysis-heading"
      aria-busy={analysis.computing}
    >
      <h2 id="analysis-heading">{t('analysis:title')}</h2>
      <p className="analysis-status" role="status">
        {analysis.computing ? t('analysis:computing') : ''}
      </p>
      <CoverageAnnouncement />
      {analysis.error ? (
        <div className="analysis-error" role="alert">
          <strong>{t('analysis:failed')}</strong> <span>{analysis.error}</span>
        </div>
      ) : null}

      <fieldset className="method">
        <legend>{t('analysis:method')}</legend>
        {CATCHMENT_METHODS.map((method) => (
          <label key={method}>
            <input
              type="radio"
              name="method"
              value={method}
              checked={params.method === method}
              onChange={() => setAnalysis({ method })}
            />
            {t(`analysis:method.${method}`)}
          </label>
        ))}
      </fieldset>
      <Slider
        label={t('analysis:radius')}
        value={params.radiusKm}
        range={RADIUS_RANGE_KM}
        disabled={params.method === 'nearest'}
        onChange={(radiusKm) => setAnalysis({ radiusKm })}
      />
      <fieldset className="depths">
        <legend>{t('analysis:zoneDepth')}</legend>
        {ZONE_NEIGHBOURS.map((neighbour) => (
          <Slider
            key={neighbour}
            label={zoneName[neighbour] ?? neighbour}
            value={params.zoneDepthKm[neighbour]}
            range={ZONE_DEPTH_RANGE_KM}
            onChange={(km) =>
              setAnalysis({ zoneDepthKm: { ...params.zoneDepthKm, [neighbour]: km } })
            }
          />
        ))}
        <p className="note">{pick(atlas.zones.influence.depth.note, lang)}</p>
      </fieldset>
      <Slider
        label={t('analysis:bandDepth')}
        value={params.bandDepthKm}
        range={BAND_DEPTH_RANGE_KM}
        onChange={(bandDepthKm) => setAnalysis({ bandDepthKm })}
      />
      <p className="hint">
        {t('analysis:dragHint')}{' '}
        {movedCount > 0 ? (
          <button type="button" className="link-button" onClick={resetMovedNodes}>
            {t('analysis:resetNodes')} ({movedCount})
          </button>
        ) : null}
      </p>

      <fieldset className="analysis-layers">
        <legend>{t('analysis:layers')}</legend>
        {ANALYSIS_LAYERS.map((layer) => (
          <label key={layer} className="overlay-toggle">
            <input
              type="checkbox"
              checked={visibleLayers[layer]}
              onChange={() => toggleLayer(layer)}
            />
            <AnalysisSwatch layer={layer} />
            <span>{t(ANALYSIS_LAYER_TITLE[layer])}</span>
          </label>
        ))}
        {visibleLayers.zones ? (
          <ul className="legend zone-legend">
            {ZONE_NEIGHBOURS.map((neighbour) => (
              <li key={neighbour}>
                <ZoneSwatch neighbour={neighbour} />
                {zoneName[neighbour] ?? neighbour}
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>

      <Summary />
      <PopulationBasePanel />
      {usesOpenData ? (
        <p className="note">
          {t('analysis:populationNote', {
            population: formatNumber(lang, listedPopulation(atlas)),
          })}
        </p>
      ) : null}
      <StatsTables />
    </section>
  );
}
