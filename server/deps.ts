// What the app is built from: routes receive these instead of reaching for globals, so tests swap them.
import type { Clock } from '#shared/clock.ts';
import type { Problem } from '#shared/problems.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { SignInThrottle } from './auth/throttle.ts';
import type { Config } from './config.ts';
import type { Db } from './db/open.ts';
import type { HandoverKey } from './handover/key.ts';

export type Deps = {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'trustProxy' | 'sessionHours' | 'bodyLimitBytes' | 'staticDir'> & {
    log?: boolean;
    /** Where the request log's lines go (stdout by default; tests read them). */
    logLine?: (line: string) => void;
    deviceTokenDays?: number;
    requireTwoFactor?: boolean;
  };
  throttle: SignInThrottle;
  /** The audit log's key, and what to do once a row is appended (move the anchor: server/audit/open-audit.ts). */
  audit: { key: Buffer; appended: () => void };
  /** Where the admin page's backups go, and the key that encrypts them (null: plain SQLite files). */
  backups: { dir: string; key: Buffer | null; keep: number };
  /** The key pair hand-over files are encrypted to (server/handover/key.ts, decision 0016). */
  handover: HandoverKey;
};

/**
 * Who made the request: a web session (cookie) or a sync device (bearer token). `lapsed`: a device whose token was
 * revoked or expired; only a route that takes hand-ins (sync uploads, quarantined) ever sees such a caller.
 */
export type Caller =
  | { account: Account; via: 'session'; sessionTokenHash: string }
  | { account: Account; via: 'device'; deviceId: string; lapsed?: 'revoked' | 'expired' };

export type AppEnv = {
  Variables: {
    caller: Caller | undefined;
    /** Why credentials that were sent did not identify anyone (expired session, revoked device). */
    authFailure?: Problem;
    /** A revoked or expired device token's caller, kept aside for a route that takes hand-ins (requireRole). */
    lapsedDevice?: Caller;
  };
};
