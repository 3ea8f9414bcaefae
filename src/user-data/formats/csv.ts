// CSV and TSV: the delimiter sniffed among `,` `;` tab `|`, a BOM dropped, the first row the header.
import Papa from 'papaparse';
import type { ReaderInput } from '../reader';
import { Refusal } from '../refusal';
import { tablePart } from '../table-part';
import { decodeText } from '../text';
import type { ParsedPart } from '../types';

export async function readCsv({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new Refusal('emptyFile');
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: 'greedy',
    // One row past the limit is enough to refuse the file.
    preview: maxFeatures + 2,
  });
  const delimiter = parsed.meta.delimiter;
  return [tablePart(fileName, parsed.data, maxFeatures, { decimalComma: delimiter !== ',' })];
}
