// @vitest-environment jsdom
// The print map registers every icon as the live map does: the value pill with its stretch zones
// and content box, so a choropleth value in a PNG or PDF sits in a pill with round corners.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type AddImageCall = { id: string; options: unknown };
const addImageCalls: AddImageCall[] = [];

/** A stand-in for MapLibre's Map: records the images it is given, is idle at once. */
vi.mock('maplibre-gl', () => {
  class FakeMap {
    private readonly images = new Set<string>();
    hasImage(id: string) {
      return this.images.has(id);
    }
    addImage(id: string, _image: unknown, options: unknown) {
      this.images.add(id);
      addImageCalls.push({ id, options });
    }
    setMissingStyleImageResolver() {}
    once(_event: string, listener: () => void) {
      setTimeout(listener, 0);
    }
    getCanvas() {
      const canvas = document.createElement('canvas');
      canvas.width = 200;
      canvas.height = 100;
      return canvas;
    }
    getCenter() {
      return { lng: 74.6, lat: 41.2 };
    }
    getZoom() {
      return 6;
    }
    getBearing() {
      return 0;
    }
    remove() {}
  }
  return { Map: FakeMap };
});

/** jsdom draws nothing: a 2D context that answers the calls the icon painters make. */
function fakeContext() {
  const noop = () => {};
  return new Proxy(
    {
      getImageData: (_x: number, _y: number, width: number, height: number) => ({
        width,
        height,
        data: new Uint8ClampedArray(width * height * 4),
      }),
    } as Record<string, unknown>,
    { get: (target, key: string) => (key in target ? target[key] : noop), set: () => true },
  );
}

beforeEach(() => {
  addImageCalls.length = 0;
  vi.stubGlobal('Path2D', class {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((type: string) =>
    type === '2d' ? fakeContext() : null) as never);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('renderPrintMap', () => {
  it('registers the value pill with the stretch zones and content box of a 20 px pill at 2×', async () => {
    const { renderPrintMap } = await import('../../../src/map/print-map');
    await renderPrintMap({
      style: { version: 8, sources: {}, layers: [] },
      frame: { center: [74.6, 41.2], zoom: 6 },
      bearing: 0,
      width: 200,
      height: 100,
      pixelRatio: 1,
    });
    const pill = addImageCalls.find((call) => call.id === 'value-pill');
    // A 20 px pill drawn at pixel ratio 2 (40 device px) with 6 px corners: only the straight
    // middle (12–28) stretches; the text sits 4 px inside the edge (8–32).
    expect(pill?.options).toEqual({
      pixelRatio: 2,
      stretchX: [[12, 28]],
      stretchY: [[12, 28]],
      content: [8, 8, 32, 32],
    });
    // The badges are registered too, at the icons' pixel ratio.
    expect(addImageCalls.find((call) => call.id === 'logistics')?.options).toEqual({
      pixelRatio: 2,
    });
  });
});
