// Minimal types for topojson-simplify 3 (the package ships none).
declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';

  export type TriangleWeight = (triangle: number[][]) => number;
  export function presimplify(topology: Topology, weight?: TriangleWeight): Topology;
  export function simplify(topology: Topology, minWeight?: number): Topology;
  export function sphericalTriangleArea(triangle: number[][]): number;
  export function planarTriangleArea(triangle: number[][]): number;
}
