// @vitest-environment jsdom
// The header search driven from the keyboard: `/` focuses it, arrows move, Enter goes, Escape backs out.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapController, MapFocus } from '../../src/map/map-controller';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useScenarioStore } from '../../src/state/scenario-store';
import { useViewStore } from '../../src/state/view-store';
import { useMapControllerRef } from '../../src/ui/map/map-context';
import { ProfilePanel } from '../../src/ui/profile/profile-panel';
import { SearchBox } from '../../src/ui/search/search-box';
import type { Language } from '../../src/vocabulary/languages';
import { realAtlas } from '../helpers/atlas';
import { renderWithAtlas } from './render-with-atlas';

const focus = vi.fn<(target: MapFocus) => void>();

/** Stands in for the map: records where the camera was sent. */
function MapStub() {
  useMapControllerRef().current = { focus } as unknown as MapController;
  return null;
}

function renderSearch(language: Language) {
  useScenarioStore.getState().setView({ language });
  renderWithAtlas(
    <>
      <MapStub />
      <input aria-label="Another field" />
      <SearchBox />
      <ProfilePanel />
    </>,
  );
  return { user: userEvent.setup(), box: screen.findByRole('combobox') };
}

const activeOption = (box: HTMLElement) =>
  document.getElementById(box.getAttribute('aria-activedescendant') ?? '');

beforeEach(() => {
  useScenarioStore.getState().replaceScenario(defaultScenario());
  useViewStore.setState({ selection: null });
  focus.mockClear();
});

describe('SearchBox', () => {
  it('takes the focus on `/`, but not while another field is being typed in', async () => {
    const { user, box } = renderSearch('en');
    const combobox = await box;
    await user.click(screen.getByRole('textbox', { name: 'Another field' }));
    await user.keyboard('/');
    expect(combobox).not.toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Another field' })).toHaveValue('/');
    await user.click(document.body);
    await user.keyboard('/');
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveValue('');
  });

  it('finds Өзгөн from "ozgon" and Enter opens its profile and flies there', async () => {
    const { user, box } = renderSearch('ky');
    const combobox = await box;
    await user.keyboard('/ozgon');
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox');
    expect(combobox).toHaveAttribute('aria-controls', listbox.id);
    const first = within(listbox).getAllByRole('option')[0];
    expect(first).toHaveTextContent('Өзгөн');
    expect(first).toHaveTextContent('Өсүү түйүнү · Ош облусу');
    expect(activeOption(combobox)).toBe(first);
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Enter}');
    expect(useViewStore.getState().selection).toEqual({ kind: 'node', id: 'uzgen' });
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Өзгөн');
    const uzgen = realAtlas().settlements.features.find((f) => f.properties.id === 'uzgen');
    expect(focus).toHaveBeenCalledWith(
      expect.objectContaining({ center: uzgen?.geometry.coordinates }),
    );
    expect(combobox).toHaveValue('');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves through the results with the arrow keys, wrapping at the ends', async () => {
    const { user, box } = renderSearch('en');
    const combobox = await box;
    await user.click(combobox);
    await user.keyboard('Osh');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    await user.keyboard('{ArrowDown}');
    expect(activeOption(combobox)).toBe(options[1]);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeOption(combobox)).toBe(options.at(-1));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(useViewStore.getState().selection).toEqual({ kind: 'node', id: 'osh' });
  });

  it('closes on Escape, clears on a second, and then leaves Escape to the profile', async () => {
    const { user, box } = renderSearch('en');
    const combobox = await box;
    useViewStore.setState({ selection: { kind: 'region', id: 'talas' } });
    await user.click(combobox);
    await user.keyboard('Naryn');
    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveValue('Naryn');
    expect(useViewStore.getState().selection).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(combobox).toHaveValue('');
    expect(useViewStore.getState().selection).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(useViewStore.getState().selection).toBeNull();
  });

  it('opens the profile of a plain settlement, with what its source gives', async () => {
    const { user, box } = renderSearch('ky');
    await user.click(await box);
    await user.keyboard('Токтогул');
    const option = within(screen.getByRole('listbox')).getAllByRole('option')[0];
    expect(option).toHaveTextContent('Toktogul');
    expect(option).toHaveTextContent('Калктуу конуш · Жалал-Абад облусу');
    await user.click(option as HTMLElement);
    expect(useViewStore.getState().selection).toEqual({ kind: 'settlement', id: 'toktogul' });
    const profile = screen.getByRole('complementary');
    expect(within(profile).getByRole('heading', { level: 3 })).toHaveTextContent('Toktogul');
    expect(profile).toHaveTextContent('Калктуу конуш');
    expect(profile).toHaveTextContent('латын тамгасы менен гана');
    expect(within(profile).getByRole('button', { name: 'Жалал-Абад облусу' })).toBeVisible();
    expect(profile).toHaveTextContent(/GeoNames/);
  });

  it('says when nothing is found, and Enter then does nothing', async () => {
    const { user, box } = renderSearch('en');
    const combobox = await box;
    await user.click(combobox);
    await user.keyboard('qwerty{Enter}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No place found');
    expect(useViewStore.getState().selection).toBeNull();
  });
});
