// The scenario's GeoJSON file carries the user's layers whole (style and every feature); a file
// of a scenario without them has no such member, as before.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/scenario/default-scenario';
import { exportScenarioGeoJSON } from '../../../src/scenario/scenario-geojson';
import type { ParsedLayer } from '../../../src/user-data/types';
import { DEFAULT_USER_LAYER_STYLE } from '../../../src/vocabulary/user-layers';
import { realAtlas } from '../../helpers/atlas';

const atlas = realAtlas();
const wells: ParsedLayer = {
  kind: 'features',
  name: 'wells.geojson',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [74.6, 42.9] },
      properties: { depth: 12 },
    },
  ],
  fields: [{ name: 'depth', kind: 'number', distinct: 1 }],
  skipped: { nullGeometry: 0, invalidCoordinates: 0 },
};

describe('the scenario file with user layers', () => {
  it('holds each layer’s name, visibility, style and features, beside the nodes', () => {
    const scenario = defaultScenario();
    const plain = exportScenarioGeoJSON(scenario, atlas);
    // As the store holds it, with its id: the file keeps what a reader needs.
    const added = {
      id: 'layer-1',
      name: 'wells.geojson',
      visible: false,
      style: DEFAULT_USER_LAYER_STYLE,
      part: wells,
    };
    const file = exportScenarioGeoJSON(scenario, atlas, [added]);
    expect(plain).not.toHaveProperty('userLayers');
    expect(file.features).toEqual(plain.features);
    const read = JSON.parse(JSON.stringify(file));
    expect(read.userLayers).toEqual([
      { name: 'wells.geojson', visible: false, style: DEFAULT_USER_LAYER_STYLE, part: wells },
    ]);
  });
});
