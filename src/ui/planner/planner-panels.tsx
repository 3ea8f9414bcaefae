/** The planner's side panel in analysis mode: the scenario's nodes, then the analysis. */
import { AnalysisPanel } from '../analysis/analysis-panel';
import { NodeEditor } from './node-editor';

export function PlannerPanels() {
  return (
    <>
      <NodeEditor />
      <AnalysisPanel />
    </>
  );
}
