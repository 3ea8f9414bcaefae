// parseAtlasData accepts the committed geodata and rejects broken files with a message naming them.
import { describe, expect, it } from 'vitest';
import {
  ATLAS_FILE_KEYS,
  ATLAS_FILES,
  type AtlasFileKey,
  parseAtlasData,
} from '../../../src/data/atlas';
import { geodataFileExists, readGeodata } from '../../helpers/read-geodata';

/** A deep copy of the geodata, with files not yet produced replaced by empty collections. */
function baseline(): Record<AtlasFileKey, unknown> {
  return structuredClone(readGeodata({ substituteMissing: true }));
}

// biome-ignore lint/suspicious/noExplicitAny: tests reach into raw JSON to break it on purpose.
type Raw = any;

function parseError(files: Record<AtlasFileKey, unknown>): string {
  try {
    parseAtlasData(files);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('parseAtlasData accepted malformed data');
}

describe('ATLAS_FILES', () => {
  it.each(ATLAS_FILE_KEYS)('%s exists under geodata/', (key) => {
    expect(geodataFileExists(key), `geodata/${ATLAS_FILES[key]}`).toBe(true);
  });
});

describe('parseAtlasData', () => {
  it('accepts the committed geodata', () => {
    const atlas = parseAtlasData(readGeodata());
    expect(atlas.growthNodes.nodes).toHaveLength(20);
    expect(atlas.regions.regions).toHaveLength(9);
    expect(atlas.oblasts.features).toHaveLength(8);
  });

  it('accepts the baseline used by the rejection tests', () => {
    expect(() => parseAtlasData(baseline())).not.toThrow();
  });

  it('rejects a growth node with an unknown region, naming the file and node', () => {
    const files = baseline();
    (files.growthNodes as Raw).nodes[3].region = 'fergana';
    const message = parseError(files);
    expect(message).toContain('geodata/concept/growth-nodes.json');
    expect(message).toContain('nodes[3] (id "balykchy").region');
  });

  it('rejects a growth node without a settlement', () => {
    const files = baseline();
    const settlements = files.settlements as Raw;
    settlements.features = settlements.features.filter((f: Raw) => f.properties.id !== 'sary-tash');
    const message = parseError(files);
    expect(message).toContain('geodata/concept/growth-nodes.json nodes[14] (id "sary-tash")');
    expect(message).toContain('no settlement with id "sary-tash"');
  });

  it('rejects a settlement placed in another region than its growth node', () => {
    const files = baseline();
    const kerben = (files.settlements as Raw).features.find(
      (f: Raw) => f.properties.id === 'kerben',
    );
    kerben.properties.region = 'talas';
    expect(parseError(files)).toMatch(
      /settlements\.geojson feature \(id "kerben"\): region "talas"/,
    );
  });

  it('rejects a cluster naming a region that does not exist', () => {
    const files = baseline();
    (files.clusters as Raw).clusters[2].regions.push('issyk-ata');
    const message = parseError(files);
    expect(message).toContain(
      'geodata/concept/clusters.json clusters[2] (id "tourism").regions[1]',
    );
  });

  it('rejects a zone whose neighbour has no border line', () => {
    const files = baseline();
    const lines = files.borderLines as Raw;
    lines.features = lines.features.filter((f: Raw) => f.properties.neighbour !== 'CN');
    expect(parseError(files)).toContain(
      'geodata/concept/zones.json influence.zones[3] (id "cn"): no border line for "CN"',
    );
  });

  it('rejects a logistics centre whose node is in none of its region sections', () => {
    const files = baseline();
    (files.logisticsCentres as Raw).centres[0].regionSections = ['naryn'];
    expect(parseError(files)).toContain(
      'geodata/concept/logistics-centres.json centres[0] (id "balykchy"): regionSections',
    );
  });

  it('rejects a region that lost its polygon', () => {
    const files = baseline();
    const oblasts = files.oblasts as Raw;
    oblasts.features = oblasts.features.filter((f: Raw) => f.properties.region !== 'talas');
    expect(parseError(files)).toContain('regions.json regions[5] (id "talas"): expected 1 polygon');
  });

  it('rejects duplicate ids and missing translations', () => {
    const files = baseline();
    const nodes = (files.growthNodes as Raw).nodes;
    nodes[5].id = 'naryn';
    nodes[6].name.ru = ' ';
    const message = parseError(files);
    expect(message).toContain('nodes[5] (id "naryn"): duplicate growth node id "naryn"');
    expect(message).toContain('nodes[6] (id "tokmok").name.ru');
  });

  it('rejects a Table 1 row with a missing value', () => {
    const files = baseline();
    delete (files.indicators as Raw).table1.regions[0].values.grp['2018'];
    expect(parseError(files)).toContain(
      'geodata/concept/indicators.json table1.regions[0] (region "batken").values.grp.2018',
    );
  });

  it('rejects a file that is not there at all', () => {
    const files = baseline();
    files.zones = undefined;
    expect(parseError(files)).toContain('geodata/concept/zones.json (whole file)');
  });
});
