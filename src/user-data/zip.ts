// The entries of a zip the readers want (a KMZ's .kml, a shapefile's parts), unpacked only when
// their declared sizes stay under the limit, macOS's resource forks left out.
import { unzipSync } from 'fflate';
import { MAX_UNZIPPED_BYTES } from './limits';
import { Refusal } from './refusal';

export function unzipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
): Record<string, Uint8Array> {
  let total = 0;
  const entries = unzipSync(bytes, {
    filter: (file) => {
      // Every entry counts, wanted or not: the whole archive is what a bomb inflates.
      total += file.originalSize;
      if (total > MAX_UNZIPPED_BYTES) {
        throw new Refusal('zipTooBig', { limit: MAX_UNZIPPED_BYTES / 1024 / 1024 });
      }
      return !file.name.startsWith('__MACOSX/') && !file.name.endsWith('/') && wanted(file.name);
    },
  });
  return entries;
}

/** Refuses a zip whose entries would unpack past the limit, reading only its directory. */
export function checkUnzippedSize(bytes: Uint8Array): void {
  unzipEntries(bytes, () => false);
}

/** An entry's name without its folders and extension, and its extension in lower case. */
export function splitName(path: string): { base: string; extension: string } {
  const dot = path.lastIndexOf('.');
  return dot === -1
    ? { base: path, extension: '' }
    : { base: path.slice(0, dot), extension: path.slice(dot + 1).toLowerCase() };
}
