// Who is calling: `identify` reads the session cookie or the device's bearer token; `requireRole` is the one
// middleware that enforces roles, and which kind of credentials a route takes, on every protected route.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { isoAt } from '#shared/clock.ts';
import type { Role } from '#shared/accounts/schema.ts';
import { Problem, problem } from '#shared/problems.ts';
import { DEFAULT_DEVICE_TOKEN_DAYS } from '../config.ts';
import type { AppEnv, Caller, Deps } from '../deps.ts';
import { hashToken } from '../auth/tokens.ts';
import { findAccountById, withoutSecret } from '../repo/accounts.ts';
import { findDeviceByTokenHash, markDeviceSeen } from '../repo/devices.ts';
import { deleteSession, findSession } from '../repo/sessions.ts';
import { refuseUnfinishedSession } from '../auth/sign-in-steps.ts';

export const SESSION_COOKIE = 'phieu_session';
const LAST_SEEN_RESOLUTION_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Sets `caller` when the request carries valid credentials. Credentials that were sent but are no longer
 * good (expired session, revoked device) are remembered as `authFailure`, so a protected route can say why —
 * while public routes (sign-in above all) still work for a browser holding a stale cookie.
 */
export function identify(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    try {
      const caller = resolveCaller(deps, c);
      if (caller?.via === 'device' && caller.lapsed) {
        // Kept aside: only a route that takes hand-ins sees it; everywhere else the token is refused.
        c.set('caller', undefined);
        c.set('lapsedDevice', caller);
        c.set('authFailure', problem(caller.lapsed === 'revoked' ? 'auth.tokenRevoked' : 'auth.tokenExpired'));
      } else {
        c.set('caller', caller);
      }
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      c.set('caller', undefined);
      c.set('authFailure', error);
    }
    await next();
  };
}

function resolveCaller(deps: Deps, c: Context<AppEnv>): Caller | undefined {
  const bearer = c.req.header('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) return callerFromDeviceToken(deps, bearer);
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) return callerFromSession(deps, cookie);
  return undefined;
}

function callerFromDeviceToken(deps: Deps, token: string): Caller {
  const device = findDeviceByTokenHash(deps.db, hashToken(token));
  // Never issued, or replaced by a new registration of the device (only the current token's hash is kept): the
  // server cannot say it was revoked, and a person must not be told so.
  if (!device) throw problem('auth.tokenUnknown');
  const account = findAccountById(deps.db, device.accountId);
  if (!account) throw problem('auth.tokenRevoked');
  const caller = { account: withoutSecret(account), via: 'device', deviceId: device.id } as const;
  const now = deps.clock.now();
  // Its use is not recorded, so a lapsed token can never bring itself back by being tried.
  const lapsed = tokenLapse(device, now, deps.config.deviceTokenDays ?? DEFAULT_DEVICE_TOKEN_DAYS);
  if (lapsed) return { ...caller, lapsed };
  // "Last seen" is for the admin's device list and the expiry, minute-precise is plenty: writing it on every request
  // would cost each sync batch a second commit (fsync) outside its own transaction.
  if (!device.lastSeenAt || now - Date.parse(device.lastSeenAt) >= LAST_SEEN_RESOLUTION_MS) {
    markDeviceSeen(deps.db, device.id, isoAt(now));
  }
  return caller;
}

/**
 * Why a device's token no longer opens anything but hand-ins: revoked, or unused (last seen, else registered) for
 * longer than `days` — a lost phone nobody reported stops being a key to the server. Null while it is good.
 */
export function tokenLapse(
  device: { revokedAt: string | null; lastSeenAt: string | null; registeredAt: string }, now: number, days: number,
): 'revoked' | 'expired' | null {
  if (device.revokedAt) return 'revoked';
  return now - Date.parse(device.lastSeenAt ?? device.registeredAt) > days * DAY_MS ? 'expired' : null;
}

function callerFromSession(deps: Deps, token: string): Caller {
  const tokenHash = hashToken(token);
  const session = findSession(deps.db, tokenHash);
  if (!session) throw problem('auth.sessionExpired');
  if (Date.parse(session.expires_at) <= deps.clock.now()) {
    deleteSession(deps.db, tokenHash);
    throw problem('auth.sessionExpired');
  }
  const account = findAccountById(deps.db, session.account_id);
  if (!account) throw problem('auth.sessionExpired');
  // A second factor, a temporary password or a required enrolment still to do: only that step's route admits it.
  refuseUnfinishedSession(deps, account, tokenHash);
  return { account: withoutSecret(account), via: 'session', sessionTokenHash: tokenHash };
}

export type RoleOptions = {
  /** Which credentials the route takes: a web session only (the default), a device token only, or either. Device
   * tokens sit on phones carried in the field: they open the device and sync routes, nothing of the office. */
  via?: 'session' | 'device' | 'any';
  /** Routes that must still accept a disabled account's data (sync uploads, to quarantine them). */
  allowDisabled?: boolean;
  /** Routes that take hand-ins from a revoked or expired device too (sync uploads: quarantined, never lost). */
  allowLapsedDevice?: boolean;
};

/** The role check. A disabled account is refused everywhere it is used unless the route opts in. */
export function requireRole(roles: readonly Role[], options: RoleOptions = {}): MiddlewareHandler<AppEnv> {
  const via = options.via ?? 'session';
  return async (c, next) => {
    let caller = c.get('caller');
    const lapsed = c.get('lapsedDevice');
    if (!caller && lapsed && options.allowLapsedDevice) c.set('caller', (caller = lapsed));
    if (!caller) throw c.get('authFailure') ?? problem('auth.required');
    if (via !== 'any' && caller.via !== via) throw problem(via === 'device' ? 'sync.deviceRequired' : 'auth.forbidden');
    if (caller.account.disabled && !options.allowDisabled) throw problem('auth.accountDisabled');
    if (!roles.includes(caller.account.role)) throw problem('auth.forbidden');
    await next();
  };
}

export const ANY_ROLE: readonly Role[] = ['admin', 'enumerator', 'unit_board'];

/** The caller of a route guarded by requireRole. */
export function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw problem('auth.required');
  return caller;
}
