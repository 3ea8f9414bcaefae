// Which listed settlements each node's catchment holds, by definition (distance), not by polygon.

import type { CatchmentMethod } from '../vocabulary/analysis-params';
import type { XY } from './geos';
import { greatCircleKm } from './great-circle';
import type { LonLat } from './types';

/** What membership reads of a settlement (see `PlanarSettlement`). */
export interface MemberSettlement {
  id: string;
  population: number;
  /** Point in the working plane (for "nearest"). */
  xy: XY;
  /** Point in lon/lat (for the great-circle radius). */
  lonLat: LonLat;
}

/** What membership reads of a node (see `PlacedNode`). */
export interface MemberNode {
  xy: XY;
  lonLat: LonLat;
}

export interface SettlementMembership {
  /** Per node, in node order: the ids of the settlements it holds and their population. */
  byNode: { settlements: string[]; population: number }[];
  /** Ids of the settlements held by at least one node. */
  covered: Set<string>;
}

/**
 * A settlement is in a node's catchment when — `radius`: its great-circle distance to the node is
 * at most `radiusKm`; `nearest`: the node is its nearest (in the working plane, as the Voronoi
 * cells; ties go to the node listed first); `combined`: both. Under `radius` a settlement may be in
 * several catchments, under the others in at most one.
 * @example
 * const m = settlementMembership(wc.settlements, nodes, 'radius', 50);
 * m.byNode[0].settlements; // ['bishkek', 'kant', …]
 * m.covered.size; // settlements in any catchment
 */
export function settlementMembership(
  settlements: readonly MemberSettlement[],
  nodes: readonly MemberNode[],
  method: CatchmentMethod,
  radiusKm: number,
): SettlementMembership {
  const byNode = nodes.map(() => ({ settlements: [] as string[], population: 0 }));
  const covered = new Set<string>();
  const usesRadius = method !== 'nearest';
  for (const s of settlements) {
    let nearest = -1;
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i] as MemberNode;
      const d = (n.xy[0] - s.xy[0]) ** 2 + (n.xy[1] - s.xy[1]) ** 2;
      if (d < best) {
        best = d;
        nearest = i;
      }
    }
    for (let i = 0; i < nodes.length; i++) {
      const within =
        !usesRadius || greatCircleKm(s.lonLat, (nodes[i] as MemberNode).lonLat) <= radiusKm;
      const inside =
        method === 'radius'
          ? within
          : method === 'nearest'
            ? i === nearest
            : within && i === nearest;
      if (inside) {
        const held = byNode[i] as SettlementMembership['byNode'][number];
        held.settlements.push(s.id);
        held.population += s.population;
        covered.add(s.id);
      }
    }
  }
  return { byNode, covered };
}
