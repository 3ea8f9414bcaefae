/**
 * The portable atlas's glyphs: the PBF ranges of public/glyphs carried in the page as base64
 * (a page opened from a file cannot fetch them), served to MapLibre through a protocol of its own.
 */
import * as maplibregl from 'maplibre-gl';
import { EMBEDDED_BLOCK, embeddedJson } from '../platform/embedded-blocks';

const PROTOCOL = 'embedded-glyphs';

function bytesOf(base64: string): ArrayBuffer {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes.buffer;
}

let registered = false;

/** Registers the protocol (once) and returns the glyph URL template MapLibre's style takes. */
export function embeddedGlyphsUrl(): string {
  if (!registered) {
    const ranges = embeddedJson(EMBEDDED_BLOCK.glyphs) as Record<string, string>;
    maplibregl.addProtocol(PROTOCOL, async ({ url }) => {
      // "embedded-glyphs://Noto%20Sans%20Bold/0-255.pbf" → "Noto Sans Bold/0-255.pbf"
      const path = decodeURIComponent(url.slice(`${PROTOCOL}://`.length));
      const range = Object.hasOwn(ranges, path) ? ranges[path] : undefined;
      // A range the page does not carry has no glyph in our fonts: an empty PBF draws nothing.
      return { data: range ? bytesOf(range) : new ArrayBuffer(0) };
    });
    registered = true;
  }
  return `${PROTOCOL}://{fontstack}/{range}.pbf`;
}
