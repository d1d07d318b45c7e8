// Two projects: `unit` (pure shared logic, server through app.request, client modules on fake-indexeddb)
// and `e2e` (the built PWA in Debian's Chromium against an in-process server), run one file at a time.
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [solid()],
        test: {
          name: 'unit',
          include: ['tests/{shared,server,client,scripts}/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/setup/build-client.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
