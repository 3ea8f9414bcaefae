// Uncovered territory, computed cell by cell.
import type { GeomPtr } from './geos';
import type { WorkingCopy } from './working-copy';

/**
 * The part of a node's nearest-node cell (already clipped to the country) outside its circle.
 * A point of that cell is nearest to this node, so if it is outside this node's circle it is
 * outside every circle: the union of these pieces is exactly `country − ∪ circles`, without a
 * 20-way union, and a drag only touches the pieces of the cells it changed.
 * @example
 * const piece = uncoveredTerritory(wc, clippedCell, circlePtr);
 */
export function uncoveredTerritory(wc: WorkingCopy, clippedCell: GeomPtr, disc: GeomPtr): GeomPtr {
  return wc.kit.difference(clippedCell, disc);
}
