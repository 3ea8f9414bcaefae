// The Web Worker that runs the analysis off the main thread (GEOS is loaded here, never in the
// first paint).
import * as Comlink from 'comlink';
import { createAnalysisApi } from './analysis-api';

const api = createAnalysisApi();
export type AnalysisApi = typeof api;
Comlink.expose(api);
