// What the atlas refuses before parsing: files it could not hold in the page without freezing it.
import type { ImportProblem } from './types';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Files with more features or rows than this are refused (a 250 000-point layer still draws). */
export const MAX_FEATURES = 250_000;

/** The size problem, in megabytes rounded up so "50.1 MB" never reads as "50 MB". */
export function tooBig(bytes: number, maxBytes: number): ImportProblem {
  const megabytes = (n: number) => Math.ceil((n / 1024 / 1024) * 10) / 10;
  return { key: 'tooBig', values: { size: megabytes(bytes), limit: megabytes(maxBytes) } };
}
