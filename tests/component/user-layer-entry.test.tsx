// @vitest-environment jsdom
// A user layer's entry: its name and count, a toggle, a legend that follows the style editor,
// Remove, and a slot for other actions; a table shows its row count and no map controls.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useScenarioStore } from '../../src/state/scenario-store';
import { useUserLayersStore } from '../../src/state/user-layers-store';
import { UserLayersSection } from '../../src/ui/layers/user-layers-section';
import type { ParsedLayer } from '../../src/user-data/types';

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
});

const legendRows = (entry: HTMLElement) =>
  within(entry.querySelector('ul.legend') as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('a user layer entry', () => {
  it('shows the name and count, toggles, restyles by a number and by a category, and removes', () => {
    useUserLayersStore.getState().add([wells]);
    render(
      <UserLayersSection
        entryActions={(layer) => <button type="button">Use {layer.name}</button>}
      />,
    );
    const entry = screen
      .getByRole('list', { name: 'Your data' })
      .querySelector(':scope > li') as HTMLElement;
    expect(within(entry).getByText('6 features')).toBeTruthy();
    expect(legendRows(entry)).toEqual(['wells.geojson: 6']);
    expect(within(entry).getByRole('button', { name: 'Use wells.geojson' })).toBeTruthy();

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

  it('lists a table with its row count and nothing to draw', () => {
    useUserLayersStore
      .getState()
      .add([{ kind: 'table', name: 'grp.csv', rows: [{ a: 1 }, { a: 2 }], fields: [] }]);
    render(<UserLayersSection />);
    expect(screen.getByText('Table: 2 rows, no coordinates')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByText(/Style of/)).toBeNull();
  });
});
