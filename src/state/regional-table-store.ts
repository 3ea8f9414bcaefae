/**
 * The user's regional table (actual figures per region) and which of its columns the indicator
 * choropleth shows instead of the Concept's measure. Kept in IndexedDB like the population base.
 */
import { create } from 'zustand';
import type { AtlasData } from '../data/atlas';
import type { RegionId } from '../data/schema';
import { z } from '../data/zod';
import type { Wording } from '../i18n/wording';
import type { UserIndicator } from '../investor/choropleth';
import {
  type RegionalIndicator,
  type RegionalProblem,
  regionalTable,
} from '../user-data/regional-table';
import type { ParsedPart } from '../user-data/types';
import { INDICATOR_IDS, REGION_IDS, TABLE1_YEARS } from '../vocabulary/ids';
import { useNoticeStore } from './notice-store';
import { loadUserData, type SaveOutcome, saveUserData } from './user-data-storage';

/** A regional table in use: its columns matched to the regions once. */
export type UserRegionalTable = {
  fileName: string;
  regionColumn: string;
  indicators: RegionalIndicator[];
  problems: RegionalProblem[];
  /** The column drawn on the map, or null (the Concept's indicators). */
  shown: string | null;
};

type RegionalTableState = {
  table: UserRegionalTable | null;
  /** Reads `part` as a regional table; refuses it (notice, table unchanged) when unusable. */
  applyTable: (atlas: AtlasData, fileName: string, part: ParsedPart) => boolean;
  /** Draws `column` of the table, or the Concept's indicators for null. */
  show: (column: string | null) => void;
  remove: () => void;
  restore: () => Promise<void>;
};

const STORAGE_KEY = 'regional-table';

const tableSchema = z.object({
  fileName: z.string(),
  regionColumn: z.string(),
  indicators: z.array(
    z.object({
      column: z.string(),
      values: z.array(z.object({ region: z.string(), value: z.number() })),
      table1: z
        .object({
          measure: z.enum(INDICATOR_IDS),
          year: z.union([
            z.literal(TABLE1_YEARS[0]),
            z.literal(TABLE1_YEARS[1]),
            z.literal(TABLE1_YEARS[2]),
          ]),
        })
        .nullable(),
    }),
  ),
  problems: z.array(
    z.object({
      row: z.number(),
      key: z.string(),
      reason: z.enum(['noMatch', 'ambiguous', 'duplicate']),
    }),
  ),
  shown: z.string().nullable(),
});

const notify = (tone: 'info' | 'warning' | 'error', message: Wording) =>
  useNoticeStore.getState().notify({ tone, message });

const SAVE_NOTICE: Record<Exclude<SaveOutcome, 'saved'>, Wording> = {
  full: { key: 'regionalTable.storageFull' },
  unavailable: { key: 'regionalTable.notSaved' },
};

function keep(table: UserRegionalTable | null): void {
  void saveUserData(STORAGE_KEY, table).then((outcome) => {
    if (outcome !== 'saved') notify('warning', SAVE_NOTICE[outcome]);
  });
}

const isRegionId = (id: string): id is RegionId => (REGION_IDS as readonly string[]).includes(id);

const userIndicators = new WeakMap<RegionalIndicator, UserIndicator>();

/**
 * The column the table shows, as the choropleth's user indicator; null when none is shown. The
 * same table gives the same object, so the map and the panel share one classing.
 */
export function shownIndicator(table: UserRegionalTable | null): UserIndicator | null {
  const indicator = table?.indicators.find((entry) => entry.column === table.shown);
  if (!table || !indicator) return null;
  let user = userIndicators.get(indicator);
  if (!user) {
    user = {
      column: indicator.column,
      fileName: table.fileName,
      values: indicator.values.flatMap((entry) =>
        isRegionId(entry.region) ? [{ region: entry.region, value: entry.value }] : [],
      ),
    };
    userIndicators.set(indicator, user);
  }
  return user;
}

export const useRegionalTableStore = create<RegionalTableState>()((set, get) => ({
  table: null,
  applyTable: (atlas, fileName, part) => {
    const result = regionalTable(part, atlas);
    if (!result.ok) {
      notify('error', {
        key:
          result.reason === 'noRegionColumn'
            ? 'regionalTable.noRegionColumn'
            : 'regionalTable.noNumericColumn',
        values: { file: fileName, columns: result.columns.join(', ') },
      });
      return false;
    }
    const table: UserRegionalTable = {
      fileName,
      regionColumn: result.regionColumn,
      indicators: result.indicators,
      problems: result.problems,
      shown: null,
    };
    set({ table });
    keep(table);
    notify('info', {
      key: 'regionalTable.applied',
      values: {
        file: fileName,
        count: new Set(result.indicators.flatMap((i) => i.values.map((v) => v.region))).size,
      },
    });
    return true;
  },
  show: (column) => {
    const current = get().table;
    if (!current || current.shown === column) return;
    const table = { ...current, shown: column };
    set({ table });
    keep(table);
  },
  remove: () => {
    if (!get().table) return;
    set({ table: null });
    keep(null);
  },
  restore: async () => {
    const kept = tableSchema.safeParse(await loadUserData(STORAGE_KEY));
    if (kept.success && get().table === null) set({ table: kept.data });
  },
}));

let restored: Promise<void> | undefined;

/** Restores the table kept from the last visit, once per page. */
export function restoreRegionalTable(): Promise<void> {
  restored ??= useRegionalTableStore.getState().restore();
  return restored;
}
