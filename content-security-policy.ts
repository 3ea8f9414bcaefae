/**
 * The Content-Security-Policy of the built app: what the page may load, run and connect to.
 * vite.config.ts writes it into the built index.html as a <meta> tag (the dev server needs inline
 * scripts for hot reload, so it gets none) and sends it as a header from `vite preview`.
 */

/**
 * The only foreign addresses the app ever contacts: the optional online basemap
 * (src/map/layers/online-basemap.ts), while the user has it switched on. OpenFreeMap serves its
 * TileJSON and the vector tiles it lists from this one host. The Terrarium tiles live in a bucket
 * on the shared S3 host, so only that bucket's path is allowed there, not all of S3.
 */
export const ONLINE_BASEMAP_SOURCES = [
  'https://tiles.openfreemap.org',
  'https://s3.amazonaws.com/elevation-tiles-prod/',
] as const;

/**
 * Directive → allowed sources, each the least the app needs (found by running every feature
 * under it in the end-to-end tests, which fail on any violation: tests/e2e/csp.ts).
 */
export const CSP_DIRECTIVES: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  // No inline script and no eval; GEOS is WebAssembly compiled from bytes in the analysis worker.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // The analysis worker, MapLibre's worker and the service worker are all files of the app.
  'worker-src': ["'self'"],
  'connect-src': ["'self'", ...ONLINE_BASEMAP_SOURCES],
  // data: for the images inlined in CSS (MapLibre's control icons) and the scenario's QR code;
  // blob: for images MapLibre decodes from fetched bytes.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // Stylesheets are files; React's style props and MapLibre's positioning go through the CSSOM,
  // which a policy does not restrict, so no 'unsafe-inline'.
  'style-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
  // frame-ancestors (who may frame the app) cannot be set from a <meta> tag; a host that can send
  // headers should add `frame-ancestors 'none'` to the header it sends.
};

/**
 * The policy as one header / meta value.
 *
 * @example
 * contentSecurityPolicy().startsWith("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'")
 */
export function contentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}
