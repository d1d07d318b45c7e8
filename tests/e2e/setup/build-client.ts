// vitest globalSetup of the e2e project: builds the client once per run into its own folder (so two runs,
// or a run beside `npm run demo`, never clobber each other's dist/) and hands the folder to the tests.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext { distDir: string }
}

export default async function buildClient(project: TestProject): Promise<() => void> {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const distDir = mkdtempSync(join(root, '.tmp', 'e2e-dist-'));
  // Vite builds for production only when NODE_ENV says so, and vitest sets it to 'test': without this the
  // browser tests would run a development build (Solid's dev runtime, no service worker registration).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide('distDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
