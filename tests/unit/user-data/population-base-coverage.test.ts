// A settlement table changes the coverage figures by exactly the people it adds or changes,
// computed here from the table and the geodata, not from the engine's own output.
import { describe, expect, it } from 'vitest';
import { analysisInputFromAtlas } from '../../../src/analysis/analysis-input-from-atlas';
import { createAnalysisSession } from '../../../src/analysis/analysis-session';
import { loadGeos } from '../../../src/analysis/geos';
import type { AnalysisInput } from '../../../src/analysis/types';
import { settlementTable } from '../../../src/user-data/settlement-table';
import type { ParsedLayer, ParsedTable } from '../../../src/user-data/types';
import { realAtlas } from '../../helpers/atlas';
import { greatCircleKm } from '../analysis/analysis-test-kit';

const atlas = realAtlas();
const RADIUS_KM = 50;

async function coverageOn(settlements?: AnalysisInput['settlements']) {
  const session = createAnalysisSession(
    await loadGeos(),
    analysisInputFromAtlas(atlas, settlements),
  );
  try {
    return session.run({ method: 'radius', radiusKm: RADIUS_KM }).coverage;
  } finally {
    session.dispose();
  }
}

const listed = (id: string) => {
  const feature = atlas.settlements.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(id);
  return feature;
};

describe('a settlement table as the population base', () => {
  it('doubling Tokmok’s population adds exactly that population to the Tokmok catchment', async () => {
    const tokmok = listed('tokmok');
    const people = tokmok.properties.population ?? 0;
    const part: ParsedTable = {
      kind: 'table',
      name: 'census.csv',
      rows: [{ name: 'Токмок', population: 2 * people }],
      fields: [
        { name: 'name', kind: 'text', distinct: 1 },
        { name: 'population', kind: 'number', distinct: 1 },
      ],
    };
    const table = settlementTable(part, atlas, { mode: 'extend' });
    if (!table.ok) throw new Error('refused');
    const [before, after] = await Promise.all([coverageOn(), coverageOn(table.settlements)]);
    const node = (coverage: typeof before) => coverage.nodes.find((n) => n.node === 'tokmok');
    expect(people).toBe(71443);
    expect((node(after)?.population ?? 0) - (node(before)?.population ?? 0)).toBe(people);
    expect(after.populationCovered - before.populationCovered).toBe(people);
    expect(after.population - before.population).toBe(people);
  });

  it('a new village 5.6 km north of Naryn adds its people and one settlement to Naryn’s catchment', async () => {
    const naryn = listed('naryn').geometry.coordinates;
    const village: [number, number] = [naryn[0], naryn[1] + 0.05];
    expect(greatCircleKm(naryn, village)).toBeLessThan(RADIUS_KM);
    const part: ParsedLayer = {
      kind: 'features',
      name: 'villages.geojson',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: village },
          properties: { name: 'Test village', population: 1234 },
        },
      ],
      fields: [
        { name: 'name', kind: 'text', distinct: 1 },
        { name: 'population', kind: 'number', distinct: 1 },
      ],
      skipped: { nullGeometry: 0, invalidCoordinates: 0 },
    };
    const table = settlementTable(part, atlas, { mode: 'extend' });
    if (!table.ok) throw new Error('refused');
    expect(table.rows[0]).toMatchObject({ matched: null, region: 'naryn' });
    const [before, after] = await Promise.all([coverageOn(), coverageOn(table.settlements)]);
    const node = (coverage: typeof before) => coverage.nodes.find((n) => n.node === 'naryn');
    expect((node(after)?.population ?? 0) - (node(before)?.population ?? 0)).toBe(1234);
    expect((node(after)?.settlements ?? 0) - (node(before)?.settlements ?? 0)).toBe(1);
    const region = (coverage: typeof before) => coverage.regions.find((r) => r.region === 'naryn');
    expect((region(after)?.population ?? 0) - (region(before)?.population ?? 0)).toBe(1234);
  });

  it('replace: the coverage counts only the table’s people', async () => {
    const part: ParsedTable = {
      kind: 'table',
      name: 'two-towns.csv',
      rows: [
        { name: 'Бишкек', population: 1000000 },
        { name: 'Ош', population: 300000 },
      ],
      fields: [
        { name: 'name', kind: 'text', distinct: 2 },
        { name: 'population', kind: 'number', distinct: 2 },
      ],
    };
    const table = settlementTable(part, atlas, { mode: 'replace' });
    if (!table.ok) throw new Error('refused');
    const after = await coverageOn(table.settlements);
    expect(after.settlements).toBe(2);
    expect(after.population).toBe(1300000);
    // Both are growth nodes: each lies in its own catchment.
    expect(after.populationCovered).toBe(1300000);
  });
});
