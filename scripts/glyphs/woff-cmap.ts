/**
 * Minimal WOFF 1.0 reader: returns the set of Unicode codepoints a font file maps in its `cmap`
 * table, so the glyph build only emits codepoints the font really has (never a browser fallback).
 *
 * WOFF 1.0 tables are zlib-compressed individually, which Node's built-in zlib can inflate; no
 * native addon or WOFF2 (Brotli + transform) decoder is needed.
 */
import { inflateSync } from 'node:zlib';

function readTable(buf: Buffer, tag: string): Buffer | null {
  if (buf.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const numTables = buf.readUInt16BE(12);
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    if (buf.toString('latin1', entry, entry + 4) !== tag) continue;
    const offset = buf.readUInt32BE(entry + 4);
    const compLength = buf.readUInt32BE(entry + 8);
    const origLength = buf.readUInt32BE(entry + 12);
    const raw = buf.subarray(offset, offset + compLength);
    return compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
  }
  return null;
}

function readFormat4(t: Buffer, off: number, out: Set<number>): void {
  const segCountX2 = t.readUInt16BE(off + 6);
  const endCodes = off + 14;
  const startCodes = endCodes + segCountX2 + 2;
  const idDeltas = startCodes + segCountX2;
  const idRangeOffsets = idDeltas + segCountX2;
  for (let s = 0; s < segCountX2; s += 2) {
    const end = t.readUInt16BE(endCodes + s);
    const start = t.readUInt16BE(startCodes + s);
    const delta = t.readUInt16BE(idDeltas + s);
    const rangeOffset = t.readUInt16BE(idRangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const addr = idRangeOffsets + s + rangeOffset + (c - start) * 2;
        const g = t.readUInt16BE(addr);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) out.add(c);
    }
  }
}

function readFormat12(t: Buffer, off: number, out: Set<number>): void {
  const nGroups = t.readUInt32BE(off + 12);
  for (let i = 0; i < nGroups; i++) {
    const g = off + 16 + i * 12;
    const start = t.readUInt32BE(g);
    const end = t.readUInt32BE(g + 4);
    const startGlyph = t.readUInt32BE(g + 8);
    for (let c = start; c <= end; c++) {
      if (startGlyph + (c - start) !== 0) out.add(c);
    }
  }
}

/** Codepoints mapped to a non-.notdef glyph by the font's Unicode cmap subtable. */
export function woffCodepoints(woff: Buffer): Set<number> {
  const cmap = readTable(woff, 'cmap');
  if (!cmap) throw new Error('font has no cmap table');
  const numSubtables = cmap.readUInt16BE(2);
  let best: { offset: number; format: number; score: number } | null = null;
  for (let i = 0; i < numSubtables; i++) {
    const rec = 4 + i * 8;
    const platform = cmap.readUInt16BE(rec);
    const encoding = cmap.readUInt16BE(rec + 2);
    const offset = cmap.readUInt32BE(rec + 4);
    const format = cmap.readUInt16BE(offset);
    let score = 0;
    if (format === 12 && (platform === 3 || platform === 0)) score = 3;
    else if (format === 4 && platform === 3 && encoding === 1) score = 2;
    else if (format === 4 && platform === 0) score = 1;
    if (score > (best?.score ?? 0)) best = { offset, format, score };
  }
  if (!best) throw new Error('font has no Unicode cmap subtable (format 4 or 12)');
  const out = new Set<number>();
  if (best.format === 12) readFormat12(cmap, best.offset, out);
  else readFormat4(cmap, best.offset, out);
  return out;
}

/** Parses a CSS `unicode-range` value such as `U+0000-00FF,U+0131,U+02??`. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const p = part.trim().replace(/^U\+/i, '');
    if (p.includes('?')) {
      return [
        Number.parseInt(p.replace(/\?/g, '0'), 16),
        Number.parseInt(p.replace(/\?/g, 'F'), 16),
      ];
    }
    const [a, b] = p.split('-');
    const start = Number.parseInt(a ?? '', 16);
    return [start, b ? Number.parseInt(b, 16) : start];
  });
}
