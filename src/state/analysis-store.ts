/**
 * The analysis the planner is exploring: parameters, moved growth nodes, which result layers
 * show, and the last good result (kept when a run fails).
 */
import { create } from 'zustand';
import {
  type CatchmentMethod,
  DEFAULT_BAND_DEPTH_KM,
  DEFAULT_RADIUS_KM,
  DEFAULT_ZONE_DEPTH_KM,
  type ZONE_NEIGHBOURS,
} from '../analysis/param-ranges';
import type { AnalysisResult, LonLat } from '../analysis/types';

export type ZoneNeighbour = (typeof ZONE_NEIGHBOURS)[number];
export const ANALYSIS_LAYERS = ['catchments', 'overlaps', 'uncovered', 'zones', 'band'] as const;
export type AnalysisLayerId = (typeof ANALYSIS_LAYERS)[number];

export type AnalysisParamsState = {
  method: CatchmentMethod;
  radiusKm: number;
  zoneDepthKm: Record<ZoneNeighbour, number>;
  bandDepthKm: number;
};

/** The statistics tables; a row pointed at in one outlines its polygon on the map. */
export type StatsTable = 'nodes' | 'zones' | 'regions' | 'band';
export type AnalysisHighlight = { table: StatsTable; key: string };

type AnalysisState = {
  params: AnalysisParamsState;
  movedNodes: Record<string, LonLat>;
  visibleLayers: Record<AnalysisLayerId, boolean>;
  computing: boolean;
  result: AnalysisResult | null;
  error: string | null;
  highlight: AnalysisHighlight | null;
  setMethod: (method: CatchmentMethod) => void;
  setRadius: (km: number) => void;
  setZoneDepth: (neighbour: ZoneNeighbour, km: number) => void;
  setBandDepth: (km: number) => void;
  moveNode: (id: string, position: LonLat) => void;
  resetNodes: () => void;
  toggleLayer: (layer: AnalysisLayerId) => void;
  setHighlight: (highlight: AnalysisHighlight | null) => void;
  started: () => void;
  succeeded: (result: AnalysisResult) => void;
  failed: (message: string) => void;
};

export const DEFAULT_ANALYSIS_PARAMS: AnalysisParamsState = {
  method: 'radius',
  radiusKm: DEFAULT_RADIUS_KM,
  zoneDepthKm: {
    UZ: DEFAULT_ZONE_DEPTH_KM,
    TJ: DEFAULT_ZONE_DEPTH_KM,
    KZ: DEFAULT_ZONE_DEPTH_KM,
    CN: DEFAULT_ZONE_DEPTH_KM,
  },
  bandDepthKm: DEFAULT_BAND_DEPTH_KM,
};

export const useAnalysisStore = create<AnalysisState>()((set) => ({
  params: DEFAULT_ANALYSIS_PARAMS,
  movedNodes: {},
  visibleLayers: { catchments: true, overlaps: true, uncovered: true, zones: true, band: false },
  computing: false,
  result: null,
  error: null,
  highlight: null,
  setMethod: (method) => set((state) => ({ params: { ...state.params, method } })),
  setRadius: (radiusKm) => set((state) => ({ params: { ...state.params, radiusKm } })),
  setZoneDepth: (neighbour, km) =>
    set((state) => ({
      params: { ...state.params, zoneDepthKm: { ...state.params.zoneDepthKm, [neighbour]: km } },
    })),
  setBandDepth: (bandDepthKm) => set((state) => ({ params: { ...state.params, bandDepthKm } })),
  moveNode: (id, position) =>
    set((state) => ({ movedNodes: { ...state.movedNodes, [id]: position } })),
  resetNodes: () => set({ movedNodes: {} }),
  toggleLayer: (layer) =>
    set((state) => ({
      visibleLayers: { ...state.visibleLayers, [layer]: !state.visibleLayers[layer] },
    })),
  setHighlight: (highlight) => set({ highlight }),
  started: () => set({ computing: true }),
  succeeded: (result) => set({ result, computing: false, error: null }),
  failed: (error) => set({ computing: false, error }),
}));
