/**
 * The facts of the selected place's profile, exactly those `territoryProfile()` gives the PDF:
 * the Concept's and the sources' facts, then the investor's figures under their own heading.
 * Loaded when a profile first opens (distances need turf).
 */
import { useMemo } from 'react';
import { profileContextOf, territoryProfile } from '../../profile/territory-profile';
import { useAnalysisStore } from '../../state/analysis-store';
import { useScenarioStore } from '../../state/scenario-store';
import type { Selection } from '../../vocabulary/selection';
import { PopulationBaseLine } from '../analysis/population-base-panel';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { MoveNodeButton } from '../planner/move-node-button';
import { ProfileFactView } from './facts';

export function ProfileBody({ selection }: { selection: Selection }) {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  const nodes = useScenarioStore((state) => state.nodes);
  const analysis = useScenarioStore((state) => state.analysis);
  const result = useAnalysisStore((state) => state.result);
  // A node is moved where it is dragged: in analysis, and while it takes part in the scenario.
  const movable = useScenarioStore(
    (state) =>
      state.view.mode === 'analyse' &&
      selection.kind === 'node' &&
      !state.nodes.removed.includes(selection.id),
  );
  const profile = useMemo(
    () => territoryProfile(profileContextOf(atlas, lang, nodes, analysis, result), selection),
    [atlas, lang, nodes, analysis, result, selection],
  );
  if (!profile) return null;
  const concept = profile.facts.filter((fact) => !fact.forInvestors);
  const forInvestors = profile.facts.filter((fact) => fact.forInvestors);
  return (
    <>
      {movable ? (
        <div className="buttons profile-actions">
          <MoveNodeButton id={selection.id} where="profile" className="move-button" />
        </div>
      ) : null}
      {profile.notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      {concept.map((fact) => (
        <ProfileFactView key={fact.heading} fact={fact} />
      ))}
      {forInvestors.length > 0 ? (
        <section className="investor-facts" aria-label={t('investor:profile.title')}>
          <h4 className="investor-facts-title">{t('investor:profile.title')}</h4>
          {forInvestors.map((fact) => (
            <ProfileFactView key={fact.heading} fact={fact} />
          ))}
          <PopulationBaseLine />
        </section>
      ) : null}
    </>
  );
}
