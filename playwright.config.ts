import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Chromium comes from the OS (Debian's `chromium`), never from a Playwright download. */
function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `End-to-end tests need Chromium at ${candidate}. Install it with ` +
        '`apt-get install -y chromium` (Debian) or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return candidate;
}

// Parallel sessions can serve their own build on their own port: E2E_PORT=4321 E2E_DIST=/tmp/dist-x.
const port = Number(process.env.E2E_PORT ?? 4310);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
