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

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4310',
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
    command: 'npx vite preview --port 4310 --strictPort --host 127.0.0.1',
    url: 'http://127.0.0.1:4310',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
