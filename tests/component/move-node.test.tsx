// @vitest-environment jsdom
// Moving a node without dragging, by keyboard alone: the Move buttons, the move panel's keys, the
// live region, the settlement search and the typed coordinates, and where the focus goes.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useAnalysisStore } from '../../src/state/analysis-store';
import { useScenarioStore } from '../../src/state/scenario-store';
import { useViewStore } from '../../src/state/view-store';
import { NodeEditor } from '../../src/ui/planner/node-editor';
import { ProfilePanel } from '../../src/ui/profile/profile-panel';
import { renderWithAtlas } from './render-with-atlas';

const NARYN: [number, number] = [75.99111, 41.42866];
const KOCHKOR: [number, number] = [75.75659, 42.21552];

const tool = () => useViewStore.getState().tool;
const position = () => {
  const current = tool();
  return current.type === 'move-node' ? current.position : null;
};

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore.getState().replaceScenario({
    ...scenario,
    view: { ...scenario.view, language: 'en', mode: 'analyse' },
  });
  useScenarioStore.temporal.getState().clear();
  useViewStore.setState({ selection: null, tool: { type: 'none' } });
  useAnalysisStore.setState({ dragPreview: null });
});

async function startMovingNaryn() {
  const user = userEvent.setup();
  renderWithAtlas(<NodeEditor />);
  const button = await screen.findByRole('button', { name: 'Move Naryn' });
  button.focus();
  await user.keyboard('{Enter}');
  const panel = screen.getByRole('region', { name: 'Moving Naryn' });
  return { user, button, panel };
}

