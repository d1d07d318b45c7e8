// A real Phiếu server in this process, on a free port, over a fresh database in a temp folder: the demo one (made
// as on 28/05/2026, so its window is the plan's real 28/05–02/06) unless `demo: false` asks for an empty one.
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../../shared/clock.ts';
import { startServer } from '../../../server/serve.ts';
import { databaseFile } from '../../../server/config.ts';
import { openDatabase, type Db } from '../../../server/db/open.ts';
import { seedDemo } from '../../../server/demo/seed.ts';
import { distDir } from './paths.ts';

/** `db`: the server's own database handle, for tests that set server state or check what it stored. */
export type TestServer = { url: string; db: Db; dataDir: string; close: () => Promise<void> };

/** The day the browser tests' demo database is made: its window is then the plan's own. */
export const DEMO_MADE_AT = '2026-05-28T08:00:00+07:00';

/** `staticDir`: serve another build than the run's (the update test serves a copy it can replace); `clock`: the
 * server's time (a manual clock the test moves, for rules that read time such as two-step sign-in's codes);
 * `demo: false`: an empty database. */
export async function startTestServer(options: { staticDir?: string; clock?: Clock; demo?: boolean } = {}): Promise<TestServer> {
  // The data folder inside a temp root: its keys folder (data-keys, beside it) goes away with it.
  const root = await mkdtemp(join(tmpdir(), 'phieu-e2e-'));
  const dataDir = join(root, 'data');
  const demo = options.demo ?? true;
  if (demo) {
    // Seeded before the server starts, with the clock of the plan's first day; the server then runs on its own clock.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const db = openDatabase(databaseFile(dataDir));
    await seedDemo(db, new Date(DEMO_MADE_AT).toISOString());
    db.close();
  }
  const server = await startServer({
    dataDir, port: 0, demo, staticDir: options.staticDir ?? distDir(), log: false, ...(options.clock ? { clock: options.clock } : {}),
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
