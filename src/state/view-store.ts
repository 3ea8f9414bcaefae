/**
 * What the user is doing right now, outside the scenario: the selected feature and the active
 * editing tool. Transient: never saved, shared or undone.
 */

import { create } from 'zustand';
import { PORTABLE } from '../platform/portable';
import type { LonLat } from '../vocabulary/scenario';
import type { Selection } from '../vocabulary/selection';

/**
 * Editing tools: none, placing a candidate node (then naming it at the clicked point), or moving a
 * node without dragging (src/state/node-move.ts): from `start` to `position`, shown and analysed
 * live, and `returnFocusTo` the id of the control that opened it.
 */
export type Tool =
  | { type: 'none' }
  | { type: 'add-node'; position: LonLat | null }
  | { type: 'move-node'; id: string; start: LonLat; position: LonLat; returnFocusTo: string };

const ONLINE_BASEMAP_KEY = 'aimak-atlas:online-basemap';

function rememberedOnlineBasemap(): boolean {
  try {
    return globalThis.localStorage?.getItem(ONLINE_BASEMAP_KEY) === 'on';
  } catch {
    return false;
  }
}

type ViewState = {
  selection: Selection | null;
  /** The optional online basemap: a preference of this browser, not part of any scenario. */
  onlineBasemap: boolean;
  setOnlineBasemap: (on: boolean) => void;
  tool: Tool;
  select: (selection: Selection | null) => void;
  setTool: (tool: Tool) => void;
  /** True when the active tool used the click (then it selects nothing). */
  mapClicked: (position: LonLat) => boolean;
};

export const useViewStore = create<ViewState>()((set, get) => ({
  selection: null,
  // The portable atlas requests nothing: its online layers stay off whatever was remembered.
  onlineBasemap: !PORTABLE && rememberedOnlineBasemap(),
  setOnlineBasemap: (onlineBasemap) => {
    try {
      globalThis.localStorage?.setItem(ONLINE_BASEMAP_KEY, onlineBasemap ? 'on' : 'off');
    } catch {
      // remembering is a courtesy
    }
    set({ onlineBasemap });
  },
  tool: { type: 'none' },
  select: (selection) => set({ selection }),
  setTool: (tool) => set({ tool }),
  mapClicked: (position) => {
    if (get().tool.type !== 'add-node') return false;
    set({ tool: { type: 'add-node', position } });
    return true;
  },
}));
