// @vitest-environment jsdom
// Adding a candidate without the map: at a searched settlement, at typed coordinates, at the
// cross-hair (a stand-in controller and canvas), each refused outside Kyrgyzstan; Add is one step.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapController } from '../../src/map/map-controller';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { useScenarioStore } from '../../src/state/scenario-store';
import { useViewStore } from '../../src/state/view-store';
import { useMapControllerRef } from '../../src/ui/map/map-context';
import { CandidateForm } from '../../src/ui/planner/candidate-form';
import type { LonLat } from '../../src/vocabulary/scenario';
import { renderWithAtlas } from './render-with-atlas';

beforeEach(() => {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language: 'en' } });
  useScenarioStore.temporal.getState().clear();
  useViewStore.setState({ selection: null, tool: { type: 'add-node', position: null } });
});

const candidates = () => useScenarioStore.getState().nodes.candidates;

/** A map that stands still at `centre`, as much of the controller as the cross-hair uses. */
function standInMap(centre: { current: LonLat }) {
  const jumps: unknown[] = [];
  const controller = {
    camera: () => ({ center: centre.current, zoom: 7, bearing: 0, pitch: 0 }),
    jumpTo: (camera: unknown) => jumps.push(camera),
  } as unknown as MapController;
  return { controller, jumps };
}

/** The canvas as MapLibre makes it: focusable, a region named "Map". */
function addCanvas(view: HTMLDivElement | null) {
  if (!view || view.querySelector('canvas')) return;
  const canvas = document.createElement('canvas');
  canvas.className = 'maplibregl-canvas';
  canvas.tabIndex = 0;
  canvas.setAttribute('role', 'region');
  canvas.setAttribute('aria-label', 'Map');
  view.append(canvas);
}

function WithMap({ controller, children }: { controller: MapController; children: ReactNode }) {
  const ref = useMapControllerRef();
  useEffect(() => {
    ref.current = controller;
  }, [ref, controller]);
  return (
    <>
      <div className="map-view" ref={addCanvas} />
      {children}
    </>
  );
}

function renderForm(map?: MapController) {
  const form = (
    <section className="node-editor">
      <button type="button" aria-pressed="true">
        + Add a candidate growth node
      </button>
      <CandidateForm />
    </section>
  );
  return renderWithAtlas(map ? <WithMap controller={map}>{form}</WithMap> : form);
}

