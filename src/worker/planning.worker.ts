// The Web Worker that solves the planning models, apart from the analysis worker: a long solve
// never delays a drag, and cancelling stops only it.
import * as Comlink from 'comlink';
import highsWasm from 'highs/runtime?url';
import { loadHighs } from '../planning/highs-solver';
import { createPlanningApi } from './planning-api';

Comlink.expose(createPlanningApi(() => loadHighs({ locateFile: () => highsWasm })));
