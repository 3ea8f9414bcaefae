// Exports a scenario as a GeoJSON FeatureCollection QGIS opens, and imports it (or plain points) back.

import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { AtlasData } from '../data/atlas';
import { growthNodePositions, scenarioNodePositions } from '../data/atlas-index';
import type { Wording } from '../i18n/wording';
import { GROWTH_NODE_IDS } from '../vocabulary/ids';
import type { CandidateNode, LonLat, Scenario, ScenarioNodes, Stage } from '../vocabulary/scenario';
import type { UserLayerStyle } from '../vocabulary/user-layers';
import { regionOfPoint } from './region-of-point';
import {
  isRecord,
  MAX_CANDIDATES,
  MAX_NAME_LENGTH,
  parseScenario,
  plainText,
} from './scenario-schema';

/** Files longer than this many characters (about 20 MB) are refused before parsing. */
export const MAX_IMPORT_LENGTH = 20 * 1024 * 1024;
/** Outside Kyrgyzstan by more than this is flagged; closer is the generalised border's noise. */
const OUTSIDE_TOLERANCE_KM = 5;
/** At most this many "outside Kyrgyzstan" warnings are listed one by one. */
const MAX_LISTED_WARNINGS = 20;

export type ScenarioNodeProperties = {
  id: string;
  /** English for a Concept node, as typed for a candidate. */
  name: string;
  name_ky?: string;
  name_ru?: string;
  stage: Stage | null;
  candidate: boolean;
  region: string | null;
};

export type ScenarioFeatureCollection = FeatureCollection<Point, ScenarioNodeProperties> & {
  scenario: Scenario;
  /** The layers the user added, each with its style and all its features or rows. */
  userLayers?: ExportedUserLayer[];
};

/** A user layer in the scenario file: what the user sees of it, and everything it holds. */
export type ExportedUserLayer = {
  name: string;
  visible: boolean;
  style: UserLayerStyle;
  /** Its features or rows as imported (a ParsedPart of src/user-data, a sibling folder). */
  part: object;
};

/** Errors and warnings are notice texts (key and values), worded in the interface language. */
export type ImportScenarioResult =
  | { ok: true; scenario: Scenario; warnings: Wording[] }
  | { ok: false; error: Wording };

/**
 * The scenario as a FeatureCollection: one Point per node in it (the Concept's nodes that are
 * not removed, at their moved or settlement position, then the candidates), and the whole
 * scenario in the top-level `scenario` member so that importing the file restores it exactly.
 *
 * @example
 *   const fc = exportScenarioGeoJSON(scenario, atlas);
 *   fc.features[0].properties; // { id: 'bishkek', name: 'Bishkek', name_ky: 'Бишкек', … }
 *   download(JSON.stringify(fc), 'scenario.geojson');
 */
export function exportScenarioGeoJSON(
  scenario: Scenario,
  atlas: AtlasData,
  userLayers: readonly ExportedUserLayer[] = [],
): ScenarioFeatureCollection {
  const positions = scenarioNodePositions(atlas, scenario.nodes);
  const removed = new Set(scenario.nodes.removed);
  const features: Feature<Point, ScenarioNodeProperties>[] = [];
  for (const node of atlas.growthNodes.nodes) {
    if (removed.has(node.id)) continue;
    const position = positions.get(node.id);
    if (position === undefined) continue;
    features.push(
      point(position, {
        id: node.id,
        name: node.name.en,
        name_ky: node.name.ky,
        name_ru: node.name.ru,
        stage: scenario.nodes.stages[node.id] ?? null,
        candidate: false,
        region: node.region,
      }),
    );
  }
  for (const candidate of scenario.nodes.candidates) {
    features.push(
      point(candidate.position, {
        id: candidate.id,
        name: candidate.name,
        stage: scenario.nodes.stages[candidate.id] ?? null,
        candidate: true,
        region: candidate.region,
      }),
    );
  }
  return {
    type: 'FeatureCollection',
    features,
    scenario,
    ...(userLayers.length > 0
      ? {
          userLayers: userLayers.map(({ name, visible, style, part }) => ({
            name,
            visible,
            style,
            part,
          })),
        }
      : {}),
  };
}

