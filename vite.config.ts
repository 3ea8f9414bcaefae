import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './content-security-policy.ts';
import {
  PORTABLE_FILE,
  PORTABLE_OUT_DIR,
  portablePagePlugin,
  shipPortablePagePlugin,
} from './scripts/portable-atlas.ts';

/**
 * Largest file the service worker precaches. The analysis worker's GEOS chunk is ~2.5 MB
 * (dist/assets/geos.esm-*.js); keep headroom so a GEOS upgrade doesn't silently drop it.
 */
const PRECACHE_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The Content-Security-Policy (content-security-policy.ts) in the built page, as the first thing
 * after the charset so that it governs every script and stylesheet after it. Build only: the dev
 * server's hot reload needs inline scripts. A <meta> policy does not reach into workers, which
 * take theirs from their own response: `vite preview` sends it as a header on every script, as a
 * host should (a static host that cannot send headers still has the page's policy).
 */
function contentSecurityPolicyPlugin(): Plugin {
  const policy = contentSecurityPolicy();
  const charset = /<meta charset="UTF-8" \/>/i;
  return {
    name: 'aimak-content-security-policy',
    apply: (_config, { command, isPreview }) => command === 'build' || isPreview === true,
    transformIndexHtml(html) {
      if (!charset.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> first');
      return html.replace(
        charset,
        (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (/\.m?js(\?|$)/.test(request.url ?? '')) {
          response.setHeader('Content-Security-Policy', policy);
        }
        next();
      });
    },
  };
}

/**
 * Two builds (`npm run build` runs both): `--mode portable` makes the single-file atlas
 * (scripts/portable-atlas.ts) into dist-portable/, then the served app is built into dist/ and
 * ships that file as dist/aimak-atlas.html.
 */
export default defineConfig(({ mode }) => {
  const portable = mode === 'portable';
  return {
    plugins: portable
      ? // VitePWA only answers src/pwa/register.ts's import, which the portable atlas never calls.
        [
          react(),
          viteSingleFile(),
          portablePagePlugin(),
          VitePWA({ disable: true, manifest: false }),
        ]
      : [
          react(),
          contentSecurityPolicyPlugin(),
          shipPortablePagePlugin(),
          // Installable PWA: after the first visit everything (app, geodata, glyphs, fonts, icons,
          // workers) comes from the precache, with no network at all. src/pwa/register.ts registers it.
          VitePWA({
            registerType: 'autoUpdate',
            injectRegister: false,
            includeManifestIcons: true,
            manifest: {
              id: './',
              name: 'Aimak Atlas',
              short_name: 'Aimak Atlas',
              description:
                'Interactive map of the Regional Policy Concept of the Kyrgyz Republic 2018–2022',
              lang: 'ky',
              start_url: './',
              scope: './',
              display: 'standalone',
              theme_color: '#16223a',
              background_color: '#f5f3ee',
              icons: [
                { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
                { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
                {
                  src: 'icons/icon-maskable-512.png',
                  sizes: '512x512',
                  type: 'image/png',
                  purpose: 'maskable',
                },
              ],
            },
            workbox: {
              // woff is left out on purpose: every browser with service workers uses the woff2 files;
              // only the PDF export's fonts are woff (pdf-lib cannot subset woff2), so it works offline.
              globPatterns: [
                '**/*.{js,mjs,css,html,woff2,geojson,json,pbf,png,svg,wasm,webmanifest}',
                '**/noto-sans-{latin,cyrillic,cyrillic-ext}-{400,700}-normal-*.woff',
              ],
              maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
              navigateFallback: 'index.html',
              // The portable atlas (≈ 10 MB) is the export's template: fetched when a presenter first
              // exports it, and kept for the next export offline, rather than precached on every visit.
              globIgnores: [PORTABLE_FILE],
              runtimeCaching: [
                {
                  urlPattern: ({ url }) => url.pathname.endsWith(`/${PORTABLE_FILE}`),
                  handler: 'NetworkFirst',
                  options: { cacheName: 'portable-atlas' },
                },
              ],
              clientsClaim: true,
              skipWaiting: true,
              cleanupOutdatedCaches: true,
            },
          }),
        ],
    ...(portable ? { build: { outDir: PORTABLE_OUT_DIR, emptyOutDir: true } } : {}),
    // The portable atlas's workers are classic scripts from blobs: Chromium refuses a module
    // worker from a blob of a file:// page (its origin is opaque), and a worker's lazy chunks
    // (GEOS, HiGHS) must be inside its one blob.
    worker: portable
      ? { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } }
      : { format: 'es' },
    test: {
      include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      // Golden geometry, GEOS and PDF tests do real work: 5 s is too tight on a busy 2-core machine.
      testTimeout: 20_000,
      hookTimeout: 30_000,
    },
  };
});
