/**
 * The population base in use: the open data (the listed settlements) or the user's settlement
 * table, replacing or extending them. Kept in IndexedDB, so a reload runs on the same base.
 */
import { create } from 'zustand';
import type { AnalysisInput } from '../analysis/types';
import type { AtlasData } from '../data/atlas';
import { listedPopulation } from '../data/atlas-index';
import { z } from '../data/zod';
import type { Wording } from '../i18n/wording';
import {
  type BaseMode,
  baseSettlements,
  type RowProblem,
  type SettlementRow,
  settlementTable,
} from '../user-data/settlement-table';
import type { ParsedPart } from '../user-data/types';
import { useNoticeStore } from './notice-store';
import { loadUserData, type SaveOutcome, saveUserData } from './user-data-storage';

/** A settlement table in use: its rows resolved once, so switching the mode reads no file. */
export type PopulationBase = {
  fileName: string;
  mode: BaseMode;
  rows: SettlementRow[];
  problems: RowProblem[];
};

type PopulationBaseState = {
  /** null: the open data. */
  base: PopulationBase | null;
  /** Bumped on every change of base: answers computed on an earlier base are out of date. */
  revision: number;
  /** Reads `part` as a settlement table; refuses it (notice, base unchanged) when unusable. */
  applyTable: (atlas: AtlasData, fileName: string, part: ParsedPart, mode: BaseMode) => boolean;
  setMode: (atlas: AtlasData, mode: BaseMode) => void;
  backToOpenData: (atlas: AtlasData) => void;
  /** The base kept from the last visit, if any. */
  restore: () => Promise<void>;
};

const STORAGE_KEY = 'population-base';

const rowSchema = z.object({
  row: z.number(),
  name: z.string(),
  matched: z.string().nullable(),
  id: z.string(),
  coordinates: z.tuple([z.number(), z.number()]),
  population: z.number(),
  region: z.string(),
  year: z.string().nullable(),
  source: z.string().nullable(),
});
const baseSchema = z.object({
  fileName: z.string(),
  mode: z.enum(['replace', 'extend']),
  rows: z.array(rowSchema),
  problems: z.array(
    z.object({
      row: z.number(),
      name: z.string(),
      column: z.string().nullable(),
      reason: z.enum([
        'noName',
        'noMatch',
        'ambiguous',
        'duplicate',
        'populationNotANumber',
        'notAPoint',
        'outsideCountry',
      ]),
    }),
  ),
});

const notify = (tone: 'info' | 'warning' | 'error', message: Wording) =>
  useNoticeStore.getState().notify({ tone, message });

const SAVE_NOTICE: Record<Exclude<SaveOutcome, 'saved'>, Wording> = {
  full: { key: 'populationBase.storageFull' },
  unavailable: { key: 'populationBase.notSaved' },
};

function keep(base: PopulationBase | null): void {
  void saveUserData(STORAGE_KEY, base).then((outcome) => {
    if (outcome !== 'saved') notify('warning', SAVE_NOTICE[outcome]);
  });
}

const settlementsCache = new WeakMap<PopulationBase, AnalysisInput['settlements']>();

/**
 * The analysis's settlements on a base; undefined for the open data (the input's default).
 * The same base gives the same array, so runners can tell a changed base by identity.
 */
export function settlementsOfBase(
  atlas: AtlasData,
  base: PopulationBase | null,
): AnalysisInput['settlements'] | undefined {
  if (!base) return undefined;
  let settlements = settlementsCache.get(base);
  if (!settlements) {
    settlements = baseSettlements(atlas, base.rows, base.mode);
    settlementsCache.set(base, settlements);
  }
  return settlements;
}

/** How many settlements and people the base counts. */
export function baseTotals(
  atlas: AtlasData,
  base: PopulationBase | null,
): { settlements: number; population: number } {
  const settlements = settlementsOfBase(atlas, base);
  if (!settlements) {
    return { settlements: atlas.settlements.features.length, population: listedPopulation(atlas) };
  }
  return {
    settlements: settlements.length,
    population: settlements.reduce((sum, s) => sum + (s.population ?? 0), 0),
  };
}

function announce(atlas: AtlasData, base: PopulationBase | null): void {
  const { settlements, population } = baseTotals(atlas, base);
  notify(
    'info',
    base
      ? {
          key: `populationBase.inUse.${base.mode}`,
          values: { file: base.fileName, count: settlements, people: population },
        }
      : { key: 'populationBase.openData', values: { count: settlements, people: population } },
  );
}

export const usePopulationBaseStore = create<PopulationBaseState>()((set, get) => ({
  base: null,
  revision: 0,
  applyTable: (atlas, fileName, part, mode) => {
    const table = settlementTable(part, atlas, { mode });
    if (!table.ok) {
      notify('error', {
        key:
          table.missing === 'name'
            ? 'populationBase.noNameColumn'
            : 'populationBase.noPopulationColumn',
        values: { file: fileName, columns: table.columns.join(', ') },
      });
      return false;
    }
    if (table.rows.length === 0) {
      notify('error', {
        key: 'populationBase.noUsableRow',
        values: { file: fileName, count: table.problems.length },
      });
      return false;
    }
    const base = { fileName, mode, rows: table.rows, problems: table.problems };
    set((state) => ({ base, revision: state.revision + 1 }));
    keep(base);
    announce(atlas, base);
    return true;
  },
  setMode: (atlas, mode) => {
    const current = get().base;
    if (!current || current.mode === mode) return;
    const base = { ...current, mode };
    set((state) => ({ base, revision: state.revision + 1 }));
    keep(base);
    announce(atlas, base);
  },
  backToOpenData: (atlas) => {
    if (!get().base) return;
    set((state) => ({ base: null, revision: state.revision + 1 }));
    keep(null);
    announce(atlas, null);
  },
  restore: async () => {
    const kept = baseSchema.safeParse(await loadUserData(STORAGE_KEY));
    if (kept.success && get().base === null) {
      set((state) => ({ base: kept.data, revision: state.revision + 1 }));
    }
  },
}));

let restored: Promise<void> | undefined;

/** Restores the base kept from the last visit, once per page, before the first analysis. */
export function restorePopulationBase(): Promise<void> {
  restored ??= usePopulationBaseStore.getState().restore();
  return restored;
}
