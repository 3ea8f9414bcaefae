// @vitest-environment jsdom
// Panels: the accessible lists, the layer toggles and the profiles, driven as a user would.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { profileContextOf, territoryProfile } from '../../src/profile/territory-profile';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useScenarioStore } from '../../src/state/scenario-store';
import { useViewStore } from '../../src/state/view-store';
import { LayerPanel } from '../../src/ui/layers/layer-panel';
import { PlaceLists } from '../../src/ui/lists/place-lists';
import { ProfilePanel } from '../../src/ui/profile/profile-panel';
import type { Selection } from '../../src/vocabulary/selection';
import { realAtlas } from '../helpers/atlas';
import { renderWithAtlas } from './render-with-atlas';

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language: 'en' } });
  useViewStore.setState({ selection: null });
});

describe('PlaceLists', () => {
  it('lists all 20 growth nodes as real text, in the Concept order', async () => {
    renderWithAtlas(<PlaceLists />);
    const list = await screen.findByRole('tabpanel');
    const names = within(list)
      .getAllByRole('button')
      .map((button) => button.querySelector('.item-name')?.textContent);
    expect(names).toHaveLength(20);
    expect(names.slice(0, 3)).toEqual(['Bishkek', 'Osh', 'Karakol']);
    expect(names).toContain('Kara-Kul');
  });

  it('moves between tabs with the arrow keys and shows that list', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<PlaceLists />);
    await user.click(await screen.findByRole('tab', { name: 'Growth nodes' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Logistics' })).toHaveAttribute('aria-selected', 'true');
    expect(within(screen.getByRole('tabpanel')).getAllByRole('button')).toHaveLength(3);
  });

  it('selects the chosen item', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<PlaceLists />);
    await user.click(await screen.findByRole('tab', { name: 'Regions' }));
    await user.click(screen.getByRole('button', { name: 'Osh city' }));
    expect(useViewStore.getState().selection).toEqual({ kind: 'region', id: 'osh-city' });
  });

  it('shows names in Kyrgyz when the language is Kyrgyz', async () => {
    useScenarioStore.getState().setView({ language: 'ky' });
    renderWithAtlas(<PlaceLists />);
    expect(await screen.findByRole('button', { name: /Өзгөн/ })).toBeInTheDocument();
  });
});

describe('LayerPanel', () => {
  it('toggles an overlay and hides its legend', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<LayerPanel />);
    const toggle = await screen.findByRole('checkbox', { name: 'Economic clusters' });
    expect(screen.getByText('Medical and pharmaceutical')).toBeInTheDocument();
    await user.click(toggle);
    expect(useScenarioStore.getState().view.overlays.clusters).toBe(false);
    expect(screen.queryByText('Medical and pharmaceutical')).not.toBeInTheDocument();
  });
});

describe('ProfilePanel', () => {
  it('shows a region its drivers, Table 1 and industrial share, each with its section', async () => {
    useViewStore.setState({ selection: { kind: 'region', id: 'issyk-kul' } });
    renderWithAtlas(<ProfilePanel />);
    const profile = await screen.findByRole('complementary');
    expect(within(profile).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Issyk-Kul Region',
    );
    expect(await within(profile).findByText(/24\.4%/)).toBeInTheDocument();
    expect(within(profile).getByRole('img', { name: /Gross regional product/ })).toHaveTextContent(
      '63,334',
    );
    expect(within(profile).getAllByText('§5.2').length).toBeGreaterThan(0);
    expect(within(profile).getByText('§2.1')).toBeInTheDocument();
  });

  it.each<Selection>([
    { kind: 'node', id: 'balykchy' },
    { kind: 'region', id: 'batken' },
    { kind: 'logistics', id: 'osh' },
    { kind: 'settlement', id: 'toktogul' },
  ])('shows every fact the profile PDF prints ($kind $id)', async (selection) => {
    const { nodes, analysis } = useScenarioStore.getState();
    const profile = territoryProfile(
      profileContextOf(realAtlas(), 'en', nodes, analysis, null),
      selection,
    );
    useViewStore.setState({ selection });
    renderWithAtlas(<ProfilePanel />);
    const sheet = await screen.findByRole('complementary');
    await within(sheet).findAllByRole('heading', { level: 4 });
    const headings = within(sheet)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    for (const fact of profile?.facts ?? []) {
      expect(headings.some((text) => text?.startsWith(fact.heading))).toBe(true);
      for (const link of fact.links ?? []) {
        expect(within(sheet).getAllByRole('button', { name: link.label }).length).toBeGreaterThan(
          0,
        );
      }
      for (const item of fact.items ?? [])
        expect(within(sheet).getByText(item)).toBeInTheDocument();
    }
  });

  it('says plainly that Osh city has no boundary', async () => {
    useViewStore.setState({ selection: { kind: 'region', id: 'osh-city' } });
    renderWithAtlas(<ProfilePanel />);
    expect(await screen.findByText(/No open boundary exists for this city/)).toBeInTheDocument();
  });

  it('shows a growth node its region, institutions and programme, and links to the region', async () => {
    const user = userEvent.setup();
    useViewStore.setState({ selection: { kind: 'node', id: 'bishkek' } });
    renderWithAtlas(<ProfilePanel />);
    expect(await screen.findByText('Develops under a programme of its own')).toBeInTheDocument();
    expect(screen.getByText('Territorial bodies of state power')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bishkek city' }));
    expect(useViewStore.getState().selection).toEqual({ kind: 'region', id: 'bishkek' });
  });

  it('shows a cluster the regions it names and closes with Escape', async () => {
    const user = userEvent.setup();
    useViewStore.setState({ selection: { kind: 'cluster', id: 'livestock' } });
    renderWithAtlas(<ProfilePanel />);
    expect(await screen.findByRole('button', { name: 'Naryn Region' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chui Region' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(useViewStore.getState().selection).toBeNull();
  });
});
