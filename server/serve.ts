// Starts Phiếu: opens (and migrates) the database, seeds the demo when asked, and listens.
// Used by main.ts and by the browser tests, which start a server in-process on port 0.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { isoNow, systemClock, type Clock } from '#shared/clock.ts';
import { createApp } from './app.ts';
import { createSignInThrottle } from './auth/throttle.ts';
import { DEFAULT_PORT, databaseFile, type Config } from './config.ts';
import { openDatabase, type Db } from './db/open.ts';
import { isDemoDatabase, seedDemo } from './demo/seed.ts';

export type ServerOptions = Partial<Config> & { dataDir: string; clock?: Clock };
export type RunningServer = { url: string; port: number; db: Db; demo: boolean; close: () => Promise<void> };

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const db = openDatabase(databaseFile(options.dataDir));
  if (options.demo) await seedDemo(db, isoNow(clock));

  const app = createApp({
    db,
    clock,
    throttle: createSignInThrottle(clock),
    config: {
      trustProxy: options.trustProxy ?? false,
      sessionHours: options.sessionHours ?? 24 * 7,
      bodyLimitBytes: options.bodyLimitBytes ?? 1024 * 1024,
      staticDir: options.staticDir ?? null,
      log: options.log ?? false,
      requireTwoFactor: options.requireTwoFactor ?? false,
    },
  });

  const hostname = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    db,
    demo: isDemoDatabase(db),
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => {
        db.close();
        if (error) reject(error);
        else resolve();
      });
    }),
  };
}
