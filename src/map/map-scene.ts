/**
 * What the map draws, as one plain description: a pure function of the state the map depends on
 * (no store, no MapLibre). The controller diffs one scene against the last and sends the changes.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Position } from 'geojson';
import type { ScenarioComparison } from '../analysis/coverage-change';
import type { AnalysisResult } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { scenarioNodePositions } from '../data/atlas-index';
import { choroplethOf, type UserIndicator } from '../investor/choropleth';
import type { FinderMatch } from '../investor/finder';
import type { ParsedPart } from '../user-data/types';
import type { Language } from '../vocabulary/languages';
import type { ScenarioNodes, ScenarioView } from '../vocabulary/scenario';
import type { AnalysisHighlight, DragPreview, Selection } from '../vocabulary/selection';
import type { UserLayerStyle } from '../vocabulary/user-layers';
import { type LayerMeta, layerMeta, type SourceId } from './layers/common';
import { REGION_TINT_OPACITY } from './layers/regions';
import {
  userLayerClasses,
  userLayerLayers,
  userLayerSource,
  userSourceId,
} from './layers/user-layers';
import { type PlanningSceneInput, planningSources } from './planning-sources';
import {
  analysisSources,
  buildMapSources,
  finderSources,
  growthNodeSource,
  indicatorSources,
  logisticsSource,
  type MapControlTexts,
  mapControlTexts,
  sourceAttributions,
  zoneSource,
} from './sources';
import { buildLayers } from './style';

/** Everything the map shows depends on these, and on nothing else. */
export type MapSceneInput = {
  atlas: AtlasData;
  language: Language;
  mode: ScenarioView['mode'];
  overlays: ScenarioView['overlays'];
  analysisLayers: ScenarioView['analysisLayers'];
  /** The place whose profile is open (outlined on the map). */
  selection: Selection | null;
  /** The statistics row the planner points at (its polygon outlined). */
  analysisHighlight: AnalysisHighlight | null;
  onlineBasemap: boolean;
  nodes: ScenarioNodes;
  /** A growth node being dragged: drawn where the pointer is, not yet in the scenario. */
  dragPreview: DragPreview | null;
  result: AnalysisResult | null;
  compared: ScenarioComparison | null;
  indicator: ScenarioView['indicator'];
  /** A column of the user's regional table drawn with the indicator's classing instead of its measure. */
  userIndicator?: UserIndicator | null;
  /** The finder's matches to ring, or null when no filter is set. */
  finderMatches: readonly FinderMatch[] | null;
  /** The open planning question and its answers, or null while planning is closed. */
  planning: PlanningSceneInput | null;
  /** The layers the user added, bottom first (tables have no features and draw nothing). */
  userLayers: readonly UserLayerInput[];
};

export type UserLayerInput = {
  id: string;
  part: ParsedPart;
  visible: boolean;
  style: UserLayerStyle;
};

/** One user layer as the map draws it: its own source, its layers, shown or not. */
export type UserMapLayer = {
  source: string;
  data: FeatureCollection;
  /** Rebuilt only when the layer's style changes. */
  layers: readonly LayerSpecification[];
  visible: boolean;
};

/**
 * One description of the map. For a given style, `visible`, `filters` and `paint` always hold the
 * same keys (every layer, every highlight layer, every switched paint property), so a diff of two
 * scenes never has to guess a default.
 */
export type MapScene = {
  /** The labels' language. */
  language: Language;
  /** Each source's attribution, worded in that language (the online basemap's included). */
  attributions: ReturnType<typeof sourceAttributions>;
  /** The map's own controls (zoom buttons, scale, credits toggle), worded in that language. */
  controlTexts: MapControlTexts;
  /** Each source's GeoJSON; an unchanged input gives the identical object. */
  sources: Readonly<Record<SourceId, FeatureCollection>>;
  /** Every layer of the style, shown or not. */
  visible: Readonly<Record<string, boolean>>;
  /** The filter of every highlight layer: which selected place or statistics row it outlines. */
  filters: Readonly<Record<string, ExpressionSpecification>>;
  /** Paint properties that follow the state, by layer. */
  paint: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** In Analyse, growth nodes can be dragged. */
  nodeDragging: boolean;
  onlineBasemap: boolean;
  /** Drawn above the regions and below the Concept's symbols, in the order they were added. */
  userLayers: readonly UserMapLayer[];
};

