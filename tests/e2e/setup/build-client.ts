// vitest globalSetup of the e2e project: builds the client into dist/ once, so every browser test runs the
// real production bundle (with its manifest) exactly as the server will serve it.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function buildClient(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
