// A real Phiếu server in this process, on a free port, over a fresh demo database in a temp folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../shared/clock.ts';
import { startServer } from '../../../server/serve.ts';
import type { Db } from '../../../server/db/open.ts';
import { distDir } from './paths.ts';

/** `db`: the server's own database handle, for tests that set server state or check what it stored. */
export type TestServer = { url: string; db: Db; dataDir: string; close: () => Promise<void> };

/** `staticDir`: serve another build than the run's (the update test serves a copy it can replace); `clock`: the
 * server's time (a manual clock the test moves, for rules that read time such as two-step sign-in's codes). */
export async function startTestServer(options: { staticDir?: string; clock?: Clock } = {}): Promise<TestServer> {
  // The data folder inside a temp root: its keys folder (data-keys, beside it) goes away with it.
  const root = await mkdtemp(join(tmpdir(), 'phieu-e2e-'));
  const dataDir = join(root, 'data');
  const server = await startServer({
    dataDir, port: 0, demo: true, staticDir: options.staticDir ?? distDir(), log: false, ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    url: server.url,
    db: server.db,
    dataDir,
    close: async () => {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
