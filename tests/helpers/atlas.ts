// The real, validated atlas read from geodata/ on disk, shared by unit and component tests.
import { type AtlasData, parseAtlasData } from '../../src/data/atlas';
import { readGeodata } from './read-geodata';

let cached: AtlasData | undefined;

export function realAtlas(): AtlasData {
  cached ??= parseAtlasData(readGeodata());
  return cached;
}
