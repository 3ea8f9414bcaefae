// fetchAtlas fetches every geodata asset URL and returns validated data (fetch stubbed from disk).
import { describe, expect, it } from 'vitest';
import { ATLAS_FILE_KEYS } from '../../../src/data/atlas';
import { ATLAS_URLS, fetchAtlas } from '../../../src/data/fetch-atlas';
import { fetchGeodataFromDisk } from '../../helpers/read-geodata';

describe('fetchAtlas', () => {
  it('has an asset URL for every file', () => {
    for (const key of ATLAS_FILE_KEYS) expect(ATLAS_URLS[key]).toMatch(/\.(geo)?json/);
  });

  it('loads and validates all files', async () => {
    const requested: string[] = [];
    const atlas = await fetchAtlas(undefined, async (input, init) => {
      requested.push(String(input));
      return fetchGeodataFromDisk(input, init);
    });
    expect(requested).toHaveLength(ATLAS_FILE_KEYS.length);
    expect(atlas.growthNodes.nodes).toHaveLength(20);
  });

  it('names the file when a request fails', async () => {
    const notFound: typeof fetch = async () => new Response('', { status: 404 });
    await expect(fetchAtlas(undefined, notFound)).rejects.toThrow(
      /geodata\/boundaries\/country\.geojson: HTTP 404/,
    );
  });
});