/** A function that recomputes only when one of its arguments is a different object. */
function memoiseLast<Args extends unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | null = null;
  return (...args) => {
    if (last && args.length === last.args.length && args.every((a, i) => a === last?.args[i])) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const conceptSources = memoiseLast(buildMapSources);

const growthNodes = memoiseLast(growthNodeSource);

/** Logistics centres sit on their growth node: where the planner moved it, or drags it now. */
const logistics = memoiseLast(
  (atlas: AtlasData, nodes: ScenarioNodes, dragged: DragPreview | null) => {
    const positions: ReadonlyMap<string, Position> = scenarioNodePositions(atlas, nodes);
    if (!dragged) return logisticsSource(atlas, positions);
    return logisticsSource(atlas, new Map(positions).set(dragged.id, dragged.position));
  },
);

/** The result's layers follow the result and the comparison, not the language… */
const resultSources = memoiseLast(
  (result: AnalysisResult | null, compared: ScenarioComparison | null) =>
    analysisSources(result, 'en', compared),
);
/** …except the catchment labels, whose areas are written in the interface language. */
const catchmentLabels = memoiseLast(
  (result: AnalysisResult | null, language: Language) =>
    analysisSources(result, language)['analysis-catchment-labels'],
);

/** The zones carry their status in the Concept, which the analysis result does not. */
const zones = memoiseLast((atlas: AtlasData, result: AnalysisResult | null) =>
  zoneSource(atlas, result?.zones ?? { type: 'FeatureCollection', features: [] }),
);

const indicator = memoiseLast(
  (
    atlas: AtlasData,
    view: ScenarioView['indicator'],
    user: UserIndicator | null,
    language: Language,
  ) => indicatorSources(atlas, view ? choroplethOf(atlas, view, user) : null, language),
);

const finder = memoiseLast(finderSources);

const planning = memoiseLast(
  (
    atlas: AtlasData,
    question: PlanningSceneInput['question'] | undefined,
    siteObjective: PlanningSceneInput['siteObjective'] | undefined,
    siteSurface: PlanningSceneInput['siteSurface'] | undefined,
    bestSites: PlanningSceneInput['bestSites'] | undefined,
    gravity: PlanningSceneInput['gravity'] | undefined,
  ) =>
    planningSources(
      atlas,
      question && siteObjective
        ? {
            question,
            siteObjective,
            siteSurface: siteSurface ?? null,
            bestSites: bestSites ?? null,
            gravity: gravity ?? null,
          }
        : null,
    ),
);

/** Each user layer's source and layers, kept while its features and style stay the same objects. */
const userMapLayers = new WeakMap<
  ParsedPart,
  { data: FeatureCollection; style: UserLayerStyle; layers: readonly LayerSpecification[] }
>();

function userMapLayer(layer: UserLayerInput): UserMapLayer | null {
  if (layer.part.kind !== 'features') return null;
  let built = userMapLayers.get(layer.part);
  if (!built || built.style !== layer.style) {
    const data = built?.data ?? userLayerSource(layer.id, layer.part.features);
    const classes = userLayerClasses(layer.part.features, layer.style);
    built = { data, style: layer.style, layers: userLayerLayers(layer.id, layer.style, classes) };
    userMapLayers.set(layer.part, built);
  }
  return {
    source: userSourceId(layer.id),
    data: built.data,
    layers: built.layers,
    visible: layer.visible,
  };
}

/** Each layer's metadata in style order; the same for every language (the controller's too). */
let layerMetas: ReadonlyArray<readonly [string, LayerMeta]> | null = null;
export function styleLayerMetas(): ReadonlyArray<readonly [string, LayerMeta]> {
  layerMetas ??= buildLayers('en').map((layer) => [layer.id, layerMeta(layer)] as const);
  return layerMetas;
}

function isVisible(meta: LayerMeta, input: MapSceneInput): boolean {
  const analysing = input.mode === 'analyse';
  if (meta.overlay) {
    // Cluster badges would hide the catchments the planner is working on.
    return input.overlays[meta.overlay] && !(analysing && meta.overlay === 'clusters');
  }
  if (meta.planning) return analysing && input.planning?.question === meta.planning;
  if (meta.highlightsRowOf) return analysing;
  if (meta.analysis) return analysing && input.analysisLayers[meta.analysis];
  return true;
}

/** Matches features whose `key` is `value`; '' matches nothing. */
function keyFilter(key: string | undefined, value: string): ExpressionSpecification {
  return ['==', ['get', key ?? 'id'], value];
}

function highlightFilter(meta: LayerMeta, input: MapSceneInput): ExpressionSpecification | null {
  const { selection, analysisHighlight: row } = input;
  if (meta.highlights) {
    return keyFilter(meta.highlightKey, selection?.kind === meta.highlights ? selection.id : '');
  }
  if (meta.highlightsRowOf) {
    return keyFilter(meta.highlightKey, row?.table === meta.highlightsRowOf ? row.key : '');
  }
  return null;
}

/**
 * The map for this state. Pure: the same input gives an equal scene, and unchanged parts of the
 * input give the identical source objects (so the controller resends nothing for them).
 *
 * @example
 *   const scene = mapScene({ ...input, mode: 'analyse' });
 *   scene.visible['clusters-icon']; // false: badges step aside while analysing
 *   scene.sources['growth-nodes'] === mapScene({ ...input, mode: 'analyse' }).sources['growth-nodes']; // true
 */
export function mapScene(input: MapSceneInput): MapScene {
  const { atlas, language, nodes, dragPreview, result, compared } = input;
  const sources: Record<SourceId, FeatureCollection> = {
    ...conceptSources(atlas),
    'growth-nodes': growthNodes(atlas, nodes, dragPreview),
    logistics: logistics(atlas, nodes, dragPreview),
    ...resultSources(result, compared),
    'analysis-catchment-labels': catchmentLabels(result, language),
    'analysis-zones': zones(atlas, result),
    ...indicator(atlas, input.indicator, input.userIndicator ?? null, language),
    ...finder(atlas, input.finderMatches),
    ...planning(
      atlas,
      input.planning?.question,
      input.planning?.siteObjective,
      input.planning?.siteSurface,
      input.planning?.bestSites,
      input.planning?.gravity,
    ),
  };
  const visible: Record<string, boolean> = {};
  const filters: Record<string, ExpressionSpecification> = {};
  for (const [id, meta] of styleLayerMetas()) {
    visible[id] = isVisible(meta, input);
    const filter = highlightFilter(meta, input);
    if (filter) filters[id] = filter;
  }
  const analysing = input.mode === 'analyse';
  return {
    language,
    attributions: sourceAttributions(language),
    controlTexts: mapControlTexts(language),
    sources,
    visible,
    filters,
    paint: {
      'oblasts-fill': {
        'fill-opacity': analysing ? REGION_TINT_OPACITY.analysing : REGION_TINT_OPACITY.default,
      },
    },
    nodeDragging: analysing,
    onlineBasemap: input.onlineBasemap,
    userLayers: input.userLayers.flatMap((layer) => userMapLayer(layer) ?? []),
  };
}
