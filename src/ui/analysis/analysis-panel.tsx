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
import { placeName, regionName } from '../../data/atlas-index';
import { numberLocale } from '../../i18n/languages';
import type { MessageKey } from '../../i18n/messages';
import { neighbourNames } from '../../map/neighbour-names';
import { analysisColours } from '../../map/palette';
import { useAnalysisStore } from '../../state/analysis-store';
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
import { ZoneSwatch } from '../legend/zone-swatch';
import { type Column, SortableTable } from './sortable-table';

const LAYER_TITLE: Record<AnalysisLayerId, MessageKey> = {
  catchments: 'alayer.catchments',
  overlaps: 'alayer.overlaps',
  uncovered: 'alayer.uncovered',
  zones: 'alayer.zones',
  band: 'alayer.band',
};

const LAYER_SWATCH: Record<AnalysisLayerId, string> = {
  catchments: analysisColours.catchment,
  overlaps: analysisColours.overlap,
  uncovered: analysisColours.uncovered,
  zones: analysisColours.zones.UZ,
  band: analysisColours.band,
};

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
  return (
    <label className="slider">
      <span className="slider-label">
        {label} <strong aria-hidden="true">{value} km</strong>
      </span>
      <input
        type="range"
        min={range.min}
        max={range.max}
        step={1}
        value={value}
        aria-label={label}
        aria-valuetext={`${value} km`}
        disabled={disabled}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </label>
  );
}

function nodeName(atlas: AtlasData, id: string, lang: Language): string {
  return placeName(atlas, { kind: 'node', id }, lang) || id;
}

const TABLE_TITLE: Record<StatsTable, MessageKey> = {
  nodes: 'table.nodes',
  zones: 'table.zones',
  regions: 'table.regions',
  band: 'table.band',
};

