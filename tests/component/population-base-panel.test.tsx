// @vitest-environment jsdom
// The population base panel names the base in use, lists the rows left out with their row and
// reason (as text), goes back to the open data, and a refused table leaves the base as it was.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { listedPopulation } from '../../src/data/atlas-index';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useNoticeStore } from '../../src/state/notice-store';
import { usePopulationBaseStore } from '../../src/state/population-base-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { PopulationBasePanel } from '../../src/ui/analysis/population-base-panel';
import type { ParsedTable } from '../../src/user-data/types';
import { realAtlas } from '../helpers/atlas';
import { renderWithAtlas } from './render-with-atlas';

const atlas = realAtlas();
const census: ParsedTable = {
  kind: 'table',
  name: 'census.csv',
  rows: [
    { name: 'Токмок', population: 80000 },
    { name: '<b>Atlantis</b>', population: 3 },
  ],
  fields: [
    { name: 'name', kind: 'text', distinct: 2 },
    { name: 'population', kind: 'number', distinct: 2 },
  ],
};

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language: 'en' } });
  usePopulationBaseStore.setState({ base: null });
  useNoticeStore.setState({ notices: [] });
});

describe('PopulationBasePanel', () => {
  it('names the open data with the listed settlements and their people', async () => {
    renderWithAtlas(<PopulationBasePanel />);
    const region = await screen.findByRole('region', { name: 'Population base' });
    const people = listedPopulation(atlas).toLocaleString('en');
    expect(region.textContent).toContain(`Open data: 143 listed settlements, ${people} people.`);
    expect(within(region).queryByRole('button', { name: 'Back to open data' })).toBeNull();
  });

  it('names the table, lists the row left out as text, and goes back to the open data', async () => {
    renderWithAtlas(<PopulationBasePanel />);
    await screen.findByRole('region', { name: 'Population base' });
    let used = false;
    act(() => {
      used = usePopulationBaseStore.getState().applyTable(atlas, 'census.csv', census, 'replace');
    });
    expect(used).toBe(true);
    const region = screen.getByRole('region', { name: 'Population base' });
    expect(region.textContent).toContain(
      'Your table census.csv: 1 settlement, 80,000 people, replacing the listed settlements.',
    );
    const row = within(region).getByRole('row', { name: /^2/ });
    expect(row.textContent).toBe(
      '2<b>Atlantis</b>no listed settlement of this name, and no coordinates',
    );
    expect(region.querySelector('b')).toBeNull();
    expect(useNoticeStore.getState().notices.map((n) => n.message.key)).toEqual([
      'populationBase.inUse.replace',
    ]);
    await userEvent.click(
      within(region).getByRole('radio', { name: 'extends the listed settlements' }),
    );
    expect(usePopulationBaseStore.getState().base?.mode).toBe('extend');
    await userEvent.click(within(region).getByRole('button', { name: 'Back to open data' }));
    expect(usePopulationBaseStore.getState().base).toBeNull();
    expect(region.textContent).toContain('Open data: 143 listed settlements');
  });

  it('a table without a population column is refused with an error notice, the base kept', () => {
    usePopulationBaseStore.getState().applyTable(atlas, 'census.csv', census, 'replace');
    const before = usePopulationBaseStore.getState().base;
    const noPopulation: ParsedTable = {
      ...census,
      fields: [{ name: 'name', kind: 'text', distinct: 2 }],
    };
    expect(
      usePopulationBaseStore.getState().applyTable(atlas, 'names.csv', noPopulation, 'replace'),
    ).toBe(false);
    expect(usePopulationBaseStore.getState().base).toBe(before);
    expect(useNoticeStore.getState().notices.at(-1)).toMatchObject({
      tone: 'error',
      message: { key: 'populationBase.noPopulationColumn', values: { file: 'names.csv' } },
    });
  });
});
