/**
 * Moving a growth node without dragging it (WCAG 2.2, 2.5.7 and 2.1.1): the view store's move tool
 * holds where the node started and where it is now; every step is shown and analysed live through
 * the drag preview, as a drag is; keeping it is one undo step, putting it back changes nothing.
 */
import { destinationPoint } from '../analysis/great-circle';
import type { LonLat } from '../vocabulary/scenario';
import { useAnalysisStore } from './analysis-store';
import { useScenarioStore } from './scenario-store';
import { type Tool, useViewStore } from './view-store';

export type NodeMove = Extract<Tool, { type: 'move-node' }>;
export type Direction = 'north' | 'east' | 'south' | 'west';

const BEARING: Record<Direction, number> = { north: 0, east: 90, south: 180, west: 270 };

/** The move under way, or null. */
export function nodeMove(): NodeMove | null {
  const { tool } = useViewStore.getState();
  return tool.type === 'move-node' ? tool : null;
}

/**
 * Starts moving node `id` from `start`, its position in the scenario; `returnFocusTo` is the id
 * of the control that asked, where the focus goes back when the move ends.
 *
 * @example
 *   startNodeMove('naryn', [75.99, 41.43], 'move-node-naryn');
 */
export function startNodeMove(id: string, start: LonLat, returnFocusTo: string): void {
  useViewStore.getState().setTool({ type: 'move-node', id, start, position: start, returnFocusTo });
}

/** Puts the node being moved at `position` (a chosen settlement, typed coordinates, a step). */
export function moveNodeTo(position: LonLat): void {
  const move = nodeMove();
  if (!move) return;
  useViewStore.getState().setTool({ ...move, position });
  useAnalysisStore.getState().setDragPreview({ id: move.id, position });
}

/**
 * Moves the node `km` north, east, south or west of where it is, along a great circle.
 *
 * @example
 *   stepNode('north', 10); // 10 km north: 0.0899° of latitude further
 */
export function stepNode(direction: Direction, km: number): void {
  const move = nodeMove();
  if (move) moveNodeTo(destinationPoint(move.position, BEARING[direction], km));
}

const samePosition = (a: LonLat, b: LonLat) => a[0] === b[0] && a[1] === b[1];

/** Keeps the node where it is now: one undo step (none if it is back at its start). */
export function keepNodeMove(): NodeMove | null {
  const move = nodeMove();
  if (!move) return null;
  if (!samePosition(move.position, move.start)) {
    useScenarioStore.getState().moveNode(move.id, move.position);
  }
  useAnalysisStore.getState().setDragPreview(null);
  useViewStore.getState().setTool({ type: 'none' });
  return move;
}

/**
 * Takes away the preview of `move`, whose node is back at its start: also when another tool
 * replaced the move tool.
 */
export function dropNodeMovePreview(move: NodeMove): void {
  const { dragPreview, setDragPreview } = useAnalysisStore.getState();
  if (dragPreview?.id === move.id) setDragPreview(null);
}

/** Puts the node back where it started: the scenario is left as it was. */
export function cancelNodeMove(): NodeMove | null {
  const move = nodeMove();
  if (!move) return null;
  dropNodeMovePreview(move);
  useViewStore.getState().setTool({ type: 'none' });
  return move;
}
