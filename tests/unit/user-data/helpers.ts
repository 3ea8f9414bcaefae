// Small helpers of the import tests: text to bytes, and the one part of a successful outcome.
import { expect } from 'vitest';
import type { ImportOutcome, ParsedLayer, ParsedTable } from '../../../src/user-data/types';

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

export function layerOf(outcome: ImportOutcome, index = 0): ParsedLayer {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problem)}`);
  const part = outcome.parts[index];
  expect(part?.kind).toBe('features');
  return part as ParsedLayer;
}

export function tableOf(outcome: ImportOutcome): ParsedTable {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problem)}`);
  const part = outcome.parts[0];
  expect(part?.kind).toBe('table');
  return part as ParsedTable;
}

export function problemOf(outcome: ImportOutcome) {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.problem;
}
