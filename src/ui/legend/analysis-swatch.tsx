/** The legend's swatch of an analysis layer, drawn as the map draws it (hatches included). */
import type { CSSProperties } from 'react';
import type { TextKey } from '../../i18n/i18n';
import { analysisColours } from '../../map/palette';
import type { AnalysisLayerId } from '../../vocabulary/scenario';

export const ANALYSIS_LAYER_TITLE: Record<AnalysisLayerId, TextKey> = {
  catchments: 'analysis:layer.catchments',
  overlaps: 'analysis:layer.overlaps',
  uncovered: 'analysis:layer.uncovered',
  zones: 'analysis:layer.zones',
  band: 'analysis:layer.band',
};

/** A CSS hatch in `colour`, as the map draws overlaps (both diagonals) and uncovered land. */
function hatch(colour: string, crossed: boolean): string {
  const stripes = (angle: number) =>
    `repeating-linear-gradient(${angle}deg, ${colour} 0 1.5px, transparent 1.5px 5px)`;
  return crossed ? `${stripes(45)}, ${stripes(-45)}` : stripes(-45);
}

// Hatches as images only, so the swatch's ground (its CSS background-color) shows between lines.
const LAYER_SWATCH: Record<AnalysisLayerId, CSSProperties> = {
  catchments: { backgroundColor: analysisColours.catchment },
  overlaps: { backgroundImage: hatch(analysisColours.overlap, true) },
  uncovered: { backgroundImage: hatch(analysisColours.uncovered, false) },
  zones: { backgroundColor: analysisColours.zones.UZ },
  band: { backgroundColor: analysisColours.band },
};

export function AnalysisSwatch({ layer }: { layer: AnalysisLayerId }) {
  return <span className="swatch" style={LAYER_SWATCH[layer]} aria-hidden="true" />;
}
