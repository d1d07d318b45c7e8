// Where the browser tests find the built client: the folder the e2e globalSetup built into for this run.
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function distDir(): string {
  return inject('distDir');
}
