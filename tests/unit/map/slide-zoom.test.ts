import { describe, expect, it } from 'vitest';
import { slideZoom } from '../../../src/map/slide-zoom';

describe('slide zoom', () => {
  it('zooms out by the size ratio on a map smaller than the projector, never in on a larger one', () => {
    expect(slideZoom(6.2, { width: 650, height: 540 })).toBeCloseTo(5.2);
    expect(slideZoom(6.2, { width: 650, height: 1080 })).toBeCloseTo(5.2); // the narrower side rules
    expect(slideZoom(6.2, { width: 2600, height: 2160 })).toBe(6.2);
    expect(slideZoom(6.2, { width: 0, height: 0 })).toBe(6.2);
  });
});