function StatsTables() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const result = useAnalysisStore((state) => state.result);
  const moved = useScenarioStore((state) => state.nodes.moved);
  const setHighlight = useAnalysisStore((state) => state.setHighlight);
  const [table, setTable] = useState<StatsTable>('nodes');
  if (!result) return null;
  const number = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(numberLocale(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const km2 = (value: number | null) =>
    value === null ? t('analysis.noPolygon') : number.format(value);
  const share = (value: number | null) => (value === null ? '—' : percent.format(value));
  // Columns every result table has, typed by the row shape they read.
  const areaColumn = <Row extends { areaKm2: number | null }>(): Column<Row> => ({
    key: 'area',
    label: t('col.area'),
    numeric: true,
    value: (row) => row.areaKm2,
    render: (row) => km2(row.areaKm2),
  });
  const settlementsColumn = <Row extends { settlements: number }>(): Column<Row> => ({
    key: 'settlements',
    label: t('col.settlements'),
    numeric: true,
    value: (row) => row.settlements,
  });
  const populationColumn = <Row extends { population: number }>(): Column<Row> => ({
    key: 'population',
    label: t('col.population'),
    numeric: true,
    value: (row) => row.population,
    render: (row) => number.format(row.population),
  });

  const tables: Record<StatsTable, () => ReactNode> = {
    nodes: () => (
      <SortableTable<NodeCoverage>
        caption={t('table.nodes')}
        rows={result.coverage.nodes}
        rowKey={(row) => row.node}
        onPoint={(row) => setHighlight(row ? { table: 'nodes', key: row.node } : null)}
        columns={[
          {
            key: 'name',
            label: t('col.name'),
            value: (row) => nodeName(atlas, row.node, lang),
            render: (row) => (
              <>
                {nodeName(atlas, row.node, lang)}
                {moved[row.node] ? <span className="tag">{t('analysis.moved')}</span> : null}
              </>
            ),
          },
          areaColumn(),
          {
            key: 'share',
            label: t('col.share'),
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
        caption={t('table.zones')}
        rows={result.coverage.zones}
        rowKey={(row) => row.neighbour}
        onPoint={(row) => setHighlight(row ? { table: 'zones', key: row.neighbour } : null)}
        columns={[
          {
            key: 'name',
            label: t('col.name'),
            value: (row) => neighbourNames[row.neighbour]?.[`name_${lang}`] ?? row.neighbour,
          },
          { key: 'depth', label: t('col.depth'), numeric: true, value: (row) => row.depthKm },
          areaColumn(),
          settlementsColumn(),
          populationColumn(),
          {
            key: 'nodes',
            label: t('col.nodesInside'),
            value: (row) => row.growthNodes.length,
            render: (row) =>
              row.growthNodes.map((id) => nodeName(atlas, id, lang)).join(', ') || '—',
          },
        ]}
      />
    ),
    regions: () => (
      <SortableTable<RegionCoverage>
        caption={t('table.regions')}
        rows={result.coverage.regions}
        rowKey={(row) => row.region}
        onPoint={(row) => setHighlight(row ? { table: 'regions', key: row.region } : null)}
        columns={[
          {
            key: 'name',
            label: t('col.name'),
            value: (row) => regionName(atlas, row.region, lang) || row.region,
          },
          areaColumn(),
          {
            key: 'covered',
            label: t('col.covered'),
            numeric: true,
            value: (row) => row.coveredShare,
            render: (row) => share(row.coveredShare),
          },
          {
            key: 'population',
            label: t('col.population'),
            numeric: true,
            value: (row) => row.populationCovered,
            render: (row) =>
              `${number.format(row.populationCovered)} / ${number.format(row.population)}`,
          },
        ]}
      />
    ),
    band: () => (
      <SortableTable<BorderBandProperties>
        caption={t('table.band')}
        rows={result.coverage.borderBand.regions}
        rowKey={(row) => row.region}
        onPoint={(row) => setHighlight(row ? { table: 'band', key: row.region } : null)}
        columns={[
          {
            key: 'name',
            label: t('col.name'),
            value: (row) => regionName(atlas, row.region, lang) || row.region,
            render: (row) => (
              <>
                {regionName(atlas, row.region, lang) || row.region}
                {row.priority ? <span className="tag">{t('analysis.priority')}</span> : null}
              </>
            ),
          },
          areaColumn(),
          {
            key: 'share',
            label: t('col.share'),
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
      <h3 id="stats-heading">{t('analysis.stats')}</h3>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('analysis.stats')}</legend>
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
  const number = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(numberLocale(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  return (
    <dl className="analysis-summary">
      <div>
        <dt>{t('analysis.covered')}</dt>
        <dd>
          {percent.format(coverage.coveredShare)}{' '}
          <small>{number.format(coverage.coveredAreaKm2)} km²</small>
        </dd>
      </div>
      <div>
        <dt>{t('analysis.uncovered')}</dt>
        <dd>{number.format(coverage.uncoveredAreaKm2)} km²</dd>
      </div>
      <div>
        <dt>{t('analysis.overlap')}</dt>
        <dd>{number.format(coverage.overlapAreaKm2)} km²</dd>
      </div>
      <div>
        <dt>{t('analysis.populationCovered')}</dt>
        <dd>
          {number.format(coverage.populationCovered)}{' '}
          <small>/ {number.format(coverage.population)}</small>
        </dd>
      </div>
    </dl>
  );
}

export function AnalysisPanel() {
  const lang = useLanguage();
  const t = useTranslation();
  const analysis = useAnalysisStore();
  const params = useScenarioStore((state) => state.analysis);
  const movedCount = useScenarioStore((state) => Object.keys(state.nodes.moved).length);
  const visibleLayers = useScenarioStore((state) => state.view.analysisLayers);
  const { setAnalysis, setView, resetMovedNodes } = useScenarioStore.getState();
  const toggleLayer = (layer: AnalysisLayerId) =>
    setView({ analysisLayers: { ...visibleLayers, [layer]: !visibleLayers[layer] } });
  return (
    <section
      className="panel analysis-panel"
      aria-labelledby="analysis-heading"
      aria-busy={analysis.computing}
    >
      <h2 id="analysis-heading">{t('analysis.title')}</h2>
      <p className="analysis-status" role="status">
        {analysis.computing ? t('analysis.computing') : ''}
      </p>
      {analysis.error ? (
        <div className="analysis-error" role="alert">
          <strong>{t('analysis.failed')}</strong> <span>{analysis.error}</span>
        </div>
      ) : null}

      <fieldset className="method">
        <legend>{t('analysis.method')}</legend>
        {CATCHMENT_METHODS.map((method) => (
          <label key={method}>
            <input
              type="radio"
              name="method"
              value={method}
              checked={params.method === method}
              onChange={() => setAnalysis({ method })}
            />
            {t(`method.${method}`)}
          </label>
        ))}
      </fieldset>
      <Slider
        label={t('analysis.radius')}
        value={params.radiusKm}
        range={RADIUS_RANGE_KM}
        disabled={params.method === 'nearest'}
        onChange={(radiusKm) => setAnalysis({ radiusKm })}
      />
      <fieldset className="depths">
        <legend>{t('analysis.zoneDepth')}</legend>
        {ZONE_NEIGHBOURS.map((neighbour) => (
          <Slider
            key={neighbour}
            label={neighbourNames[neighbour]?.[`name_${lang}`] ?? neighbour}
            value={params.zoneDepthKm[neighbour]}
            range={ZONE_DEPTH_RANGE_KM}
            onChange={(km) =>
              setAnalysis({ zoneDepthKm: { ...params.zoneDepthKm, [neighbour]: km } })
            }
          />
        ))}
      </fieldset>
      <Slider
        label={t('analysis.bandDepth')}
        value={params.bandDepthKm}
        range={BAND_DEPTH_RANGE_KM}
        onChange={(bandDepthKm) => setAnalysis({ bandDepthKm })}
      />
      <p className="hint">
        {t('analysis.dragHint')}{' '}
        {movedCount > 0 ? (
          <button type="button" className="link-button" onClick={resetMovedNodes}>
            {t('analysis.resetNodes')} ({movedCount})
          </button>
        ) : null}
      </p>

      <fieldset className="analysis-layers">
        <legend>{t('analysis.layers')}</legend>
        {ANALYSIS_LAYERS.map((layer) => (
          <label key={layer} className="overlay-toggle">
            <input
              type="checkbox"
              checked={visibleLayers[layer]}
              onChange={() => toggleLayer(layer)}
            />
            <span
              className="swatch"
              style={{ background: LAYER_SWATCH[layer] }}
              aria-hidden="true"
            />
            <span>{t(LAYER_TITLE[layer])}</span>
          </label>
        ))}
        {visibleLayers.zones ? (
          <ul className="legend zone-legend">
            {ZONE_NEIGHBOURS.map((neighbour) => (
              <li key={neighbour}>
                <ZoneSwatch neighbour={neighbour} />
                {neighbourNames[neighbour]?.[`name_${lang}`] ?? neighbour}
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>

      <Summary />
      <p className="note">{t('analysis.populationNote')}</p>
      <StatsTables />
    </section>
  );
}
