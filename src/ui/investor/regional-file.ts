// A file chosen as a regional table: parsed in the import worker, then matched to the regions.
import type { AtlasData } from '../../data/atlas';
import { translator } from '../../i18n/i18n';
import { useNoticeStore } from '../../state/notice-store';
import { useRegionalTableStore } from '../../state/regional-table-store';
import type { Language } from '../../vocabulary/languages';
import { importFile } from '../../worker/import-client';

/**
 * Makes `file` the user's regional table; a refused file leaves the table as it was and says
 * why. Resolves true when it was used.
 */
export async function chooseRegionalFile(
  atlas: AtlasData,
  file: File,
  lang: Language,
): Promise<boolean> {
  const outcome = await importFile(file);
  if (!outcome.ok) {
    const t = translator(lang) as unknown as (key: string, values?: object) => string;
    useNoticeStore.getState().notify({
      tone: 'error',
      message: {
        key: 'regionalTable.unreadable',
        values: { why: t(`importing:${outcome.problem.key}`, outcome.problem.values) },
      },
    });
    return false;
  }
  const [part] = outcome.parts;
  if (!part) return false;
  return useRegionalTableStore.getState().applyTable(atlas, file.name, part);
}
