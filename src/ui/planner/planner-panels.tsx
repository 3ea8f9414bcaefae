/** The planner's side panel in analysis mode: the scenario, its nodes, then the analysis. */
import { AnalysisPanel } from '../analysis/analysis-panel';
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
      <ComparePanel />
      <SlidesPanel />
    </>
  );
}