describe('CandidateForm', () => {
  it('shows nothing while the tool is off', async () => {
    useViewStore.setState({ tool: { type: 'none' } });
    renderForm();
    await screen.findByRole('button', { name: /Add a candidate/ });
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('adds a candidate at a searched settlement, named after it, as one undo step', async () => {
    const user = userEvent.setup();
    renderForm();
    const search = await screen.findByRole('combobox', { name: 'At a settlement' });
    await user.type(search, 'Chayek');
    const list = screen.getByRole('listbox', { name: 'At a settlement' });
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent('Chayek Naryn Region');
    expect(search).toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');

    const name = screen.getByRole('textbox', { name: 'Name of the new growth node' });
    expect(name).toHaveValue('Chayek');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(
      'New growth node at 41.9277° N, 74.5170° E · Naryn Region',
    );
    await user.type(name, ' West{Enter}');
    expect(candidates()).toEqual([
      {
        id: 'candidate-1',
        name: 'Chayek West',
        position: [74.51699, 41.92768],
        region: 'naryn',
      },
    ]);
    expect(useViewStore.getState().tool).toEqual({ type: 'none' });
    act(() => useScenarioStore.temporal.getState().undo());
    expect(candidates()).toEqual([]);
  });

  it('chooses among the settlements found with the arrow keys; Escape closes, then clears', async () => {
    const user = userEvent.setup();
    renderForm();
    const search = await screen.findByRole('combobox', { name: 'At a settlement' });
    await user.type(search, 'kara');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(search).toHaveAttribute('aria-activedescendant', options[1]?.id);
    await user.keyboard('{Escape}');
    expect(search).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
  });

  it('takes typed coordinates inside Kyrgyzstan, with a decimal comma', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(await screen.findByRole('textbox', { name: 'Latitude' }), '41,6');
    await user.type(screen.getByRole('textbox', { name: 'Longitude' }), '75.0{Enter}');
    const name = screen.getByRole('textbox', { name: 'Name of the new growth node' });
    expect(name).toHaveValue('');
    expect(name).toHaveAccessibleDescription(
      'New growth node at 41.6000° N, 75.0000° E · Naryn Region',
    );
  });

  it('speaks Kyrgyz and Russian: labels, the point in their notation, decimal commas', async () => {
    const user = userEvent.setup();
    useScenarioStore.getState().setView({ language: 'ky' });
    const { unmount } = renderForm();
    await user.type(await screen.findByRole('textbox', { name: 'Кеңдик' }), '41,6');
    await user.type(screen.getByRole('textbox', { name: 'Узундук' }), '75{Enter}');
    expect(
      screen.getByRole('textbox', { name: 'Жаңы өсүү түйүнүнүн аталышы' }),
    ).toHaveAccessibleDescription(
      'Жаңы өсүү түйүнү: 41,6000° т. к., 75,0000° ч. у. · Нарын облусу',
    );
    unmount();

    useScenarioStore.getState().setView({ language: 'ru' });
    useViewStore.setState({ tool: { type: 'add-node', position: [69.24, 41.3] } });
    renderForm();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Точка 41,3000° с. ш., 69,2400° в. д. за пределами Кыргызстана.',
    );
  });

  it('refuses Tashkent with an alert, adds nothing and keeps the ways open', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(await screen.findByRole('textbox', { name: 'Latitude' }), '41.3');
    await user.type(screen.getByRole('textbox', { name: 'Longitude' }), '69.24');
    await user.click(screen.getByRole('button', { name: 'Use these coordinates' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      '41.3000° N, 69.2400° E is outside Kyrgyzstan. A growth node must be inside the country.',
    );
    expect(screen.getByRole('textbox', { name: 'Latitude' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(useViewStore.getState().tool).toEqual({ type: 'add-node', position: null });
    expect(screen.queryByRole('textbox', { name: /Name of/ })).not.toBeInTheDocument();
    expect(candidates()).toEqual([]);
  });

  it('says which field is no coordinate', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.type(await screen.findByRole('textbox', { name: 'Latitude' }), '95');
    await user.type(screen.getByRole('textbox', { name: 'Longitude' }), 'east{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/Latitude must be a number of degrees from −90 to 90/);
    expect(alert).toHaveTextContent(/Longitude must be a number of degrees from −180 to 180/);
    expect(screen.getByRole('textbox', { name: 'Longitude' })).toHaveAccessibleDescription(
      expect.stringContaining('Longitude must be'),
    );
  });

  it('refuses a map click outside the country (the Sokh enclave) with an alert', async () => {
    useViewStore.setState({ tool: { type: 'add-node', position: [71.12, 39.96] } });
    renderForm();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '39.9600° N, 71.1200° E is outside Kyrgyzstan.',
    );
    expect(screen.queryByRole('button', { name: 'Add' })).not.toBeInTheDocument();
  });

  it('Cancel closes the tool and gives the focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(useViewStore.getState().tool).toEqual({ type: 'none' });
    expect(screen.getByRole('button', { name: /Add a candidate/ })).toHaveFocus();
  });

  it('says the map is not there when the cross-hair has no map to stand on', async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(await screen.findByRole('button', { name: 'Place with the cross-hair' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The map is not available');
  });
});

describe('the cross-hair', () => {
  it('focuses the map, says where its centre is, and Enter places the point there', async () => {
    const user = userEvent.setup();
    const centre = { current: [74.5, 41.93] as LonLat };
    const { controller, jumps } = standInMap(centre);
    useViewStore.setState({ selection: { kind: 'node', id: 'naryn' } });
    const { container } = renderForm(controller);
    await user.click(await screen.findByRole('button', { name: 'Place with the cross-hair' }));

    const canvas = screen.getByRole('region', { name: 'Map' });
    expect(canvas).toHaveFocus();
    expect(canvas).toHaveAccessibleDescription(/Arrow keys move the map, \+ and − zoom, Enter/);
    expect(jumps).toHaveLength(1); // the padding a profile's flight left is gone
    expect(useViewStore.getState().selection).toBeNull();
    const overlay = container.querySelector('.map-view .candidate-crosshair');
    expect(overlay).toHaveAttribute('aria-hidden', 'true');
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((status) => status.textContent)).toContain(
        'Cross-hair 1.4 km from Chayek, Naryn Region',
      ),
    );

    fireEvent.keyDown(canvas, { key: 'Enter' });
    const name = screen.getByRole('textbox', { name: 'Name of the new growth node' });
    expect(name).toHaveFocus();
    expect(useViewStore.getState().tool).toEqual({ type: 'add-node', position: [74.5, 41.93] });
    expect(canvas).not.toHaveAttribute('aria-describedby');
    expect(container.querySelector('.candidate-crosshair')).toBeNull();
  });

  it('refuses Enter outside the country, and Escape leaves with the focus back on its button', async () => {
    const user = userEvent.setup();
    const centre = { current: [69.24, 41.3] as LonLat };
    renderForm(standInMap(centre).controller);
    await user.click(await screen.findByRole('button', { name: 'Place with the cross-hair' }));
    const canvas = screen.getByRole('region', { name: 'Map' });
    fireEvent.keyDown(canvas, { key: 'Enter' });
    expect(screen.getByRole('alert')).toHaveTextContent('The cross-hair is outside Kyrgyzstan.');
    expect(useViewStore.getState().tool).toEqual({ type: 'add-node', position: null });
    expect(canvas).toHaveFocus();

    fireEvent.keyDown(canvas, { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Place with the cross-hair' })).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('places with the button too, for touch and pointer', async () => {
    const user = userEvent.setup();
    renderForm(standInMap({ current: [75.0, 41.6] }).controller);
    await user.click(await screen.findByRole('button', { name: 'Place with the cross-hair' }));
    await user.click(screen.getByRole('button', { name: 'Place at the cross-hair' }));
    expect(useViewStore.getState().tool).toEqual({ type: 'add-node', position: [75.0, 41.6] });
  });
});
