// Three projects. `quick` (`npm run test:quick`, the edit–test loop): pure shared logic, the server through
// app.request, client modules on fake-indexeddb — no build, browser or PSPP. `tools`: what needs an outside program
// or a build — tests named `*.pspp.test.ts` (PSPP reads the exports) and everything under tests/scripts/ (the
// benches build the client). `e2e`: the built PWA in Debian's Chromium against an in-process server, one file at a time.
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

const TOOLS = ['tests/scripts/**/*.test.{ts,tsx}', 'tests/**/*.pspp.test.{ts,tsx}', 'tests/**/*.libreoffice.test.{ts,tsx}'];

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [solid()],
        test: {
          name: 'quick',
          include: ['tests/{shared,server,client}/**/*.test.{ts,tsx}'],
          exclude: TOOLS,
          environment: 'node',
          // Files share their worker's modules: the demo database is seeded (13 scrypt hashes) once per worker
          // instead of once per file, and zod, Hono and Dexie load once: about half the CPU time. Each test
          // makes its own database and app, and a stubbed global is put back after every test.
          isolate: false,
          unstubGlobals: true,
          unstubEnvs: true,
          setupFiles: ['tests/client/support/indexeddb-first.ts', 'tests/server/support/cheap-passwords.ts'],
          // A guard against hangs, not a speed goal: two workers on a 2-core machine shared with other jobs took a
          // scrypt-heavy test (13 demo hashes, ten sign-ins) past vitest's 5 s.
          testTimeout: 15_000,
        },
      },
      {
        plugins: [solid()],
        test: {
          name: 'tools',
          include: TOOLS,
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