/**
 * Reads a GeoJSON file as a scenario, atomically: either the whole scenario or an error naming
 * the feature and field at fault; `current` is never changed. Our own export restores its
 * `scenario` member. A plain FeatureCollection of named points (e.g. from QGIS) replaces the
 * nodes of `current`: a point named like a Concept node (English, Kyrgyz, Russian or another
 * known name; case, spaces and dashes ignored) puts that node there, any other point becomes a
 * candidate, and Concept nodes absent from the file are marked removed. Points outside
 * Kyrgyzstan are accepted with a warning. Never throws.
 *
 * @example
 *   const result = importScenarioGeoJSON(await file.text(), atlas, scenario);
 *   if (result.ok) replaceScenario(result.scenario), result.warnings.forEach(showWarning);
 *   else showAlert(result.error); // { key: 'import.notAPoint', values: { feature: 3 } }
 */
export function importScenarioGeoJSON(
  text: string,
  atlas: AtlasData,
  current: Scenario,
  now: Date = new Date(),
): ImportScenarioResult {
  try {
    return importUnchecked(text, atlas, current, now);
  } catch {
    return { ok: false, error: { key: 'import.unreadable' } };
  }
}

function importUnchecked(
  text: string,
  atlas: AtlasData,
  current: Scenario,
  now: Date,
): ImportScenarioResult {
  if (typeof text !== 'string') return { ok: false, error: { key: 'import.notText' } };
  if (text.length > MAX_IMPORT_LENGTH) {
    const megabytes = (length: number) => Math.round((length / 1024 / 1024) * 10) / 10;
    return {
      ok: false,
      error: {
        key: 'import.tooLarge',
        values: { size: megabytes(text.length), limit: megabytes(MAX_IMPORT_LENGTH) },
      },
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, error: { key: 'import.notJson' } };
  }
  if (!isRecord(doc) || doc.type !== 'FeatureCollection') {
    return { ok: false, error: { key: 'import.notFeatureCollection' } };
  }
  if (!Array.isArray(doc.features)) {
    return { ok: false, error: { key: 'import.noFeatures' } };
  }
  const features: unknown[] = doc.features;

  if (doc.scenario !== undefined) {
    const parsed = parseScenario(doc.scenario);
    if (!parsed.ok) {
      const error: Wording =
        parsed.newerVersion === undefined
          ? { key: 'import.invalidScenario', values: { field: parsed.field } }
          : { key: 'import.newerVersion', values: { version: parsed.newerVersion } };
      return { ok: false, error };
    }
    const scenario = parsed.scenario;
    const warnings = outsideWarnings(atlas, scenarioPositions(scenario, atlas));
    if (parsed.migrated) {
      warnings.unshift({ key: 'import.migrated' });
    }
    const fromFeatures = nodesFromFeatures(features, atlas);
    if (!fromFeatures.ok || !sameNodes(fromFeatures.nodes, scenario.nodes)) {
      warnings.unshift({ key: 'import.pointsDiffer' });
    }
    return { ok: true, scenario, warnings };
  }

  const fromFeatures = nodesFromFeatures(features, atlas);
  if (!fromFeatures.ok) return fromFeatures;
  const parsed = parseScenario({
    ...current,
    updatedAt: now.toISOString(),
    nodes: fromFeatures.nodes,
  });
  if (!parsed.ok) {
    return { ok: false, error: { key: 'import.invalidNodes', values: { field: parsed.field } } };
  }
  return { ok: true, scenario: parsed.scenario, warnings: fromFeatures.warnings };
}

type NodesFromFeatures =
  | { ok: true; nodes: ScenarioNodes; warnings: Wording[] }
  | { ok: false; error: Wording };

/** A point the file places: a feature of a plain collection, or a node of a stored scenario. */
type LocatedPoint = {
  place: { feature: number } | { node: 'concept' | 'candidate' };
  name: string;
  position: LonLat;
};

type PendingCandidate = { wantedId: string | undefined; name: string; position: LonLat };

