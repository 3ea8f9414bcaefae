// @vitest-environment jsdom
// The investor's panels driven as a user would: finder filters, the choropleth's controls, undo.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useFinderStore } from '../../src/state/finder-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { FinderPanel } from '../../src/ui/investor/finder-panel';
import { IndicatorPanel } from '../../src/ui/investor/indicator-panel';
import { renderWithAtlas } from './render-with-atlas';

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language: 'en', mode: 'invest' } });
  useFinderStore.getState().clear();
});

const resultIds = () =>
  [...document.querySelectorAll('.finder-list > li')].map((li) => li.getAttribute('data-id'));

describe('FinderPanel', () => {
  it('narrows the list as filters are ticked and widens it when they are cleared', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<FinderPanel />);
    await screen.findByRole('heading', { name: 'Find priority territories' });
    expect(resultIds()).toHaveLength(29);
    await user.click(screen.getByText('Economic cluster (§5.3)', { selector: 'summary' }));
    const clusters = screen.getByRole('group', { name: 'Economic cluster (§5.3)' });
    await user.click(within(clusters).getByRole('checkbox', { name: 'Tourism' }));
    expect(resultIds()).toEqual(['balykchy', 'karakol', 'issyk-kul']);
    expect(screen.getByRole('status')).toHaveTextContent('Found: 2 growth nodes and 1 region');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(resultIds()).toHaveLength(29);
  });

  it('combines filters: tourism as a second-level driver leaves Jalal-Abad and Bishkek', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<FinderPanel />);
    await user.click(
      await screen.findByText("Region's growth driver (§5.2)", { selector: 'summary' }),
    );
    const group = screen.getByRole('group', { name: "Region's growth driver (§5.2)" });
    await user.click(within(group).getByRole('checkbox', { name: 'Tourism' }));
    await user.selectOptions(
      within(group).getByRole('combobox', { name: 'Driver level' }),
      'second',
    );
    const regions = [...document.querySelectorAll('.finder-list > li[data-kind="region"]')].map(
      (li) => li.getAttribute('data-id'),
    );
    expect(regions.sort()).toEqual(['bishkek', 'jalal-abad']);
    expect(screen.getAllByText('Second-level driver: Tourism').length).toBeGreaterThan(0);
  });
});

describe('IndicatorPanel', () => {
  it('draws nothing until a measure is chosen, then shows its legend and table', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<IndicatorPanel />);
    const measure = await screen.findByRole('combobox', { name: 'Indicator' });
    expect(screen.queryByRole('table')).toBeNull();
    await user.selectOptions(measure, 'new-jobs');
    expect(useScenarioStore.getState().view.indicator?.measure).toBe('new-jobs');
    expect(screen.getByRole('figure', { name: 'New jobs per year, 2019' })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: '2017' }));
    expect(useScenarioStore.getState().view.indicator?.year).toBe(2017);
  });

  it('keeps what the user types in the breaks field, spaces included, and says when it is wrong', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<IndicatorPanel />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Indicator' }), 'grp');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Classes' }), 'manual');
    const breaks = screen.getByRole('textbox', { name: 'Breaks, ascending, separated by spaces' });
    await user.type(breaks, '50000 100000');
    expect(breaks).toHaveValue('50000 100000');
    expect(useScenarioStore.getState().view.indicator?.manualBreaks).toEqual([50000, 100000]);
    await user.clear(breaks);
    await user.type(breaks, '90000 20000');
    expect(screen.getByRole('alert')).toHaveTextContent(/breaks must increase/);
  });

  it('keeps the choropleth out of the undo history: like the layers, it is a view setting', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<IndicatorPanel />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Indicator' }), 'grp');
    useScenarioStore.temporal.getState().undo();
    expect(useScenarioStore.getState().view.indicator?.measure).toBe('grp');
  });
});
