// KML, KMZ and GPX through @tmcw/togeojson, on @xmldom/xmldom (a worker has no DOMParser): one
// layer per file; 3D coordinates are cut to 2D with the rest of the features' geometry.
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { featureLayer, type RawFeature } from '../feature-layer';
import type { ReaderInput } from '../reader';
import { Refusal } from '../refusal';
import { decodeText } from '../text';
import type { ParsedPart } from '../types';
import { splitName, unzipEntries } from '../zip';

type Converter = typeof kml;

export async function readKml({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  return [xmlLayer(fileName, decodeText(bytes), kml, maxFeatures)];
}

export async function readGpx({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  return [xmlLayer(fileName, decodeText(bytes), gpx, maxFeatures)];
}

/** A KMZ: its doc.kml, or else its first .kml. */
export async function readKmz({
  fileName,
  bytes,
  maxFeatures,
}: ReaderInput): Promise<ParsedPart[]> {
  const entries = unzipEntries(bytes, (name) => splitName(name).extension === 'kml');
  const names = Object.keys(entries);
  const main = names.find((name) => name.toLowerCase() === 'doc.kml') ?? names[0];
  const entry = main === undefined ? undefined : entries[main];
  if (!entry) throw new Refusal('kmzWithoutKml');
  return [xmlLayer(fileName, decodeText(entry), kml, maxFeatures)];
}

function xmlLayer(fileName: string, text: string, convert: Converter, maxFeatures: number) {
  const features = convert(parseXml(text) as unknown as Parameters<Converter>[0]).features;
  // Per-vertex times and heart rates of a GPX track are not properties anyone reads as text.
  const raw: RawFeature[] = features.map(({ geometry, properties }) => {
    const { coordinateProperties: _perVertex, ...rest } = properties ?? {};
    return { geometry, properties: Object.fromEntries(Object.entries(rest).map(unwrapHtml)) };
  });
  return featureLayer(fileName, raw, maxFeatures);
}

/** togeojson marks a CDATA description as `{ "@type": "html", value }`: the atlas keeps its text. */
function unwrapHtml([key, value]: [string, unknown]): [string, unknown] {
  const wrapped = value as { '@type'?: unknown; value?: unknown } | null;
  const isWrapped = typeof wrapped === 'object' && wrapped?.['@type'] === 'html';
  return [key, isWrapped && typeof wrapped.value === 'string' ? wrapped.value : value];
}

/** The XML document; badly formed XML (xmldom's errors, not only its fatal ones) is refused. */
function parseXml(text: string) {
  const parser = new DOMParser({
    onError: (level) => {
      if (level !== 'warning') throw new Refusal('invalidXml');
    },
  });
  try {
    return parser.parseFromString(text, 'text/xml');
  } catch {
    throw new Refusal('invalidXml');
  }
}