function nodesFromFeatures(features: readonly unknown[], atlas: AtlasData): NodesFromFeatures {
  const maxFeatures = GROWTH_NODE_IDS.length + MAX_CANDIDATES;
  if (features.length > maxFeatures) {
    return {
      ok: false,
      error: {
        key: 'import.tooManyFeatures',
        values: {
          count: features.length,
          nodes: GROWTH_NODE_IDS.length,
          candidates: MAX_CANDIDATES,
        },
      },
    };
  }
  const byName = conceptNodesByName(atlas);
  const growthNodeIds: ReadonlySet<string> = new Set(GROWTH_NODE_IDS);
  const concept = new Map<string, { position: LonLat; feature: number }>();
  const pending: PendingCandidate[] = [];
  const stages = new Map<PendingCandidate | string, Stage>();
  const located: LocatedPoint[] = [];

  for (let i = 0; i < features.length; i++) {
    const at = { feature: i + 1 };
    const feature = features[i];
    if (!isRecord(feature) || feature.type !== 'Feature') {
      return { ok: false, error: { key: 'import.notAFeature', values: at } };
    }
    const position = pointPosition(feature.geometry);
    if (position === undefined) {
      return { ok: false, error: { key: 'import.notAPoint', values: at } };
    }
    const [lon, lat] = position;
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      return { ok: false, error: { key: 'import.badCoordinates', values: at } };
    }
    const properties = feature.properties;
    if (!isRecord(properties)) {
      return { ok: false, error: { key: 'import.noProperties', values: at } };
    }
    const name = typeof properties.name === 'string' ? cleanName(properties.name) : '';
    if (name === '') {
      return { ok: false, error: { key: 'import.noName', values: at } };
    }
    const stage = readStage(properties.stage);
    if (stage === 'invalid') {
      return { ok: false, error: { key: 'import.badStage', values: at } };
    }
    located.push({ place: at, name, position });

    const isCandidate = properties.candidate === true;
    const id = typeof properties.id === 'string' ? properties.id : undefined;
    const nodeId = isCandidate
      ? undefined
      : id !== undefined && growthNodeIds.has(id)
        ? id
        : byName.get(matchKey(name));
    if (nodeId !== undefined) {
      const earlier = concept.get(nodeId);
      if (earlier !== undefined) {
        return {
          ok: false,
          error: {
            key: 'import.duplicateNode',
            values: { ...at, name, node: nodeId, earlier: earlier.feature },
          },
        };
      }
      concept.set(nodeId, { position, feature: i + 1 });
      if (stage !== undefined) stages.set(nodeId, stage);
    } else {
      const candidate = { wantedId: id, name, position };
      pending.push(candidate);
      if (stage !== undefined) stages.set(candidate, stage);
    }
  }

  const settlements = growthNodePositions(atlas);
  const moved: Record<string, LonLat> = {};
  for (const [id, { position }] of concept) {
    const home = settlements.get(id);
    if (home === undefined || home[0] !== position[0] || home[1] !== position[1]) {
      moved[id] = position;
    }
  }
  const candidates = assignCandidateIds(pending, atlas);
  const stageRecord: Record<string, Stage> = {};
  for (const [key, stage] of stages) {
    const id = typeof key === 'string' ? key : candidates.get(key)?.id;
    if (id !== undefined) stageRecord[id] = stage;
  }

  const warnings = outsideWarnings(atlas, located);
  if (concept.size === 0) {
    warnings.unshift({ key: 'import.noConceptNode', values: { count: GROWTH_NODE_IDS.length } });
  }
  return {
    ok: true,
    nodes: {
      moved,
      removed: GROWTH_NODE_IDS.filter((id) => !concept.has(id)),
      stages: stageRecord,
      candidates: [...candidates.values()],
    },
    warnings,
  };
}

/** Keeps a file's `candidate-<n>` ids where they are unique; numbers the others after them. */
function assignCandidateIds(
  pending: readonly PendingCandidate[],
  atlas: AtlasData,
): Map<PendingCandidate, CandidateNode> {
  const used = new Set<string>();
  const kept = new Map<PendingCandidate, string>();
  let next = 1;
  for (const candidate of pending) {
    const id = candidate.wantedId;
    if (id !== undefined && /^candidate-\d{1,9}$/.test(id) && !used.has(id)) {
      used.add(id);
      kept.set(candidate, id);
      next = Math.max(next, Number(id.slice('candidate-'.length)) + 1);
    }
  }
  const out = new Map<PendingCandidate, CandidateNode>();
  for (const candidate of pending) {
    let id = kept.get(candidate);
    if (id === undefined) {
      id = `candidate-${next}`;
      next += 1;
    }
    out.set(candidate, {
      id,
      name: candidate.name,
      position: candidate.position,
      region: regionOfPoint(atlas, candidate.position),
    });
  }
  return out;
}

function pointPosition(geometry: unknown): LonLat | undefined {
  if (!isRecord(geometry) || geometry.type !== 'Point') return undefined;
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length < 2 || coordinates.length > 3) {
    return undefined;
  }
  const [lon, lat] = coordinates;
  if (typeof lon !== 'number' || typeof lat !== 'number') return undefined;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  return [lon, lat];
}

/** A stage 1–3 (numbers or digit strings, as spreadsheets write them), undefined when empty. */
function readStage(value: unknown): Stage | undefined | 'invalid' {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value.trim()) : value;
  return number === 1 || number === 2 || number === 3 ? number : 'invalid';
}

