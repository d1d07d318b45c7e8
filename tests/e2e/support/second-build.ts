// Builds the client again as a new release (its own build name, so its service worker differs) and copies it
// over a served folder: what an office does when it deploys a new version while phones are in the field.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { REPO_ROOT } from './paths.ts';

export async function deployNewBuild(servedDir: string, buildName: string): Promise<void> {
  const outDir = await mkdtemp(join(REPO_ROOT, '.tmp', 'e2e-next-'));
  const saved = { nodeEnv: process.env.NODE_ENV, build: process.env.PHIEU_BUILD };
  // Production, as in the run's first build (vitest sets NODE_ENV to 'test').
  process.env.NODE_ENV = 'production';
  process.env.PHIEU_BUILD = buildName;
  try {
    await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = saved.nodeEnv;
    if (saved.build === undefined) delete process.env.PHIEU_BUILD;
    else process.env.PHIEU_BUILD = saved.build;
  }
  // New hashed assets join the old ones (pages still running the old version may ask for theirs).
  await cp(outDir, servedDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
}
