/**
 * The layers and tables the user added through "Add data…", with how each is drawn. They belong
 * to the open scenario (saved with it by src/state/user-layers-session.ts) but sit outside its
 * undo history: undo of a node edit never takes away a file the user added, and removing a layer
 * is its own explicit action.
 */
import { create } from 'zustand';
import type { ParsedPart } from '../user-data/types';
import { DEFAULT_USER_LAYER_STYLE, type UserLayerStyle } from '../vocabulary/user-layers';

export type UserLayer = {
  id: string;
  /** The file's name (and the part's, for a file of several layers). */
  name: string;
  part: ParsedPart;
  visible: boolean;
  style: UserLayerStyle;
};

/** A feature of a user layer the user picked on the map or in a list. */
export type UserFeatureSelection = { layerId: string; index: number };

/** What was added last, for the one polite announcement per added file. */
export type AddedAnnouncement = { file: string; count: number; table: boolean; serial: number };

type UserLayersState = {
  layers: UserLayer[];
  selected: UserFeatureSelection | null;
  /** The file being read now (a big one takes a while), or null. */
  reading: string | null;
  announcement: AddedAnnouncement | null;
  /** A change waits to be saved with the scenario (set by src/state/user-layers-session.ts). */
  saving: boolean;
  setReading: (file: string | null) => void;
  announce: (added: Omit<AddedAnnouncement, 'serial'>) => void;
  /** Adds the parts of one file, each as its own layer (or table); returns their ids. */
  add: (parts: readonly ParsedPart[]) => string[];
  remove: (id: string) => void;
  toggle: (id: string) => void;
  restyle: (id: string, style: UserLayerStyle) => void;
  /** The layers of another scenario (read from storage): none of this one's stays. */
  replaceAll: (layers: UserLayer[]) => void;
  select: (selection: UserFeatureSelection | null) => void;
};

const LAYER_ID = /^layer-(\d+)$/;

function nextNumber(layers: readonly UserLayer[]): number {
  return Math.max(0, ...layers.map((l) => Number(LAYER_ID.exec(l.id)?.[1] ?? 0))) + 1;
}

export const useUserLayersStore = create<UserLayersState>()((set, get) => ({
  layers: [],
  selected: null,
  reading: null,
  announcement: null,
  saving: false,
  setReading: (reading) => set({ reading }),
  announce: (added) =>
    set((state) => ({
      announcement: { ...added, serial: (state.announcement?.serial ?? 0) + 1 },
    })),
  add: (parts) => {
    const first = nextNumber(get().layers);
    const added = parts.map(
      (part, k): UserLayer => ({
        id: `layer-${first + k}`,
        name: part.name,
        part,
        visible: true,
        style: DEFAULT_USER_LAYER_STYLE,
      }),
    );
    set((state) => ({ layers: [...state.layers, ...added] }));
    return added.map((layer) => layer.id);
  },
  remove: (id) =>
    set((state) => ({
      layers: state.layers.filter((layer) => layer.id !== id),
      selected: state.selected?.layerId === id ? null : state.selected,
    })),
  toggle: (id) =>
    set((state) => ({
      layers: state.layers.map((layer) =>
        layer.id === id ? { ...layer, visible: !layer.visible } : layer,
      ),
    })),
  restyle: (id, style) =>
    set((state) => ({
      layers: state.layers.map((layer) => (layer.id === id ? { ...layer, style } : layer)),
    })),
  replaceAll: (layers) => set({ layers, selected: null }),
  select: (selected) => set({ selected }),
}));

/** How many features (or rows, for a table) a part holds. */
export function partCount(part: ParsedPart): number {
  return part.kind === 'features' ? part.features.length : part.rows.length;
}
