// The Web Worker that solves the planning models, apart from the analysis worker: a long solve
// never delays a drag, and cancelling stops only it.
import * as Comlink from 'comlink';
import highsWasm from 'highs/runtime?url';
import { loadHighs } from '../planning/highs-solver';
import { PORTABLE } from '../platform/portable';
import { createPlanningApi } from './planning-api';

// The portable atlas leaves HiGHS to find its own wasm, which the build inlined into its loader:
// pointing it at a second inlined copy would carry the 3.5 MB twice.
const highsOptions = PORTABLE ? undefined : { locateFile: () => highsWasm };
Comlink.expose(createPlanningApi(() => loadHighs(highsOptions)));
