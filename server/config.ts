// Every setting of the server, read from the environment in one place (the README lists them all).
import { basename, dirname, join, resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Seed the demo survey and demo accounts into an empty database. Never true in production. */
  demo: boolean;
  /** Folder of the built client served at `/`; null serves the API only. */
  staticDir: string | null;
  /**
   * Behind a reverse proxy on this machine: trust X-Forwarded-Proto (the cookie's Secure flag, the CSRF origin)
   * and the right-most X-Forwarded-For entry (the caller's address for rate limits and the audit log).
   */
  trustProxy: boolean;
  sessionHours: number;
  /** Largest JSON body accepted on ordinary routes, in bytes (sync routes set their own). */
  bodyLimitBytes: number;
  /** A device token not used for this many days stops working (it can still hand in finished interviews). */
  deviceTokenDays: number;
  /** One line per request on stdout (method, path, status, time; never a body; tokens blanked). */
  log: boolean;
  /** The audit log's key (decision 0011): outside the data folder, so whoever can edit the database cannot re-sign it. */
  auditKeyFile: string;
  /** The audit log's count and last hash, beside the key: what shows rows cut off the end. */
  auditAnchorFile: string;
  /** When set, backups taken from the admin page are encrypted with this key (AES-256-GCM). */
  backupKeyFile: string | null;
  /** The key pair hand-over files are encrypted to (decision 0016): beside the audit key, made on first start. */
  handoverKeyFile: string;
  /** A request's headers must arrive within this, and the whole request (body included) within `requestTimeoutMs`. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Open connections at most; beyond it new ones are closed at once. */
  maxConnections: number;
  /** PHIEU_REQUIRE_2FA=1: every admin must sign in with a second factor, and is led to enrol before anything else. */
  requireTwoFactor: boolean;
};

export const DEFAULT_PORT = 8787;
export const DEFAULT_DEVICE_TOKEN_DAYS = 30;

/** What `startServer` uses when a setting is not given (the environment's defaults, for tests and benches). */
export const DEFAULT_LIMITS = { headersTimeoutMs: 10_000, requestTimeoutMs: 120_000, maxConnections: 512 } as const;

/** The one SQLite file inside the data folder (backups go beside it, in `backups/`). */
export function databaseFile(dataDir: string): string {
  return join(dataDir, 'phieu.sqlite');
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be a whole number, got “${value}”`);
  return number;
}

function flag(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'yes';
}

/** The default folder of the keys: beside the data folder, never in it (`./data` → `./data-keys`). */
export function defaultKeysDir(dataDir: string): string {
  return join(dirname(dataDir), `${basename(dataDir)}-keys`);
}

export function readConfig(env: NodeJS.ProcessEnv, argv: string[] = []): Config {
  return {
    port: integer(env.PORT, DEFAULT_PORT, 'PORT'),
    host: env.PHIEU_HOST || '127.0.0.1',
    dataDir: resolve(env.PHIEU_DATA_DIR || './data'),
    demo: argv.includes('--demo') || flag(env.PHIEU_DEMO),
    staticDir: env.PHIEU_STATIC_DIR === '' ? null : resolve(env.PHIEU_STATIC_DIR || './dist'),
    trustProxy: flag(env.PHIEU_TRUST_PROXY),
    sessionHours: integer(env.PHIEU_SESSION_HOURS, 24 * 7, 'PHIEU_SESSION_HOURS'),
    bodyLimitBytes: integer(env.PHIEU_BODY_LIMIT_BYTES, 1024 * 1024, 'PHIEU_BODY_LIMIT_BYTES'),
    deviceTokenDays: integer(env.PHIEU_DEVICE_TOKEN_DAYS, DEFAULT_DEVICE_TOKEN_DAYS, 'PHIEU_DEVICE_TOKEN_DAYS'),
    log: env.PHIEU_LOG !== '0',
    requireTwoFactor: flag(env.PHIEU_REQUIRE_2FA),
    headersTimeoutMs: integer(env.PHIEU_HEADERS_TIMEOUT_SECONDS, DEFAULT_LIMITS.headersTimeoutMs / 1000, 'PHIEU_HEADERS_TIMEOUT_SECONDS') * 1000,
    requestTimeoutMs: integer(env.PHIEU_REQUEST_TIMEOUT_SECONDS, DEFAULT_LIMITS.requestTimeoutMs / 1000, 'PHIEU_REQUEST_TIMEOUT_SECONDS') * 1000,
    maxConnections: integer(env.PHIEU_MAX_CONNECTIONS, DEFAULT_LIMITS.maxConnections, 'PHIEU_MAX_CONNECTIONS'),
    ...keyFiles(env, resolve(env.PHIEU_DATA_DIR || './data')),
  };
}

/** Where the keys are, from the environment (and the data folder, for the default). */
export function keyFiles(env: NodeJS.ProcessEnv, dataDir: string): Pick<Config, 'auditKeyFile' | 'auditAnchorFile' | 'backupKeyFile' | 'handoverKeyFile'> {
  const auditKeyFile = resolve(env.PHIEU_AUDIT_KEY_FILE || join(defaultKeysDir(dataDir), 'audit.key'));
  return {
    auditKeyFile,
    auditAnchorFile: resolve(env.PHIEU_AUDIT_ANCHOR_FILE || join(dirname(auditKeyFile), 'audit.anchor')),
    backupKeyFile: env.PHIEU_BACKUP_KEY_FILE ? resolve(env.PHIEU_BACKUP_KEY_FILE) : null,
    handoverKeyFile: resolve(env.PHIEU_HANDOVER_KEY_FILE || join(dirname(auditKeyFile), 'handover.key')),
  };
}