/** A name from a file as plain text: no control characters, trimmed, at most 200 characters. */
function cleanName(raw: string): string {
  let name = plainText(raw);
  if (name.length > MAX_NAME_LENGTH) {
    name = name.slice(0, MAX_NAME_LENGTH);
    const last = name.charCodeAt(name.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) name = name.slice(0, -1);
    name = name.trim();
  }
  return name;
}

/** "Kara-Balta", "kara balta" and "КАРА–БАЛТА" compare alike. */
function matchKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-‐‑‒–—―−_'’ʼ`.]/g, '');
}

function conceptNodesByName(atlas: AtlasData): Map<string, string> {
  const byName = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const node of atlas.growthNodes.nodes) {
    for (const name of [node.name.en, node.name.ru, node.name.ky, ...(node.altNames ?? [])]) {
      const key = matchKey(name);
      const known = byName.get(key);
      if (known !== undefined && known !== node.id) ambiguous.add(key);
      byName.set(key, node.id);
    }
  }
  for (const key of ambiguous) byName.delete(key);
  return byName;
}

function scenarioPositions(scenario: Scenario, atlas: AtlasData): LocatedPoint[] {
  const collection = exportScenarioGeoJSON(scenario, atlas);
  return collection.features.map((f) => {
    const [lon = 0, lat = 0] = f.geometry.coordinates;
    const node = f.properties.candidate ? 'candidate' : 'concept';
    return { place: { node }, name: f.properties.name, position: [lon, lat] };
  });
}

/** Whether two sets of nodes draw the same points (what a removed node keeps cannot be drawn). */
function sameNodes(a: ScenarioNodes, b: ScenarioNodes): boolean {
  const canonical = (nodes: ScenarioNodes) => {
    const removed = new Set(nodes.removed);
    const shown = ([id]: [string, unknown]) => !removed.has(id);
    const byId = ([x]: [string, unknown], [y]: [string, unknown]) => (x < y ? -1 : 1);
    return JSON.stringify([
      Object.entries(nodes.moved).filter(shown).sort(byId),
      [...removed].sort(),
      Object.entries(nodes.stages).filter(shown).sort(byId),
      nodes.candidates.map((c) => [c.id, c.name, c.position]),
    ]);
  };
  return canonical(a) === canonical(b);
}

function outsideWarnings(atlas: AtlasData, points: readonly LocatedPoint[]): Wording[] {
  const outside = points.filter((p) => !insideCountry(atlas, p.position));
  const warnings = outside
    .slice(0, MAX_LISTED_WARNINGS)
    .map(({ place, name, position }): Wording => {
      // Coordinates are written as the file has them (a dot, no grouping), in every language.
      const values = { name, position: `${position[0]}, ${position[1]}` };
      if ('feature' in place) {
        return { key: 'import.outsideFeature', values: { ...values, feature: place.feature } };
      }
      return {
        key: place.node === 'candidate' ? 'import.outsideCandidate' : 'import.outsideNode',
        values,
      };
    });
  if (outside.length > MAX_LISTED_WARNINGS) {
    warnings.push({
      key: 'import.moreOutside',
      values: { count: outside.length - MAX_LISTED_WARNINGS },
    });
  }
  return warnings;
}

/** Inside the country polygon, or within 5 km of its outline. */
function insideCountry(atlas: AtlasData, position: LonLat): boolean {
  const country = atlas.country.features[0];
  if (country === undefined) return true;
  if (booleanPointInPolygon(position, country.geometry)) return true;
  const polygons =
    country.geometry.type === 'Polygon'
      ? [country.geometry.coordinates]
      : country.geometry.coordinates;
  // Equirectangular distances around the point: ample for a 5 km tolerance.
  const kmPerLon = 111.32 * Math.cos((position[1] * Math.PI) / 180);
  const kmPerLat = 110.57;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1];
        const b = ring[i];
        if (a === undefined || b === undefined) continue;
        const ax = (a[0] - position[0]) * kmPerLon;
        const ay = (a[1] - position[1]) * kmPerLat;
        const bx = (b[0] - position[0]) * kmPerLon;
        const by = (b[1] - position[1]) * kmPerLat;
        if (segmentDistanceToOrigin(ax, ay, bx, by) <= OUTSIDE_TOLERANCE_KM) return true;
      }
    }
  }
  return false;
}

function segmentDistanceToOrigin(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

function point(
  position: LonLat,
  properties: ScenarioNodeProperties,
): Feature<Point, ScenarioNodeProperties> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [position[0], position[1]] },
    properties,
  };
}
