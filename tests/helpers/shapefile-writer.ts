// A minimal point-shapefile writer for the tests (ESRI Shapefile Technical Description, 1998):
// .shp and .shx with Point records (null when a point is undefined), a .dbf of text and integer
// fields in the code page the test chooses. Independent of the reader under test.

export interface DbfField {
  name: string;
  type: 'C' | 'N';
  length: number;
}

export function pointShp(points: readonly ([number, number] | undefined)[]): {
  shp: Uint8Array;
  shx: Uint8Array;
} {
  const contentWords = (point: unknown) => (point ? 10 : 2);
  const shpBytes = 100 + points.reduce((sum, p) => sum + 8 + contentWords(p) * 2, 0);
  const shp = new DataView(new ArrayBuffer(shpBytes));
  const shx = new DataView(new ArrayBuffer(100 + 8 * points.length));
  for (const [view, bytes] of [
    [shp, shpBytes],
    [shx, 100 + 8 * points.length],
  ] as const) {
    view.setInt32(0, 9994);
    view.setInt32(24, bytes / 2);
    view.setInt32(28, 1000, true);
    view.setInt32(32, 1, true);
    const xs = points.filter((p) => p).map((p) => p?.[0] ?? 0);
    const ys = points.filter((p) => p).map((p) => p?.[1] ?? 0);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => {
      view.setFloat64(36 + 8 * i, v, true);
    });
  }
  let offset = 100;
  points.forEach((point, index) => {
    const words = contentWords(point);
    shx.setInt32(100 + 8 * index, offset / 2);
    shx.setInt32(104 + 8 * index, words);
    shp.setInt32(offset, index + 1);
    shp.setInt32(offset + 4, words);
    shp.setInt32(offset + 8, point ? 1 : 0, true);
    if (point) {
      shp.setFloat64(offset + 12, point[0], true);
      shp.setFloat64(offset + 20, point[1], true);
    }
    offset += 8 + words * 2;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

export function dbf(
  fields: readonly DbfField[],
  rows: readonly (readonly (string | number)[])[],
  encode: (text: string) => Uint8Array,
  codePageByte = 0,
): Uint8Array {
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, f) => sum + f.length, 0);
  const bytes = new Uint8Array(headerLength + recordLength * rows.length + 1).fill(
    0x20,
    headerLength,
  );
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x03;
  bytes.set([124, 1, 1], 1);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  bytes[29] = codePageByte;
  fields.forEach((field, i) => {
    const at = 32 + 32 * i;
    bytes.fill(0, at, at + 32);
    bytes.set(encode(field.name).subarray(0, 10), at);
    bytes[at + 11] = field.type.charCodeAt(0);
    bytes[at + 16] = field.length;
  });
  bytes[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength + 1;
    fields.forEach((field, i) => {
      const text = String(row[i] ?? '');
      const cell = encode(field.type === 'N' ? text.padStart(field.length) : text).subarray(
        0,
        field.length,
      );
      bytes.set(cell, at);
      at += field.length;
    });
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}

/** Windows-1251 for the Russian alphabet and ASCII (enough for the tests' names). */
export function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    throw new Error(`not in cp1251 here: ${char}`);
  });
}
