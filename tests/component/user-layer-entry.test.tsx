// @vitest-environment jsdom
// A user layer's entry: its name and count, a toggle, a legend that follows the style editor,
// Remove, and a slot for other actions; a table shows its row count and no map controls.
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { usePopulationBaseStore } from '../../src/state/population-base-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { useUserLayersStore } from '../../src/state/user-layers-store';
import { UserLayersSection } from '../../src/ui/layers/user-layers-section';
import type { ParsedLayer } from '../../src/user-data/types';
import { renderWithAtlas } from './render-with-atlas';

const wells: ParsedLayer = {
  kind: 'features',
  name: 'wells.geojson',
  features: [10, 20, 30, 40, 50, 60].map((depth, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [74 + i * 0.1, 42] },
    properties: { depth, kind: i < 4 ? 'bore' : 'dug' },
  })),
  fields: [
    { name: 'depth', kind: 'number', distinct: 6 },
    { name: 'kind', kind: 'text', distinct: 2 },
  ],
  skipped: { nullGeometry: 0, invalidCoordinates: 0 },
};

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language: 'en' } });
  useUserLayersStore.setState({ layers: [], selected: null, reading: null, announcement: null });
  usePopulationBaseStore.setState({ base: null });
});

const legendRows = (entry: HTMLElement) =>
  within(entry.querySelector('ul.legend') as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('a user layer entry', () => {
  it('shows the name and count, toggles, restyles by a number and by a category, and removes', async () => {
    useUserLayersStore.getState().add([wells]);
    renderWithAtlas(<UserLayersSection />);
    const entry = (await screen.findByRole('list', { name: 'Your data' })).querySelector(
      ':scope > li',
    ) as HTMLElement;
    expect(within(entry).getByText('6 features')).toBeTruthy();
    expect(legendRows(entry)).toEqual(['wells.geojson: 6']);
    // Wells have no name and population: nothing to offer as a population base.
    expect(within(entry).queryByRole('button', { name: 'Use as population base' })).toBeNull();

    fireEvent.change(within(entry).getByLabelText('Draw'), { target: { value: 'numberColour' } });
    fireEvent.change(within(entry).getByLabelText('Number of classes'), { target: { value: '2' } });
    // 10…60 in two quantile classes: the median 35 splits them three and three.
    expect(legendRows(entry)).toEqual(['10 – 35: 3', '35 – 60: 3']);

    fireEvent.change(within(entry).getByLabelText('Draw'), { target: { value: 'category' } });
    fireEvent.change(within(entry).getByLabelText('Field'), { target: { value: 'kind' } });
    expect(legendRows(entry)).toEqual(['bore: 4', 'dug: 2']);

    fireEvent.click(within(entry).getByRole('checkbox', { name: 'wells.geojson' }));
    expect(useUserLayersStore.getState().layers[0]?.visible).toBe(false);
    expect(entry.querySelector('ul.legend')).toBeNull();

    fireEvent.click(within(entry).getByRole('button', { name: 'Remove wells.geojson' }));
    expect(useUserLayersStore.getState().layers).toEqual([]);
  });

  it('offers a table of names and populations as the population base, then names it so', async () => {
    useUserLayersStore.getState().add([
      {
        kind: 'table',
        name: 'census.csv',
        rows: [{ name: 'Токмок', population: 71443 }],
        fields: [
          { name: 'name', kind: 'text', distinct: 1 },
          { name: 'population', kind: 'number', distinct: 1 },
        ],
      },
    ]);
    renderWithAtlas(<UserLayersSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use as population base' }));
    expect(usePopulationBaseStore.getState().base?.fileName).toBe('census.csv');
    expect(usePopulationBaseStore.getState().base?.rows).toHaveLength(1);
    expect(screen.getByText('The population base of the analysis')).toBeTruthy();
  });

  it('lists a table with its row count and nothing to draw', async () => {
    useUserLayersStore
      .getState()
      .add([{ kind: 'table', name: 'grp.csv', rows: [{ a: 1 }, { a: 2 }], fields: [] }]);
    renderWithAtlas(<UserLayersSection />);
    expect(await screen.findByText('Table: 2 rows, no coordinates')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByText(/Style of/)).toBeNull();
  });
});
