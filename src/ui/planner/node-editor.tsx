/**
 * What-if editing of the scenario's growth nodes: stages (§5.1: three stages of 5–6 cities),
 * remove and restore, move without dragging (./move-node.tsx), add a candidate (./candidate-form.tsx),
 * undo and redo (also Ctrl+Z, Ctrl+Shift+Z).
 */

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { regionName } from '../../data/atlas-index';
import { pick } from '../../i18n/languages';
import { usePlanningStore } from '../../state/planning-store';
import { redo, undo, useScenarioStore } from '../../state/scenario-store';
import { useViewStore } from '../../state/view-store';
import type { Stage } from '../../vocabulary/scenario';
import { useAtlas } from '../atlas/atlas-context';
import { useLanguage, useTranslation } from '../i18n/use-translation';
import { isTypingTarget } from '../keyboard';
import { useChoosePlace } from '../map/use-choose-place';
import { runPlanning } from '../planning/planning-runner';
import { CandidateForm } from './candidate-form';
import { MoveNodeHost } from './move-node';
import { MoveNodeButton } from './move-node-button';

const STAGES: Stage[] = [1, 2, 3];

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes — except while typing in a field. */
function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target)) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function NodeEditor() {
  const atlas = useAtlas();
  const lang = useLanguage();
  const t = useTranslation();
  useUndoShortcuts();
  const choose = useChoosePlace();
  const nodes = useScenarioStore((state) => state.nodes);
  const { setStage, removeNode, restoreNode } = useScenarioStore.getState();
  const canUndo = useStore(useScenarioStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useScenarioStore.temporal, (state) => state.futureStates.length > 0);
  const tool = useViewStore((state) => state.tool);
  const setTool = useViewStore((state) => state.setTool);
  const removed = new Set(nodes.removed);
  const regionLabel = (id: string | null) =>
    id ? regionName(atlas, id, lang) : t('planner:outside');
  const rows = [
    ...atlas.growthNodes.nodes.map((node) => ({
      id: node.id,
      name: pick(node.name, lang),
      region: regionLabel(node.region),
      ownProgramme: node.ownProgramme,
      candidate: false,
      removed: removed.has(node.id),
    })),
    ...nodes.candidates.map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      region: regionLabel(candidate.region),
      ownProgramme: false,
      candidate: true,
      removed: false,
    })),
  ];
  const active = new Set(rows.filter((row) => !row.removed).map((row) => row.id));
  // §5.1's "5–6 cities per stage", as geodata/concept/growth-nodes.json records it.
  const staging = atlas.growthNodes.staging;
  const perStage = staging.citiesPerStage;
  const stageCounts = STAGES.map(
    (stage) =>
      Object.entries(nodes.stages).filter(([id, s]) => s === stage && active.has(id)).length,
  );

  return (
    <section className="panel node-editor" aria-labelledby="nodes-heading">
      <h2 id="nodes-heading">{t('planner:nodes')}</h2>
      <div className="buttons">
        <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z">
          ↶ {t('planner:undo')}
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
        >
          ↷ {t('planner:redo')}
        </button>
        <button
          type="button"
          aria-pressed={tool.type === 'add-node'}
          onClick={() =>
            setTool(
              tool.type === 'add-node' ? { type: 'none' } : { type: 'add-node', position: null },
            )
          }
        >
          + {t('planner:addNode')}
        </button>
      </div>
      <CandidateForm />
      <MoveNodeHost />
      <ul className="stage-counts">
        {STAGES.map((stage, index) => {
          const count = stageCounts[index] ?? 0;
          const off = count > 0 && (count < perStage.min || count > perStage.max);
          return (
            <li key={stage} className={off ? 'warning' : undefined}>
              {t('planner:stageCount', { stage, count })}
              {off
                ? ` — ${t('planner:stageWarning', { ...perStage, source: staging.source })}`
                : ''}
            </li>
          );
        })}
      </ul>
      <div className="buttons">
        <button
          type="button"
          onClick={() => {
            usePlanningStore.getState().setQuestion('stages');
            runPlanning(atlas, 'stages');
            // The answer appears in the planning panel: take the reader there.
            const heading = document.getElementById('planning-heading');
            heading?.scrollIntoView({ block: 'start' });
            heading?.focus();
          }}
        >
          {t('planning:suggest')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="stats-table node-table" aria-labelledby="nodes-heading">
          <thead>
            <tr>
              <th scope="col">{t('analysis:col.name')}</th>
              <th scope="col">{t('planner:stage')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('planner:move.column')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-key={row.id} className={row.removed ? 'removed' : undefined}>
                <td>
                  <button
                    type="button"
                    className="link-button node-name"
                    onClick={() => choose({ kind: 'node', id: row.id })}
                  >
                    {row.name}
                  </button>
                  {row.candidate ? (
                    <span className="tag candidate">{t('planner:candidate')}</span>
                  ) : null}
                  {row.removed ? <span className="tag">{t('planner:removed')}</span> : null}
                  <br />
                  <small>{row.region}</small>
                </td>
                <td>
                  {row.ownProgramme ? (
                    <small>{t('planner:ownProgramme')}</small>
                  ) : (
                    <select
                      aria-label={`${t('planner:stage')}: ${row.name}`}
                      value={nodes.stages[row.id] ?? ''}
                      disabled={row.removed}
                      onChange={(event) =>
                        setStage(
                          row.id,
                          event.target.value ? (Number(event.target.value) as Stage) : null,
                        )
                      }
                    >
                      <option value="">{t('planner:noStage')}</option>
                      {STAGES.map((stage) => (
                        <option key={stage} value={stage}>
                          {stage}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {row.removed ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => restoreNode(row.id)}
                    >
                      {t('planner:restore')}
                    </button>
                  ) : (
                    <div className="node-actions">
                      <MoveNodeButton id={row.id} where="editor" className="link-button" />
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`${t('planner:remove')}: ${row.name}`}
                        onClick={() => removeNode(row.id)}
                      >
                        {t('planner:remove')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
