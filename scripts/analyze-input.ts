// Reads the analysis input from the committed geodata/ files (Node: CLI, benchmark, tests).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type AnalysisAtlas,
  analysisInputFromAtlas,
} from '../src/analysis/analysis-input-from-atlas';
import type { AnalysisInput } from '../src/analysis/types';
import { ATLAS_FILES, ATLAS_SCHEMAS } from '../src/data/atlas';

const GEODATA = fileURLToPath(new URL('../geodata/', import.meta.url));
const KEYS = ['country', 'oblasts', 'borderLines', 'settlements', 'growthNodes', 'zones'] as const;

/** Validates the six files the analysis needs with their own schemas and builds the input. */
export function readAnalysisInput(geodataDir = GEODATA): AnalysisInput {
  const atlas = Object.fromEntries(
    KEYS.map((key) => {
      const raw: unknown = JSON.parse(readFileSync(`${geodataDir}/${ATLAS_FILES[key]}`, 'utf8'));
      return [key, ATLAS_SCHEMAS[key].parse(raw)];
    }),
  ) as AnalysisAtlas;
  return analysisInputFromAtlas(atlas);
}
