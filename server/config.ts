// Every setting of the server, read from the environment in one place (the README lists them all).
import { join, resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Seed the demo survey and demo accounts into an empty database. Never true in production. */
  demo: boolean;
  /** Folder of the built client served at `/`; null serves the API only. */
  staticDir: string | null;
  /** Behind an HTTPS reverse proxy: trust X-Forwarded-Proto for the cookie's Secure flag. */
  trustProxy: boolean;
  sessionHours: number;
  /** Largest JSON body accepted on ordinary routes, in bytes (sync routes set their own). */
  bodyLimitBytes: number;
  /** One line per request on stdout (method, path, status, time; never a body). */
  log: boolean;
  /** PHIEU_REQUIRE_2FA=1: every admin must sign in with a second factor, and is led to enrol before anything else. */
  requireTwoFactor: boolean;
};

export const DEFAULT_PORT = 8787;

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
    log: env.PHIEU_LOG !== '0',
    requireTwoFactor: flag(env.PHIEU_REQUIRE_2FA),
  };
}
