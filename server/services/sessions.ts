// Signing in and out of the web app: checks the password, opens a session, and sets or clears its cookie.
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { isoAt } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { decoyHash, verifyPassword } from '../auth/password.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { SESSION_COOKIE } from '../http/auth.ts';
import { findAccountByUsername, withoutSecret } from '../repo/accounts.ts';
import { deleteSession, insertSession, purgeExpiredSessions } from '../repo/sessions.ts';

export async function checkCredentials(deps: Deps, username: string, password: string): Promise<Account> {
  const minutes = deps.throttle.blockedFor(username);
  if (minutes > 0) throw problem('auth.tooManyAttempts', { minutes });
  const account = findAccountByUsername(deps.db, username);
  const ok = await verifyPassword(password, account?.passwordHash ?? (await decoyHash()));
  if (!account || !ok) {
    deps.throttle.recordFailure(username);
    throw problem('auth.badCredentials');
  }
  deps.throttle.recordSuccess(username);
  if (account.disabled) throw problem('auth.accountDisabled');
  return withoutSecret(account);
}

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
