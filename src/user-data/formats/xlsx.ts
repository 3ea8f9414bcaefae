// XLSX through read-excel-file (fflate and a SAX parser: no DOM, so it runs in the worker):
// every sheet that holds cells is a part, read like a CSV (coordinate columns → layer, else table).
import readXlsxFile from 'read-excel-file/universal';
import type { ReaderInput } from '../reader';
import { Refusal } from '../refusal';
import { tablePart } from '../table-part';
import type { ParsedPart } from '../types';
import { checkUnzippedSize } from '../zip';

export async function readXlsx({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  // read-excel-file unpacks the whole workbook: a zip bomb is refused from its directory first.
  checkUnzippedSize(bytes);
  const sheets = (await readXlsxFile(bytes.slice().buffer)).filter(({ data }) =>
    data.some((row) => row.some((cell) => cell !== null && cell !== '')),
  );
  if (sheets.length === 0) throw new Refusal('emptyWorkbook');
  return sheets.map(({ sheet, data }) =>
    tablePart(sheets.length === 1 ? fileName : `${fileName} · ${sheet}`, data, maxFeatures, {
      // A cell typed as text by hand ("42,87") is read as a number, as a `;` CSV's would be.
      decimalComma: true,
    }),
  );
}
