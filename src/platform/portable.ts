/**
 * The portable atlas: the same app built into one HTML file (`vite build --mode portable`,
 * scripts/portable-atlas.ts) that opens from `file://` with no server and no network.
 */

/** True in the single-file atlas; a constant, so the served build drops the portable code. */
export const PORTABLE = import.meta.env.MODE === 'portable';
