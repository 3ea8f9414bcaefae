/**
 * Renders the map for a print: a hidden, off-screen MapLibre map with the live style, framed on
 * the same view, at the pixel ratio the sheet needs; its pixels are copied and the map removed.
 */
import type { StyleSpecification } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import { registerIcons } from './icons';

/** What to frame: an extent (the view on screen, a region) or a point at a zoom. */
export type PrintFrame =
  | { bounds: [number, number, number, number]; padding: number }
  | { center: [number, number]; zoom: number };

export type PrintRequest = {
  style: StyleSpecification;
  frame: PrintFrame;
  bearing: number;
  /** The map's size on the sheet, in CSS pixels, and the device pixels per CSS pixel wanted. */
  width: number;
  height: number;
  pixelRatio: number;
};

export type PrintedMap = {
  /** A copy of the rendered pixels (the map's own canvas goes with the map). */
  image: HTMLCanvasElement;
  /** The pixel ratio drawn: lower than asked when the canvas would exceed the GPU's limit. */
  pixelRatio: number;
  zoom: number;
  center: [number, number];
  bearing: number;
};

/** Beyond this a print canvas would need hundreds of megabytes of GPU memory. */
const PRINT_CANVAS_CEILING = 8192;
/** A print that is not idle by then has a source that never answers (an online one, offline). */
const RENDER_TIMEOUT_MS = 60_000;

/**
 * The largest canvas side this browser's WebGL can draw into (texture, renderbuffer and viewport
 * limits), capped at 8192 px. MapLibre lowers the pixel ratio of a larger map to fit.
 */
function maxPrintCanvasSize(): number {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 4096; // MapLibre's own default
  const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  const limit = Math.min(
    gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    viewport[0] ?? 4096,
    viewport[1] ?? 4096,
    PRINT_CANVAS_CEILING,
  );
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return limit;
}

/** Draws the map for a sheet and resolves once every source and glyph it needs is drawn. */
export async function renderPrintMap(request: PrintRequest): Promise<PrintedMap> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-200000px',
    top: '0',
    width: `${request.width}px`,
    height: `${request.height}px`,
    pointerEvents: 'none',
  });
  document.body.append(container);
  const limit = maxPrintCanvasSize();
  const frame = request.frame;
  const map = new maplibregl.Map({
    container,
    style: request.style,
    ...('bounds' in frame
      ? { bounds: frame.bounds, fitBoundsOptions: { padding: frame.padding } }
      : { center: frame.center, zoom: frame.zoom }),
    bearing: request.bearing,
    pixelRatio: request.pixelRatio,
    maxCanvasSize: [limit, limit],
    // The pixels are read after rendering, so the drawing buffer must survive compositing.
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    validateStyle: false,
  });
  try {
    registerIcons(map);
    await new Promise<void>((resolve, reject) => {
      const timer = window.setTimeout(
        () => reject(new Error('The map did not finish drawing')),
        RENDER_TIMEOUT_MS,
      );
      map.once('idle', () => {
        window.clearTimeout(timer);
        resolve();
      });
    });
    const canvas = map.getCanvas();
    const image = document.createElement('canvas');
    image.width = canvas.width;
    image.height = canvas.height;
    image.getContext('2d')?.drawImage(canvas, 0, 0);
    const { lng, lat } = map.getCenter();
    return {
      image,
      pixelRatio: canvas.width / request.width,
      zoom: map.getZoom(),
      center: [lng, lat],
      bearing: map.getBearing(),
    };
  } finally {
    map.remove();
    container.remove();
  }
}
