// Starts Phiếu: opens (and migrates) the database, seeds the demo when asked, and listens.
// Used by main.ts and by the browser tests, which start a server in-process on port 0.
import { chmodSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { isoNow, systemClock, type Clock } from '#shared/clock.ts';
import { createApp } from './app.ts';
import { createSignInThrottle } from './auth/throttle.ts';
import { DEFAULT_LIMITS, DEFAULT_PORT, databaseFile, type Config } from './config.ts';
import { openDatabase, type Db } from './db/open.ts';
import { isDemoDatabase, seedDemo } from './demo/seed.ts';

export type ServerOptions = Partial<Config> & { dataDir: string; clock?: Clock };
export type RunningServer = {
  url: string; port: number; db: Db; demo: boolean;
  /** The Node server, for tests of its limits. */
  http: Server;
  close: () => Promise<void>;
};

/** Node checks its request timeouts this often (30 s by default, which would stretch a 10 s limit to 40 s). */
const TIMEOUT_CHECK_MS = 1000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  // Answers are sensitive personal data: the folder and the database are for the server's own user only.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  chmodSync(options.dataDir, 0o700);
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
    },
  });

  const hostname = options.host ?? '127.0.0.1';
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_LIMITS.requestTimeoutMs;
  // A slow sender (slowloris) holds a connection only this long; Node's default was 300 s for a body.
  const serverOptions = {
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, options.headersTimeoutMs ?? DEFAULT_LIMITS.headersTimeoutMs),
    connectionsCheckingInterval: TIMEOUT_CHECK_MS,
  };
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname, serverOptions }, () => resolve(s as Server));
  });
  // Beyond the cap Node closes a new connection at once, so a flood of idle sockets cannot exhaust descriptors.
  server.maxConnections = options.maxConnections ?? DEFAULT_LIMITS.maxConnections;
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    db,
    demo: isDemoDatabase(db),
    http: server,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => {
        db.close();
        if (error) reject(error);
        else resolve();
      });
    }),
  };
}
