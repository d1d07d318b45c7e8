// What the app is built from: routes receive these instead of reaching for globals, so tests swap them.
import type { Clock } from '#shared/clock.ts';
import type { Problem } from '#shared/problems.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { SignInThrottle } from './auth/throttle.ts';
import type { Config } from './config.ts';
import type { Db } from './db/open.ts';

export type Deps = {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'trustProxy' | 'sessionHours' | 'bodyLimitBytes' | 'staticDir'> & { log?: boolean; requireTwoFactor?: boolean };
  throttle: SignInThrottle;
};

/** Who made the request: a web session (cookie) or a sync device (bearer token). */
export type Caller = { account: Account; via: 'session'; sessionTokenHash: string } | { account: Account; via: 'device'; deviceId: string };

export type AppEnv = {
  Variables: {
    caller: Caller | undefined;
    /** Why credentials that were sent did not identify anyone (expired session, revoked device). */
    authFailure?: Problem;
  };
};
