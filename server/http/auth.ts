// Who is calling: `identify` reads the session cookie or the device's bearer token; `requireRole` is the one
// middleware that enforces roles on every protected route.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { isoAt } from '#shared/clock.ts';
import type { Role } from '#shared/accounts/schema.ts';
import { Problem, problem } from '#shared/problems.ts';
import type { AppEnv, Caller, Deps } from '../deps.ts';
import { hashToken } from '../auth/tokens.ts';
import { findAccountById, withoutSecret } from '../repo/accounts.ts';
import { findDeviceByTokenHash, markDeviceSeen } from '../repo/devices.ts';
import { deleteSession, findSession } from '../repo/sessions.ts';
import { refuseUnfinishedSession } from '../auth/sign-in-steps.ts';

export const SESSION_COOKIE = 'phieu_session';
const LAST_SEEN_RESOLUTION_MS = 60_000;

/**
 * Sets `caller` when the request carries valid credentials. Credentials that were sent but are no longer
 * good (expired session, revoked device) are remembered as `authFailure`, so a protected route can say why —
 * while public routes (sign-in above all) still work for a browser holding a stale cookie.
 */
export function identify(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    try {
      c.set('caller', resolveCaller(deps, c));
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
  if (device.revokedAt) throw problem('auth.tokenRevoked');
  const account = findAccountById(deps.db, device.accountId);
  if (!account) throw problem('auth.tokenRevoked');
  // "Last seen" is for the admin's device list, minute-precise is plenty: writing it on every request would
  // cost each sync batch a second commit (fsync) outside its own transaction.
  const now = deps.clock.now();
  if (!device.lastSeenAt || now - Date.parse(device.lastSeenAt) >= LAST_SEEN_RESOLUTION_MS) {
    markDeviceSeen(deps.db, device.id, isoAt(now));
  }
  return { account: withoutSecret(account), via: 'device', deviceId: device.id };
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

/**
 * The role check. A disabled account is refused everywhere it is used; routes that must still accept a
 * disabled account's data (sync uploads, to quarantine them) opt in with `allowDisabled`.
 */
export function requireRole(roles: readonly Role[], options: { allowDisabled?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const caller = c.get('caller');
    if (!caller) throw c.get('authFailure') ?? problem('auth.required');
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
