// Reads the analysis input from the committed geodata/ files (Node: CLI, benchmark, tests).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type AnalysisAtlas,
  analysisInputFromAtlas,
} from '../src/analysis/analysis-input-from-atlas';
import type { AnalysisInput, AnalysisResult } from '../src/analysis/types';
import {
  ATLAS_FILE_KEYS,
  ATLAS_FILES,
  ATLAS_SCHEMAS,
  type AtlasData,
  type AtlasFileKey,
  parseAtlasData,
} from '../src/data/atlas';
import { nodeLabels } from '../src/export/analysis-export';
import { analysisGeoPackageLayers } from '../src/export/analysis-geopackage';
import {
  type PlanningAtlas,
  planningInputFromAtlas,
} from '../src/planning/planning-input-from-atlas';
import type { PlanningInput } from '../src/planning/planning-session';
import { writeGeoPackage } from '../src/user-data/geopackage/write-geopackage';

const GEODATA = fileURLToPath(new URL('../geodata/', import.meta.url));
const KEYS = ['country', 'oblasts', 'borderLines', 'settlements', 'growthNodes', 'zones'] as const;

/** One geodata file validated with its own schema. */
function readAtlasFile<K extends AtlasFileKey>(geodataDir: string, key: K): AtlasData[K] {
  const raw: unknown = JSON.parse(readFileSync(`${geodataDir}/${ATLAS_FILES[key]}`, 'utf8'));
  return ATLAS_SCHEMAS[key].parse(raw) as AtlasData[K];
}

/**
 * Validates the six files the analysis needs with their own schemas and builds the input, on the
 * listed settlements or on the given population base (`--settlements`).
 */
export function readAnalysisInput(
  geodataDir = GEODATA,
  settlements?: AnalysisInput['settlements'],
): AnalysisInput {
  const atlas = Object.fromEntries(
    KEYS.map((key) => [key, readAtlasFile(geodataDir, key)]),
  ) as AnalysisAtlas;
  return analysisInputFromAtlas(atlas, settlements);
}

/** The whole validated atlas: the names and regions a settlement table is matched against. */
export function readAtlas(geodataDir = GEODATA): AtlasData {
  return parseAtlasData(
    Object.fromEntries(
      ATLAS_FILE_KEYS.map((key) => [
        key,
        JSON.parse(readFileSync(`${geodataDir}/${ATLAS_FILES[key]}`, 'utf8')),
      ]),
    ) as Record<AtlasFileKey, unknown>,
  );
}

/** The planning input (analysis input, own-programme nodes, neighbours' cities) from geodata/. */
export function readPlanningInput(geodataDir = GEODATA): PlanningInput {
  const atlas = Object.fromEntries(
    [...KEYS, 'foreignCities' as const].map((key) => [key, readAtlasFile(geodataDir, key)]),
  ) as PlanningAtlas;
  return planningInputFromAtlas(atlas);
}

/** English names of the listed settlements and the foreign cities, by id. */
export function readEnglishNames(geodataDir = GEODATA): Map<string, string> {
  const settlements = readAtlasFile(geodataDir, 'settlements');
  const cities = readAtlasFile(geodataDir, 'foreignCities');
  return new Map(
    [...settlements.features, ...cities.features].map((f) => [
      f.properties.id,
      f.properties.name.en,
    ]),
  );
}

/**
 * The app's "Analysis (GeoPackage)" file of `result`, names in English: the whole atlas is read
 * and checked as the app does, for the names of nodes, regions, zones and settlements.
 */
export function analysisGeoPackage(
  result: AnalysisResult,
  geodataDir = GEODATA,
): Promise<Uint8Array> {
  const atlas = parseAtlasData(
    Object.fromEntries(
      ATLAS_FILE_KEYS.map((key) => [
        key,
        JSON.parse(readFileSync(`${geodataDir}/${ATLAS_FILES[key]}`, 'utf8')) as unknown,
      ]),
    ) as Record<AtlasFileKey, unknown>,
  );
  const noEdits = { moved: {}, removed: [], stages: {}, candidates: [] };
  const label = nodeLabels(atlas.growthNodes.nodes, noEdits, 'en');
  return writeGeoPackage(analysisGeoPackageLayers(result, label, atlas, 'en'));
}
