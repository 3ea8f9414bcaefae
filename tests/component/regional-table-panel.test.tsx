// @vitest-environment jsdom
// The regional table in the indicator panel: its column replaces the Concept's measure in the
// legend and the table, with the panel's classing; removing it gives the measure back.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useRegionalTableStore } from '../../src/state/regional-table-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { IndicatorPanel } from '../../src/ui/investor/indicator-panel';
import type { ParsedTable } from '../../src/user-data/types';
import { realAtlas } from '../helpers/atlas';
import { renderWithAtlas } from './render-with-atlas';

const part: ParsedTable = {
  kind: 'table',
  name: 'wages.csv',
  rows: [
    { Регион: 'Баткенская область', 'Зарплата 2019': 11000 },
    { Регион: 'г. Бишкек', 'Зарплата 2019': 26000 },
    { Регион: 'Чуйская область', 'Зарплата 2019': 17000 },
  ],
  fields: [
    { name: 'Регион', kind: 'text', distinct: 3 },
    { name: 'Зарплата 2019', kind: 'number', distinct: 3 },
  ],
};

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language: 'en', mode: 'invest' } });
  useRegionalTableStore.setState({ table: null });
  useRegionalTableStore.getState().applyTable(realAtlas(), 'wages.csv', part);
});

describe('the regional table in the indicator panel', () => {
  it('shows the column with the panel classing, its forecast vs actual, and removes it', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<IndicatorPanel />);
    const section = await screen.findByRole('region', { name: 'Your regional table' });
    expect(section).toHaveTextContent('Your table wages.csv: these figures are yours');
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Your column on the map' }),
      'Зарплата 2019',
    );
    expect(screen.queryByRole('combobox', { name: 'Indicator' })).toBeNull();
    const legend = screen.getByRole('figure', { name: 'Зарплата 2019' });
    expect(legend).toHaveTextContent('wages.csv');
    // Natural breaks in 2 classes of 11,000, 17,000 and 26,000: the two lower ones, then Bishkek.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Classes' }), 'ckmeans');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number of classes' }), '2');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['11,000 – 17,0002 regions', '17,000 – 26,0001 region']);
    await user.click(within(section).getByRole('checkbox', { name: 'Forecast vs actual' }));
    const forecast = within(section).getByRole('table', { name: /^Forecast vs actual/ });
    expect(within(forecast).getAllByRole('row')).toHaveLength(4);
    await user.click(within(section).getByRole('button', { name: 'Remove the table' }));
    expect(screen.getByRole('combobox', { name: 'Indicator' })).toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Зарплата 2019' })).toBeNull();
  });
});
