/** The investor's facts in a profile: distances to logistics centres, zones and catchment figures. */
import { useMemo } from 'react';
import {
  investorFacts,
  type ProfileContext,
  type ProfileFact,
  profileContextOf,
} from '../../investor/territory-profile';
import { useAnalysisStore } from '../../state/analysis-store';
import { useScenarioStore } from '../../state/scenario-store';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { Fact } from './facts';

/** The profile context of the scenario on screen, in the active language. */
function useProfileContext(): ProfileContext {
  const atlas = useAtlas();
  const lang = useLanguage();
  const nodes = useScenarioStore((state) => state.nodes);
  const analysis = useScenarioStore((state) => state.analysis);
  const result = useAnalysisStore((state) => state.result);
  return useMemo(
    () => profileContextOf(atlas, lang, nodes, analysis, result),
    [atlas, lang, nodes, analysis, result],
  );
}

/** One fact from plain data: its lines as paragraphs and its table, if any. */
function DataFact({ fact }: { fact: ProfileFact }) {
  return (
    <Fact title={fact.heading} {...(fact.source ? { source: fact.source } : {})}>
      {fact.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {fact.table ? (
        <table className="fact-table">
          <tbody>
            {fact.table.rows.map((row) => (
              <tr key={row[0]}>
                <th scope="row">{row[0]}</th>
                {row.slice(1).map((cell, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row never move
                  <td key={i} className="numeric">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Fact>
  );
}

export function InvestorFacts({ kind, id }: { kind: 'region' | 'node'; id: string }) {
  const t = useTranslation();
  const ctx = useProfileContext();
  const facts = investorFacts(ctx, { kind, id });
  return (
    <section className="investor-facts" aria-label={t('investor:profile.title')}>
      <h4 className="investor-facts-title">{t('investor:profile.title')}</h4>
      {facts.map((fact) => (
        <DataFact key={fact.heading} fact={fact} />
      ))}
    </section>
  );
}
