/** Explore the Concept, or analyse catchments and zones: the two modes of the workspace. */
import type { MessageKey } from '../../i18n/messages';
import { useTranslation } from '../../i18n/use-translation';
import { useViewStore, type ViewMode } from '../../state/view-store';

const MODES: Array<{ mode: ViewMode; label: MessageKey }> = [
  { mode: { type: 'explore' }, label: 'mode.explore' },
  { mode: { type: 'analyse' }, label: 'mode.analyse' },
];

export function ModeSwitch() {
  const t = useTranslation();
  const current = useViewStore((state) => state.mode);
  const setMode = useViewStore((state) => state.setMode);
  return (
    <fieldset className="mode-switch">
      <legend className="visually-hidden">{t('mode.label')}</legend>
      {MODES.map(({ mode, label }) => (
        <button
          key={mode.type}
          type="button"
          aria-pressed={current.type === mode.type}
          onClick={() => setMode(mode)}
        >
          {t(label)}
        </button>
      ))}
    </fieldset>
  );
}
