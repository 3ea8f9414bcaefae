/** Keeps the analysis running while analysis mode is on, with or without its panel on screen. */
import { useAtlas } from '../atlas/atlas-context';
import { useAnalysisRunner } from './use-analysis-runner';

export function AnalysisRunner() {
  useAnalysisRunner(useAtlas());
  return null;
}
