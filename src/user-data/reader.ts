// What every format's reader takes and gives: the file, the feature limit; its parts, or a Refusal.
import type { ParsedPart } from './types';

export interface ReaderInput {
  fileName: string;
  bytes: Uint8Array;
  maxFeatures: number;
}

export type FormatReader = (input: ReaderInput) => Promise<ParsedPart[]>;
