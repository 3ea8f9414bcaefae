/**
 * The one scenario the planner is working on (DESIGN principle 4): node edits, analysis
 * parameters and the view. Node and parameter edits are undoable (zundo); view changes are not.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { defaultScenario } from '../scenario/default-scenario';
import {
  type LonLat,
  SCENARIO_VERSION,
  type Scenario,
  type ScenarioAnalysis,
  type ScenarioNodes,
  type ScenarioView,
  type Slide,
  type Stage,
} from '../vocabulary/scenario';

type ScenarioMeta = Pick<Scenario, 'id' | 'name' | 'updatedAt'>;

/** The scenario's parts side by side, so undo can restore `nodes` and `analysis` alone. */
type ScenarioState = {
  meta: ScenarioMeta;
  nodes: ScenarioNodes;
  analysis: ScenarioAnalysis;
  view: ScenarioView;
  slides: Slide[];
  moveNode: (id: string, position: LonLat) => void;
  removeNode: (id: string) => void;
  restoreNode: (id: string) => void;
  setStage: (id: string, stage: Stage | null) => void;
  addCandidate: (candidate: { name: string; position: LonLat; region: string | null }) => string;
  renameCandidate: (id: string, name: string) => void;
  resetMovedNodes: () => void;
  setAnalysis: (change: Partial<ScenarioAnalysis>) => void;
  setView: (change: Partial<ScenarioView>) => void;
  rename: (name: string) => void;
  addSlide: (slide: Omit<Slide, 'id'>) => string;
  updateSlideCaption: (id: string, caption: Slide['caption']) => void;
  moveSlide: (id: string, offset: -1 | 1) => void;
  deleteSlide: (id: string) => void;
  /** Loads another scenario (stored, imported or from a link); its edits start a new history. */
  replaceScenario: (scenario: Scenario) => void;
};

/** The part of the scenario that undo/redo restores. */
type Tracked = Pick<ScenarioState, 'nodes' | 'analysis' | 'slides'>;

function split(
  scenario: Scenario,
): Pick<ScenarioState, 'meta' | 'nodes' | 'analysis' | 'view' | 'slides'> {
  const { id, name, updatedAt, nodes, analysis, view, slides } = scenario;
  return { meta: { id, name, updatedAt }, nodes, analysis, view, slides };
}

const SLIDE_ID = /^slide-(\d+)$/;

const touched = (meta: ScenarioMeta): ScenarioMeta => ({
  ...meta,
  updatedAt: new Date().toISOString(),
});

const CANDIDATE_ID = /^candidate-(\d+)$/;

function nextCandidateId(nodes: ScenarioNodes): string {
  const numbers = nodes.candidates.map((c) => Number(CANDIDATE_ID.exec(c.id)?.[1] ?? 0));
  return `candidate-${Math.max(0, ...numbers) + 1}`;
}

function withoutKey<V>(record: Record<string, V>, key: string): Record<string, V> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

export const useScenarioStore = create<ScenarioState>()(
  temporal(
    (set, get) => {
      const editNodes = (edit: (nodes: ScenarioNodes) => ScenarioNodes) =>
        set((state) => ({ nodes: edit(state.nodes), meta: touched(state.meta) }));
      return {
        ...split(defaultScenario()),
        moveNode: (id, position) =>
          editNodes((nodes) =>
            nodes.candidates.some((c) => c.id === id)
              ? {
                  ...nodes,
                  candidates: nodes.candidates.map((c) => (c.id === id ? { ...c, position } : c)),
                }
              : { ...nodes, moved: { ...nodes.moved, [id]: position } },
          ),
        removeNode: (id) =>
          editNodes((nodes) =>
            nodes.candidates.some((c) => c.id === id)
              ? {
                  ...nodes,
                  candidates: nodes.candidates.filter((c) => c.id !== id),
                  stages: withoutKey(nodes.stages, id),
                }
              : { ...nodes, removed: [...new Set([...nodes.removed, id])] },
          ),
        restoreNode: (id) =>
          editNodes((nodes) => ({ ...nodes, removed: nodes.removed.filter((r) => r !== id) })),
        setStage: (id, stage) =>
          editNodes((nodes) => ({
            ...nodes,
            stages:
              stage === null ? withoutKey(nodes.stages, id) : { ...nodes.stages, [id]: stage },
          })),
        addCandidate: ({ name, position, region }) => {
          const id = nextCandidateId(get().nodes);
          editNodes((nodes) => ({
            ...nodes,
            candidates: [...nodes.candidates, { id, name, position, region }],
          }));
          return id;
        },
        renameCandidate: (id, name) =>
          editNodes((nodes) => ({
            ...nodes,
            candidates: nodes.candidates.map((c) => (c.id === id ? { ...c, name } : c)),
          })),
        resetMovedNodes: () => editNodes((nodes) => ({ ...nodes, moved: {} })),
        setAnalysis: (change) =>
          set((state) => ({
            analysis: { ...state.analysis, ...change },
            meta: touched(state.meta),
          })),
        setView: (change) => set((state) => ({ view: { ...state.view, ...change } })),
        rename: (name) => set((state) => ({ meta: { ...touched(state.meta), name } })),
        addSlide: (slide) => {
          const numbers = get().slides.map((s) => Number(SLIDE_ID.exec(s.id)?.[1] ?? 0));
          const id = `slide-${Math.max(0, ...numbers) + 1}`;
          set((state) => ({
            slides: [...state.slides, { ...slide, id }],
            meta: touched(state.meta),
          }));
          return id;
        },
        updateSlideCaption: (id, caption) =>
          set((state) => ({
            slides: state.slides.map((s) => (s.id === id ? { ...s, caption } : s)),
            meta: touched(state.meta),
          })),
        moveSlide: (id, offset) =>
          set((state) => {
            const from = state.slides.findIndex((s) => s.id === id);
            const to = from + offset;
            if (from < 0 || to < 0 || to >= state.slides.length) return state;
            const slides = [...state.slides];
            const [moved] = slides.splice(from, 1);
            if (moved) slides.splice(to, 0, moved);
            return { slides, meta: touched(state.meta) };
          }),
        deleteSlide: (id) =>
          set((state) => ({
            slides: state.slides.filter((s) => s.id !== id),
            meta: touched(state.meta),
          })),
        replaceScenario: (scenario) => {
          set(split(scenario));
          useScenarioStore.temporal.getState().clear();
        },
      };
    },
    {
      partialize: (state): Tracked => ({
        nodes: state.nodes,
        analysis: state.analysis,
        slides: state.slides,
      }),
      // Only node and parameter edits make a history entry; view and name changes pass by.
      equality: (past, current) =>
        past.nodes === current.nodes && past.analysis === current.analysis,
      limit: 200,
    },
  ),
);

/** Undo and redo restore nodes and parameters, never the view or the scenario's identity. */
export function undo(): void {
  useScenarioStore.temporal.getState().undo();
}

export function redo(): void {
  useScenarioStore.temporal.getState().redo();
}

let lastParts: unknown[] = [];
let lastScenario: Scenario | null = null;

/** The store's parts as one Scenario object; the same parts give the same object (for autosave). */
export function currentScenario(state: ScenarioState = useScenarioStore.getState()): Scenario {
  const parts = [state.meta, state.nodes, state.analysis, state.view, state.slides];
  if (lastScenario && parts.every((part, i) => part === lastParts[i])) return lastScenario;
  lastParts = parts;
  lastScenario = {
    version: SCENARIO_VERSION,
    ...state.meta,
    nodes: state.nodes,
    analysis: state.analysis,
    view: state.view,
    slides: state.slides,
  };
  return lastScenario;
}
