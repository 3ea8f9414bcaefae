/** The whole map style, built in code from the atlas's own GeoJSON: nothing is fetched but glyphs. */
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { Language } from '../vocabulary/languages';
import { analysisLayers } from './layers/analysis';
import {
  basemapLowerLayers,
  basemapUpperLayers,
  basemapWaterLayers,
  neighbourLabelLayers,
} from './layers/basemap';
import { clusterLayers } from './layers/clusters';
import { SOURCE, type SourceId } from './layers/common';
import { finderNodeLayers, finderRegionLayers } from './layers/finder';
import { growthNodeLayers } from './layers/growth-nodes';
import {
  indicatorFillLayers,
  indicatorSymbolLayers,
  indicatorValueLayers,
} from './layers/indicators';
import { logisticsLayers } from './layers/logistics';
import { neighbourCityLayers } from './layers/neighbour-cities';
import { planningPointLayers, planningSurfaceLayers } from './layers/planning';
import { regionFillLayers, regionLabelLayers } from './layers/regions';

export type MapSources = Record<SourceId, FeatureCollection>;
/** The attribution each source must carry, keyed by source id. */
export type SourceAttributions = Partial<Record<SourceId, string>>;

/** All layers, bottom to top. Point overlays sit above every polygon so they stay clickable. */
export function buildLayers(lang: Language): LayerSpecification[] {
  return [
    ...basemapLowerLayers(),
    ...neighbourCityLayers(lang),
    ...neighbourLabelLayers(lang),
    ...regionFillLayers(),
    ...indicatorFillLayers(),
    ...basemapWaterLayers(),
    ...planningSurfaceLayers(),
    ...analysisLayers(),
    ...basemapUpperLayers(lang),
    ...regionLabelLayers(lang),
    ...finderRegionLayers(),
    ...indicatorSymbolLayers(),
    ...clusterLayers(),
    ...logisticsLayers(),
    ...finderNodeLayers(),
    ...planningPointLayers(lang),
    ...growthNodeLayers(lang),
    ...indicatorValueLayers(),
  ];
}

export function buildStyle(options: {
  lang: Language;
  glyphs: string;
  sources: MapSources;
  attributions: SourceAttributions;
}): StyleSpecification {
  const sources: Record<string, GeoJSONSourceSpecification> = {};
  for (const id of Object.values(SOURCE)) {
    const attribution = options.attributions[id];
    sources[id] = {
      type: 'geojson',
      data: options.sources[id],
      ...(attribution ? { attribution } : {}),
    };
  }
  return {
    version: 8,
    name: 'Aimak Atlas embedded basemap',
    glyphs: options.glyphs,
    sources,
    layers: buildLayers(options.lang),
  };
}
