/** The planner's side panel in analysis mode: the scenario, its nodes, the analysis, then planning. */
import { AnalysisPanel } from '../analysis/analysis-panel';
import { PlanningPanel } from '../planning/planning-panel';
import { SlidesPanel } from '../presentation/slides-panel';
import { ComparePanel } from './compare-panel';
import { NodeEditor } from './node-editor';
import { ScenarioPanel } from './scenario-panel';

export function PlannerPanels() {
  return (
    <>
      <ScenarioPanel />
      <NodeEditor />
      <AnalysisPanel />
      <PlanningPanel />
      <ComparePanel />
      <SlidesPanel />
    </>
  );
}
