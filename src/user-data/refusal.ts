// A reader refuses a file by throwing a Refusal; parseFile turns it into the outcome's problem.
import type { ImportProblem } from './types';

export class Refusal extends Error {
  readonly problem: ImportProblem;

  constructor(key: string, values?: Record<string, string | number>) {
    super(key);
    this.problem = values ? { key, values } : { key };
  }
}

/** Refuses a file with more features or rows than the atlas takes. */
export function checkFeatureCount(count: number, limit: number): void {
  if (count > limit) throw new Refusal('tooManyFeatures', { count, limit });
}
