// What the analysis needs from a scenario's nodes: moved positions, the Concept nodes taking part,
// and the planner's candidates — with a node being dragged at its live position.
import type { NodeOverrides } from '../analysis/types';
import type { LonLat, ScenarioNodes } from '../vocabulary/scenario';

/**
 * @example
 * nodeOverrides({ moved: {}, removed: ['kerben'], stages: {}, candidates: [] }, ['osh', 'kerben'], null)
 * // { positions: {}, nodeIds: ['osh'], candidates: [] }
 */
export function nodeOverrides(
  nodes: ScenarioNodes,
  conceptNodeIds: readonly string[],
  dragged: { id: string; position: LonLat } | null,
): NodeOverrides {
  const removed = new Set(nodes.removed);
  const positions: Record<string, LonLat> = { ...nodes.moved };
  const candidates = nodes.candidates.map((candidate) => ({
    id: candidate.id,
    coordinates: dragged?.id === candidate.id ? dragged.position : candidate.position,
    region: candidate.region,
  }));
  if (dragged && !candidates.some((candidate) => candidate.id === dragged.id)) {
    positions[dragged.id] = dragged.position;
  }
  return {
    positions,
    // The engine analyses exactly these nodes: the Concept's that are not removed, then candidates.
    nodeIds: [...conceptNodeIds.filter((id) => !removed.has(id)), ...candidates.map((c) => c.id)],
    candidates,
  };
}
