// Requests a plan cannot answer, as codes the interface words in the user's language.
import type { Stage } from '../vocabulary/scenario';

export type PlanningIssue =
  | { code: 'not-enough-nodes'; stage: Stage; stageSize: number; available: number }
  | { code: 'too-many-pinned'; stage: Stage; stageSize: number; pinned: number }
  | { code: 'pinned-and-excluded'; node: string }
  | { code: 'unknown-node'; node: string }
  | { code: 'fixed-node'; node: string }
  | { code: 'no-candidates' }
  | { code: 'target-unreachable'; targetShare: number; reachableShare: number }
  | { code: 'regions-unreachable'; stage: Stage; regions: string[] }
  | { code: 'solver'; status: string };

const english: {
  [C in PlanningIssue['code']]: (i: Extract<PlanningIssue, { code: C }>) => string;
} = {
  'not-enough-nodes': (i) =>
    `stage ${i.stage} needs ${i.stageSize} nodes but only ${i.available} are left to stage`,
  'too-many-pinned': (i) =>
    `${i.pinned} nodes are pinned to stage ${i.stage}, more than its size of ${i.stageSize}`,
  'pinned-and-excluded': (i) => `node "${i.node}" is both pinned to a stage and excluded`,
  'unknown-node': (i) => `node "${i.node}" is not in this scenario`,
  'fixed-node': (i) =>
    `node "${i.node}" is open from the start (a programme of its own): it cannot be pinned or left out`,
  'no-candidates': () => 'there is no node to choose from',
  'target-unreachable': (i) =>
    `a target of ${(i.targetShare * 100).toFixed(1)} % cannot be met: all nodes together reach ${(i.reachableShare * 100).toFixed(1)} %`,
  'regions-unreachable': (i) =>
    `stage ${i.stage} cannot give every region a node (${i.regions.join(', ')} left without one)`,
  solver: (i) => `the solver stopped without a solution (${i.status})`,
};

/** Thrown by the planning models; `issue` is what the interface words, `message` is English. */
export class PlanningError extends Error {
  constructor(readonly issue: PlanningIssue) {
    super((english[issue.code] as (i: PlanningIssue) => string)(issue));
    this.name = 'PlanningError';
  }
}
