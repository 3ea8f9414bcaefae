// Bytes to text: UTF-8 (its BOM dropped), or Windows-1251 when the bytes are not UTF-8 — what
// Excel and older GIS tools write on a Russian or Kyrgyz Windows.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1251 = new TextDecoder('windows-1251');

export function decodeText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return cp1251.decode(bytes);
  }
}
