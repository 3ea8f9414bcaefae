// A layer or table with a name and a population column can become the analysis's population base
// from its entry in the layer panel, as from the analysis panel's own "Use a settlement table…".
import { usePopulationBaseStore } from '../../state/population-base-store';
import type { UserLayer } from '../../state/user-layers-store';
import { isSettlementTable } from '../../user-data/settlement-table';
import { useAtlas } from '../atlas/atlas-context';
import { useTranslation } from '../i18n/use-translation';

export function UseAsPopulationBase({ layer }: { layer: UserLayer }) {
  const t = useTranslation();
  const atlas = useAtlas();
  const base = usePopulationBaseStore((state) => state.base);
  if (!isSettlementTable(layer.part)) return null;
  if (base?.fileName === layer.name) {
    return <span className="user-layer-base">{t('populationBase:layerInUse')}</span>;
  }
  return (
    <button
      type="button"
      onClick={() =>
        usePopulationBaseStore
          .getState()
          .applyTable(atlas, layer.name, layer.part, base?.mode ?? 'replace')
      }
    >
      {t('populationBase:useLayer')}
    </button>
  );
}
