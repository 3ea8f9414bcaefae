/** Explore the Concept, analyse catchments and zones, or find priority territories: the three modes. */
import type { TextKey } from '../../i18n/i18n';
import { useScenarioStore } from '../../state/scenario-store';
import type { ScenarioView } from '../../vocabulary/scenario';
import { useTranslation } from '../i18n/use-translation';

const MODES: Array<{ mode: ScenarioView['mode']; label: TextKey }> = [
  { mode: 'explore', label: 'shell:mode.explore' },
  { mode: 'analyse', label: 'shell:mode.analyse' },
  { mode: 'invest', label: 'shell:mode.invest' },
];

export function ModeSwitch() {
  const t = useTranslation();
  const current = useScenarioStore((state) => state.view.mode);
  const setView = useScenarioStore((state) => state.setView);
  return (
    <fieldset className="mode-switch">
      <legend className="visually-hidden">{t('shell:mode.label')}</legend>
      {MODES.map(({ mode, label }) => (
        <button
          key={mode}
          type="button"
          aria-pressed={current === mode}
          onClick={() => setView({ mode })}
        >
          {t(label)}
        </button>
      ))}
    </fieldset>
  );
}
