/**
 * The one scenario the planner is working on (DESIGN principle 4): node edits, analysis
 * parameters, slides and the view. Every edit of nodes, parameters or slides is one undo step
 * (zundo); a quick run of edits to one value (a slider dragged, a caption typed) is one step too.
 * View changes and the name are not undone.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { defaultScenario } from '../scenario/default-scenario';
import { LANGUAGES } from '../vocabulary/languages';
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
  /** Several candidates in one undo step (e.g. the best new sites); returns their ids. */
  addCandidates: (
    candidates: { name: string; position: LonLat; region: string | null }[],
  ) => string[];
  /** Replaces the whole staging (a suggested one) in one undo step. */
  applyStages: (stages: Record<string, Stage>) => void;
  renameCandidate: (id: string, name: string) => void;
  resetMovedNodes: () => void;
  setAnalysis: (change: Partial<ScenarioAnalysis>) => void;
  setView: (change: Partial<ScenarioView>) => void;
  rename: (name: string) => void;
  addSlide: (slide: Omit<Slide, 'id'>) => string;
  updateSlideCaption: (id: string, caption: Slide['caption']) => void;
  /** The speaker notes of a slide; typing in one language is one undo step, as for captions. */
  updateSlideNotes: (id: string, notes: Slide['notes']) => void;
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

/** Edits of one value less than this far apart join one undo step (a drag, a run of typing). */
export const UNDO_JOIN_MS = 1000;

let lastJoinable: { key: string; at: number } | null = null;

/**
 * Applies a tracked edit. With a `joinKey` (which value it changes), an edit that follows one of
 * the same key within UNDO_JOIN_MS joins that edit's undo step instead of making its own.
 */
function tracked(joinKey: string | null, apply: () => void): void {
  const now = Date.now();
  const joins =
    joinKey !== null && lastJoinable?.key === joinKey && now - lastJoinable.at < UNDO_JOIN_MS;
  lastJoinable = joinKey === null ? null : { key: joinKey, at: now };
  const history = useScenarioStore.temporal.getState();
  if (!joins || !history.isTracking) {
    apply();
    return;
  }
  history.pause();
  apply();
  history.resume();
}

/** The one slider a change moves ('analysis:radiusKm', 'analysis:zoneDepthKm.UZ'…), else null. */
function sliderKey(current: ScenarioAnalysis, change: Partial<ScenarioAnalysis>): string | null {
  const changed: string[] = [];
  if (change.radiusKm !== undefined && change.radiusKm !== current.radiusKm)
    changed.push('radiusKm');
  if (change.bandDepthKm !== undefined && change.bandDepthKm !== current.bandDepthKm) {
    changed.push('bandDepthKm');
  }
  for (const [neighbour, km] of Object.entries(change.zoneDepthKm ?? {})) {
    if (current.zoneDepthKm[neighbour as keyof ScenarioAnalysis['zoneDepthKm']] !== km) {
      changed.push(`zoneDepthKm.${neighbour}`);
    }
  }
  const other = change.method !== undefined && change.method !== current.method;
  return changed.length === 1 && !other ? `analysis:${changed[0]}` : null;
}

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
        tracked(null, () =>
          set((state) => ({ nodes: edit(state.nodes), meta: touched(state.meta) })),
        );
      /** A caption or notes edit; letters typed in one language of one slide join one step. */
      const updateSlideText = (
        id: string,
        field: 'caption' | 'notes',
        text: Slide[typeof field],
      ) => {
        const before = get().slides.find((s) => s.id === id)?.[field];
        const languages = LANGUAGES.filter((lang) => before?.[lang] !== text[lang]);
        tracked(languages.length === 1 ? `${field}:${id}:${languages[0]}` : null, () =>
          set((state) => ({
            slides: state.slides.map((s) => (s.id === id ? { ...s, [field]: text } : s)),
            meta: touched(state.meta),
          })),
        );
      };
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
        addCandidate: (candidate) => get().addCandidates([candidate])[0] as string,
        addCandidates: (added) => {
          const first = Number(nextCandidateId(get().nodes).slice('candidate-'.length));
          const candidates = added.map((c, k) => ({ ...c, id: `candidate-${first + k}` }));
          editNodes((nodes) => ({ ...nodes, candidates: [...nodes.candidates, ...candidates] }));
          return candidates.map((c) => c.id);
        },
        applyStages: (stages) => editNodes((nodes) => ({ ...nodes, stages: { ...stages } })),
        renameCandidate: (id, name) =>
          editNodes((nodes) => ({
            ...nodes,
            candidates: nodes.candidates.map((c) => (c.id === id ? { ...c, name } : c)),
          })),
        resetMovedNodes: () => editNodes((nodes) => ({ ...nodes, moved: {} })),
        setAnalysis: (change) =>
          tracked(sliderKey(get().analysis, change), () =>
            set((state) => ({
              analysis: { ...state.analysis, ...change },
              meta: touched(state.meta),
            })),
          ),
        setView: (change) => set((state) => ({ view: { ...state.view, ...change } })),
        rename: (name) => set((state) => ({ meta: { ...touched(state.meta), name } })),
        addSlide: (slide) => {
          const numbers = get().slides.map((s) => Number(SLIDE_ID.exec(s.id)?.[1] ?? 0));
          const id = `slide-${Math.max(0, ...numbers) + 1}`;
          tracked(null, () =>
            set((state) => ({
              slides: [...state.slides, { ...slide, id }],
              meta: touched(state.meta),
            })),
          );
          return id;
        },
        updateSlideCaption: (id, caption) => updateSlideText(id, 'caption', caption),
        updateSlideNotes: (id, notes) => updateSlideText(id, 'notes', notes),
        moveSlide: (id, offset) => {
          const from = get().slides.findIndex((s) => s.id === id);
          const to = from + offset;
          if (from < 0 || to < 0 || to >= get().slides.length) return;
          tracked(null, () =>
            set((state) => {
              const slides = [...state.slides];
              const [moved] = slides.splice(from, 1);
              if (moved) slides.splice(to, 0, moved);
              return { slides, meta: touched(state.meta) };
            }),
          );
        },
        deleteSlide: (id) =>
          tracked(null, () =>
            set((state) => ({
              slides: state.slides.filter((s) => s.id !== id),
              meta: touched(state.meta),
            })),
          ),
        replaceScenario: (scenario) => {
          lastJoinable = null;
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
      // Node, parameter and slide edits make a history entry; view and name changes pass by.
      equality: (past, current) =>
        past.nodes === current.nodes &&
        past.analysis === current.analysis &&
        past.slides === current.slides,
      limit: 200,
    },
  ),
);

/** Undo and redo restore nodes, parameters and slides, never the view or the scenario's identity. */
export function undo(): void {
  lastJoinable = null;
  useScenarioStore.temporal.getState().undo();
}

export function redo(): void {
  lastJoinable = null;
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
