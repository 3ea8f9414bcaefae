import { describe, expect, it } from 'vitest';
import { analysisLayers } from '../../../src/map/layers/analysis';
import { analysisColours } from '../../../src/map/palette';
import { deltaE } from '../../helpers/colour-vision';

// The classes that can lie on one analysis map at once (gained/lost belong to compare mode).
const classes: Record<string, string> = {
  catchment: analysisColours.catchment,
  overlap: analysisColours.overlap,
  uncovered: analysisColours.uncovered,
  band: analysisColours.band,
  'zone UZ': analysisColours.zones.UZ,
  'zone TJ': analysisColours.zones.TJ,
  'zone KZ': analysisColours.zones.KZ,
  'zone CN': analysisColours.zones.CN,
};
const pairs = Object.entries(classes).flatMap(([nameA, a], index) =>
  Object.entries(classes)
    .slice(index + 1)
    .map(([nameB, b]) => ({ pair: `${nameA} / ${nameB}`, a, b })),
);
// ΔE*76 of 15: two area colours a reader tells apart at a glance, not only side by side.
const APART = 15;

describe('colour-vision helper', () => {
  it('gives the textbook L*a*b* distances', () => {
    expect(deltaE('#ffffff', '#000000')).toBeCloseTo(100, 1);
    // sRGB red is L*a*b* (53.24, 80.09, 67.20); its distance to black is that vector's length.
    expect(deltaE('#ff0000', '#000000')).toBeCloseTo(Math.hypot(53.24, 80.09, 67.2), 0);
    // A dichromat sees red and green nearly alike, and the two greys exactly as before.
    expect(deltaE('#ff0000', '#00a000', 'deuteranopia')).toBeLessThan(
      deltaE('#ff0000', '#00a000') / 3,
    );
    expect(deltaE('#777777', '#333333', 'protanopia')).toBeCloseTo(deltaE('#777777', '#333333'), 0);
  });
});

describe('analysis palette', () => {
  for (const vision of [undefined, 'protanopia', 'deuteranopia'] as const) {
    it(`keeps every pair of analysis classes apart (${vision ?? 'normal vision'})`, () => {
      const tooClose = pairs
        .map(({ pair, a, b }) => ({ pair, difference: deltaE(a, b, vision) }))
        .filter(({ difference }) => difference < APART);
      expect(tooClose).toEqual([]);
    });
  }

  it('draws each class on the map in its palette colour', () => {
    const paintOf = (id: string) => analysisLayers().find((layer) => layer.id === id)?.paint;
    expect(paintOf('analysis-catchments-line')).toMatchObject({
      'line-color': analysisColours.catchment,
    });
    expect(paintOf('analysis-catchments-fill')).toMatchObject({
      'fill-color': analysisColours.catchment,
    });
    expect(paintOf('analysis-band-fill')).toMatchObject({ 'fill-color': analysisColours.band });
    expect(JSON.stringify(paintOf('analysis-zones-fill'))).toContain(analysisColours.zones.TJ);
  });
});
