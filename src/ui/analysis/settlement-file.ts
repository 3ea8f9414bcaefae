// A file chosen as a settlement table: parsed in the import worker, then read as the base.
import type { AtlasData } from '../../data/atlas';
import { translator } from '../../i18n/i18n';
import { useNoticeStore } from '../../state/notice-store';
import { usePopulationBaseStore } from '../../state/population-base-store';
import type { BaseMode } from '../../user-data/settlement-table';
import type { Language } from '../../vocabulary/languages';
import { importFile } from '../../worker/import-client';

/**
 * Makes `file` the population base (the lead's layer panel calls it too, for "Use as population
 * base"); a refused file leaves the base as it was and says why. Resolves true when it was used.
 */
export async function chooseSettlementFile(
  atlas: AtlasData,
  file: File,
  mode: BaseMode,
  lang: Language,
): Promise<boolean> {
  const outcome = await importFile(file);
  if (!outcome.ok) {
    // The import's own reason, worded now: the notice names the file and what is wrong with it.
    const t = translator(lang) as unknown as (key: string, values?: object) => string;
    useNoticeStore.getState().notify({
      tone: 'error',
      message: {
        key: 'populationBase.unreadable',
        values: { why: t(`importing:${outcome.problem.key}`, outcome.problem.values) },
      },
    });
    return false;
  }
  const [part] = outcome.parts;
  if (!part) return false;
  return usePopulationBaseStore.getState().applyTable(atlas, file.name, part, mode);
}
