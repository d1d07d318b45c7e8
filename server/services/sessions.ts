// Signing in and out of the web app: opens a session and sets its cookie (after services/sign-in.ts checked the
// password), or ends it and clears the cookie.
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { isoAt } from '#shared/clock.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { SESSION_COOKIE } from '../http/auth.ts';
import { deleteSession, insertSession, purgeExpiredSessions } from '../repo/sessions.ts';

/** Returns the new session's token hash (the sign-in's second step marks it). */
export function openSession(deps: Deps, c: Context<AppEnv>, account: Account): string {
  const now = deps.clock.now();
  const token = newToken();
  const tokenHash = hashToken(token);
  const maxAgeSeconds = deps.config.sessionHours * 3600;
  deps.db.transaction(() => {
    purgeExpiredSessions(deps.db, isoAt(now));
    insertSession(deps.db, tokenHash, account.id, isoAt(now), isoAt(now + maxAgeSeconds * 1000));
  })();
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(deps, c),
    path: '/',
    maxAge: maxAgeSeconds,
  });
  return tokenHash;
}

export function closeSession(deps: Deps, c: Context<AppEnv>): void {
  const caller = c.get('caller');
  if (caller?.via === 'session') deleteSession(deps.db, caller.sessionTokenHash);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(deps, c) });
}

function isHttps(deps: Deps, c: Context<AppEnv>): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return deps.config.trustProxy && c.req.header('x-forwarded-proto') === 'https';
}