describe('moving a node without dragging', () => {
  it('opens a panel that takes the focus and says what the keys do', async () => {
    const { panel } = await startMovingNaryn();
    const pad = within(panel).getByRole('application', { name: 'Moving Naryn' });
    expect(pad).toHaveFocus();
    expect(pad).toHaveAccessibleDescription(
      /Arrow keys move Naryn 1 km, with Shift 10 km\. Enter keeps it, Escape puts it back\./,
    );
  });

  it('moves 10 km north with Shift+↑, live, and says where once the node rests', async () => {
    const { user, panel } = await startMovingNaryn();
    await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
    expect(position()?.[0]).toBe(NARYN[0]);
    expect((position()?.[1] ?? 0) - NARYN[1]).toBeCloseTo(0.089932, 6);
    expect(useAnalysisStore.getState().dragPreview).toEqual({ id: 'naryn', position: position() });
    expect(
      within(panel).getByText(
        /^10 km from the start · nearest listed settlement: Naryn · Naryn Region$/,
      ),
    ).toBeInTheDocument();
    // The panel's own live region comes last (the settlement search has one for its list).
    const status = within(panel).getAllByRole('status').at(-1);
    await waitFor(() =>
      expect(status).toHaveTextContent(
        'Naryn: 10 km from the start; nearest listed settlement Naryn; Naryn Region.',
      ),
    );
    await user.keyboard('{ArrowDown}');
    expect(position()?.[1]).toBeCloseTo(NARYN[1] + 0.089932 - 0.0089932, 6);
    expect(useScenarioStore.getState().nodes.moved).toEqual({});
  });

  it('keeps the node with Enter: one undo step, and the focus back on its Move button', async () => {
    const { user, button } = await startMovingNaryn();
    await user.keyboard('{ArrowRight}{ArrowRight}{Enter}');
    expect(useScenarioStore.getState().nodes.moved.naryn?.[0]).toBeGreaterThan(NARYN[0]);
    expect(useScenarioStore.temporal.getState().pastStates).toHaveLength(1);
    expect(useAnalysisStore.getState().dragPreview).toBeNull();
    expect(screen.queryByRole('region', { name: 'Moving Naryn' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('puts the node back with Escape: nothing changes, the focus goes back', async () => {
    const { user, button } = await startMovingNaryn();
    await user.keyboard('{ArrowLeft}{Escape}');
    expect(useScenarioStore.getState().nodes.moved).toEqual({});
    expect(useScenarioStore.temporal.getState().pastStates).toHaveLength(0);
    expect(useAnalysisStore.getState().dragPreview).toBeNull();
    expect(tool()).toEqual({ type: 'none' });
    expect(button).toHaveFocus();
  });

  it('moves to a settlement chosen from the search with the arrow keys and Enter', async () => {
    const { user, panel } = await startMovingNaryn();
    const search = within(panel).getByRole('combobox', { name: 'Move to a settlement…' });
    await user.click(search);
    await user.keyboard('Kochk');
    const options = within(panel).getAllByRole('option');
    // The growth node Kochkor-Ata comes first (and is active), as in the header's search.
    expect(options.slice(0, 2).map((option) => option.textContent)).toEqual([
      'Kochkor-Ata Jalal-Abad Region',
      'Kochkor Naryn Region',
    ]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(position()).toEqual(KOCHKOR);
    expect(within(panel).getByRole('application')).toHaveFocus();
    expect(within(panel).getByLabelText('Latitude')).toHaveValue('42.21552');
  });

  it('refuses coordinates outside Kyrgyzstan or not coordinates at all, and moves nothing', async () => {
    const { user, panel } = await startMovingNaryn();
    const latitude = within(panel).getByLabelText('Latitude');
    const longitude = within(panel).getByLabelText('Longitude');
    expect(latitude).toHaveValue('41.42866');
    await user.clear(latitude);
    await user.type(latitude, '41.3');
    await user.clear(longitude);
    await user.type(longitude, '69.24{Enter}');
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      '41.3000° N, 69.2400° E is outside Kyrgyzstan: the growth node stays where it is.',
    );
    expect(position()).toEqual(NARYN);
    expect(longitude).toHaveAttribute('aria-invalid', 'true');
    await user.clear(latitude);
    await user.type(latitude, 'north');
    await user.click(within(panel).getByRole('button', { name: 'Go' }));
    expect(within(panel).getByRole('alert')).toHaveTextContent(/Latitude must be a number/);
    expect(position()).toEqual(NARYN);
    await user.clear(latitude);
    await user.type(latitude, '41,5');
    await user.clear(longitude);
    await user.type(longitude, '75.9{Enter}');
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(position()).toEqual([75.9, 41.5]);
  });

  it('moves by the arrow buttons too, for a single tap or click, in steps of 1 or 10 km', async () => {
    const { user, panel } = await startMovingNaryn();
    await user.click(within(panel).getByRole('button', { name: '1 km north' }));
    expect((position()?.[1] ?? 0) - NARYN[1]).toBeCloseTo(0.0089932, 6);
    await user.click(within(panel).getByRole('checkbox', { name: 'Steps of 10 km' }));
    await user.click(within(panel).getByRole('button', { name: '10 km south' }));
    expect((position()?.[1] ?? 0) - NARYN[1]).toBeCloseTo(-0.0809388, 6);
  });

  it('offers Move in the profile of a node in analysis, and gives the focus back there', async () => {
    const user = userEvent.setup();
    useViewStore.setState({ selection: { kind: 'node', id: 'naryn' } });
    renderWithAtlas(
      <>
        <ProfilePanel />
        <NodeEditor />
      </>,
    );
    const profile = await screen.findByRole('complementary');
    const button = await within(profile).findByRole('button', { name: 'Move Naryn' });
    button.focus();
    await user.keyboard('{Enter}{ArrowUp}{Escape}');
    expect(button).toHaveFocus();
    // Escape put the node back; the profile stays open.
    expect(screen.getByRole('complementary')).toBeInTheDocument();
    expect(useScenarioStore.getState().nodes.moved).toEqual({});
  });

  it('names the button in Russian and Kyrgyz', async () => {
    useScenarioStore.getState().setView({ language: 'ru' });
    const { unmount } = renderWithAtlas(<NodeEditor />);
    expect(
      await screen.findByRole('button', { name: 'Переместить точку роста Нарын' }),
    ).toHaveTextContent('Переместить');
    unmount();
    useScenarioStore.getState().setView({ language: 'ky' });
    renderWithAtlas(<NodeEditor />);
    expect(
      await screen.findByRole('button', { name: 'Нарын өсүү түйүнүн жылдыруу' }),
    ).toHaveTextContent('Жылдыруу');
  });
});
