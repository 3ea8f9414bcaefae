/**
 * Location planning as the planner sees it: which question is open (staging, new sites, the pull
 * abroad), the options of each, and each request's last answer or what was wrong with it. Not
 * saved: the answers follow from the scenario, which is.
 */
import { create } from 'zustand';
import type { PlanningIssue } from '../planning/planning-error';
import type {
  BestSitesAnswer,
  GravityAnswer,
  MinimumSetAnswer,
  PlanOutcome,
  SiteSurfaceAnswer,
  StagesAnswer,
} from '../planning/planning-session';
import {
  type CoverObjective,
  DEFAULT_COVER_TARGET_PERCENT,
  DEFAULT_STAGE_SIZE,
  HUFF_DEFAULTS,
  type PlanningObjective,
  SITE_COUNT_RANGE,
} from '../vocabulary/planning';
import type { Stage } from '../vocabulary/scenario';

export type PlanningQuestion = 'stages' | 'sites' | 'gravity';
export type PlanningJob = 'stages' | 'minimumSet' | 'siteSurface' | 'bestSites' | 'gravity';

/** Why a request has no answer: a request it cannot meet, bad options, or a failure. */
export type PlanningFailure =
  | { kind: 'issue'; issue: PlanningIssue }
  | { kind: 'invalid'; messages: string[] }
  | { kind: 'error'; message: string };

/** One request kind: the last answer (kept while a new one runs), and for which scenario state. */
export interface JobState<T> {
  running: boolean;
  startedAt: number | null;
  /** The key of the request under way (a refresh with the same key need not ask again). */
  requestKey: string | null;
  answer: T | null;
  /** The scenario and options the answer is for (`planningKey`): another key means out of date. */
  answerKey: string | null;
  failure: PlanningFailure | null;
  /** The planner stopped the last request. */
  cancelled: boolean;
}

export interface PlanningOptions {
  objective: PlanningObjective;
  stageSize: number;
  onePerRegion: boolean;
  /** Node id → a stage it must be in, or 'excluded'. */
  pins: Record<string, Stage | 'excluded'>;
  coverTarget: number;
  coverObjective: CoverObjective;
  siteObjective: CoverObjective;
  siteCount: number;
  beta: number;
  alpha: number;
}

type Answers = {
  stages: StagesAnswer;
  minimumSet: MinimumSetAnswer;
  siteSurface: SiteSurfaceAnswer;
  bestSites: BestSitesAnswer;
  gravity: GravityAnswer;
};

const idle = <T>(): JobState<T> => ({
  running: false,
  startedAt: null,
  requestKey: null,
  answer: null,
  answerKey: null,
  failure: null,
  cancelled: false,
});

type PlanningState = {
  /** The planning section is open, and on which question. */
  open: boolean;
  question: PlanningQuestion;
  options: PlanningOptions;
  jobs: { [J in PlanningJob]: JobState<Answers[J]> };
  setOpen: (open: boolean) => void;
  setQuestion: (question: PlanningQuestion) => void;
  setOptions: (change: Partial<PlanningOptions>) => void;
  started: (job: PlanningJob, key: string) => void;
  /** Stores an outcome; `null` (superseded or cancelled) only ends the run. */
  finished: <J extends PlanningJob>(
    job: J,
    key: string,
    outcome: PlanOutcome<Answers[J]> | null,
  ) => void;
  failed: (job: PlanningJob, message: string) => void;
  cancelled: () => void;
};

export const usePlanningStore = create<PlanningState>()((set) => ({
  open: false,
  question: 'stages',
  options: {
    objective: 'population',
    stageSize: DEFAULT_STAGE_SIZE,
    onePerRegion: false,
    pins: {},
    coverTarget: DEFAULT_COVER_TARGET_PERCENT,
    coverObjective: 'population',
    siteObjective: 'population',
    siteCount: SITE_COUNT_RANGE.max,
    beta: HUFF_DEFAULTS.beta,
    alpha: HUFF_DEFAULTS.alpha,
  },
  jobs: {
    stages: idle(),
    minimumSet: idle(),
    siteSurface: idle(),
    bestSites: idle(),
    gravity: idle(),
  },
  setOpen: (open) => set({ open }),
  setQuestion: (question) => set({ question, open: true }),
  setOptions: (change) => set((state) => ({ options: { ...state.options, ...change } })),
  started: (job, key) =>
    set((state) => ({
      jobs: {
        ...state.jobs,
        [job]: {
          ...state.jobs[job],
          running: true,
          startedAt: Date.now(),
          requestKey: key,
          cancelled: false,
        },
      },
    })),
  finished: (job, key, outcome) =>
    set((state) => {
      const before = state.jobs[job];
      if (outcome === null)
        return { jobs: { ...state.jobs, [job]: { ...before, running: false } } };
      const next: JobState<unknown> = outcome.ok
        ? {
            running: false,
            startedAt: null,
            requestKey: null,
            answer: outcome.value,
            answerKey: key,
            failure: null,
            cancelled: false,
          }
        : {
            ...before,
            running: false,
            startedAt: null,
            failure:
              'issue' in outcome
                ? { kind: 'issue', issue: outcome.issue }
                : { kind: 'invalid', messages: outcome.invalid },
          };
      return { jobs: { ...state.jobs, [job]: next } };
    }),
  failed: (job, message) =>
    set((state) => ({
      jobs: {
        ...state.jobs,
        [job]: {
          ...state.jobs[job],
          running: false,
          startedAt: null,
          failure: { kind: 'error', message },
        },
      },
    })),
  cancelled: () =>
    set((state) => ({
      jobs: Object.fromEntries(
        Object.entries(state.jobs).map(([job, s]) => [
          job,
          s.running ? { ...s, running: false, startedAt: null, cancelled: true } : s,
        ]),
      ) as PlanningState['jobs'],
    })),
}));
