import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/user-data/parse-file';
import { problemOf } from './helpers';

/** A zip whose directory says its one entry unpacks to `size` bytes (a bomb's claim). */
function claimingSize(name: string, size: number): Uint8Array {
  const zip = zipSync({ [name]: new Uint8Array(10) }, { level: 0 });
  const view = new DataView(zip.buffer);
  // The central directory header (PK\1\2) holds the uncompressed size at offset 24.
  for (let at = 0; at < zip.length - 4; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return zip;
}

describe('parseFile: zips that would unpack too large', () => {
  it.each(['w.zip', 'a.kmz', 'book.xlsx'])(
    'refuses %s from its directory alone',
    async (fileName) => {
      const entry = fileName.endsWith('xlsx')
        ? 'xl/workbook.xml'
        : fileName.endsWith('kmz')
          ? 'doc.kml'
          : 'w.shp';
      const problem = problemOf(await parseFile(fileName, claimingSize(entry, 600 * 1024 * 1024)));
      expect(problem).toEqual({ key: 'zipTooBig', values: { file: fileName, limit: 500 } });
    },
  );
});
