// Starts Phiếu: opens (and migrates) the database, opens the audit key, seeds the demo when asked, and listens.
// Used by main.ts and by the browser tests, which start a server in-process on port 0.
import { chmodSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { isoNow, systemClock, type Clock } from '#shared/clock.ts';
import { createApp } from './app.ts';
import { updateAnchor, type AnchorUpdate } from './audit/anchor.ts';
import { requireKeyFile } from './audit/key-file.ts';
import { anchorKeeper, openAuditKey } from './audit/open-audit.ts';
import { createSignInThrottle } from './auth/throttle.ts';
import { DEFAULT_DEVICE_TOKEN_DAYS, DEFAULT_LIMITS, DEFAULT_PORT, databaseFile, keyFiles, type Config } from './config.ts';
import { openDatabase, type Db } from './db/open.ts';
import { isDemoDatabase, seedDemo } from './demo/seed.ts';
import { openHandoverKey, type HandoverKey } from './handover/key.ts';

export type ServerOptions = Partial<Config> & { dataDir: string; clock?: Clock };
export type RunningServer = {
  url: string; port: number; db: Db; demo: boolean;
  /** The Node server, for tests of its limits. */
  http: Server;
  close: () => Promise<void>;
  /** What happened to the audit key and anchor at start, for main.ts to tell the person at the console. */
  audit: { keyFile: string; keyCreated: boolean; anchor: AnchorUpdate; anchorFile: string };
  /** The hand-over key's file, and whether this start made it (main.ts says to keep a copy). */
  handover: { keyFile: string; keyCreated: boolean };
};

/** Node checks its request timeouts this often (30 s by default, which would stretch a 10 s limit to 40 s). */
const TIMEOUT_CHECK_MS = 1000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const keys = { ...keyFiles({}, options.dataDir), ...definedKeys(options) };
  // Answers are sensitive personal data: the folder and the database are for the server's own user only.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  chmodSync(options.dataDir, 0o700);
  const db = openDatabase(databaseFile(options.dataDir));
  let audit;
  let backupKey: Buffer | null;
  let handover: HandoverKey & { created: boolean };
  try {
    audit = openAuditKey(db, keys.auditKeyFile);
    backupKey = keys.backupKeyFile ? requireKeyFile(keys.backupKeyFile) : null;
    handover = openHandoverKey(keys.handoverKeyFile);
  } catch (error) {
    db.close();
    throw error;
  }
  if (options.demo) await seedDemo(db, isoNow(clock));
  const anchor = updateAnchor(db, audit.key, keys.auditAnchorFile);
  const backupsDir = join(options.dataDir, 'backups');

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
      deviceTokenDays: options.deviceTokenDays ?? DEFAULT_DEVICE_TOKEN_DAYS,
      requireTwoFactor: options.requireTwoFactor ?? false,
    },
    audit: {
      key: audit.key,
      appended: anchorKeeper(db, audit.key, keys.auditAnchorFile, (outcome) => {
        console.error(`[${isoNow(clock)}] audit: the anchor ${keys.auditAnchorFile} was left as it is (${outcome}); run npm run audit -- verify`);
      }),
    },
    backups: { dir: backupsDir, key: backupKey, keep: 48 },
    handover: { privateKey: handover.privateKey, publicKey: handover.publicKey },
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
    audit: { keyFile: keys.auditKeyFile, keyCreated: audit.created, anchor, anchorFile: keys.auditAnchorFile },
    handover: { keyFile: keys.handoverKeyFile, keyCreated: handover.created },
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => {
        db.close();
        if (error) reject(error);
        else resolve();
      });
    }),
  };
}

/** The key settings the caller gave (undefined ones fall back to the defaults beside the data folder). */
function definedKeys(options: ServerOptions): Partial<Pick<Config, 'auditKeyFile' | 'auditAnchorFile' | 'backupKeyFile' | 'handoverKeyFile'>> {
  const out: Partial<Pick<Config, 'auditKeyFile' | 'auditAnchorFile' | 'backupKeyFile' | 'handoverKeyFile'>> = {};
  if (options.auditKeyFile) out.auditKeyFile = options.auditKeyFile;
  if (options.auditAnchorFile) out.auditAnchorFile = options.auditAnchorFile;
  else if (options.auditKeyFile) out.auditAnchorFile = join(options.auditKeyFile, '..', 'audit.anchor');
  if (options.backupKeyFile !== undefined) out.backupKeyFile = options.backupKeyFile;
  if (options.handoverKeyFile) out.handoverKeyFile = options.handoverKeyFile;
  else if (options.auditKeyFile) out.handoverKeyFile = join(options.auditKeyFile, '..', 'handover.key');
  return out;
}
