// polylabel 2 ships no types: it returns the pole of inaccessibility [x, y] with its distance.
declare module 'polylabel' {
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): number[] & { distance: number };
}
