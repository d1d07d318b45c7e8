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
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  project.provide('distDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
