// What a session still owes after the password: the second factor ('code'), a new password in place of a temporary
// one ('password'), or — when PHIEU_REQUIRE_2FA=1 — an admin's enrolment in two-step sign-in ('two-factor'). Until
// then `identify` does not admit the session anywhere (auth.stepRequired); only the route of its next step does.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Role } from '#shared/accounts/schema.ts';
import type { SignInStep } from '#shared/api/auth.ts';
import { problem } from '#shared/problems.ts';
import type { AppEnv, Caller, Deps } from '../deps.ts';
import { hashToken } from './tokens.ts';
import { findAccountById, withoutSecret } from '../repo/accounts.ts';
import { readAccountSecurity, readSessionSecondFactor } from '../repo/account-security.ts';
import { deleteSession, findSession } from '../repo/sessions.ts';

/** The session cookie's name (http/auth.ts's SESSION_COOKIE; not imported: that module imports this one). */
const SESSION_COOKIE = 'phieu_session';

/** The step a session must take next, in the order they are asked, or null when it is fully signed in. */
export function signInStep(deps: Pick<Deps, 'db' | 'config'>, account: { id: number; role: Role }, sessionTokenHash: string | null): SignInStep | null {
  if (sessionTokenHash && readSessionSecondFactor(deps.db, sessionTokenHash)?.pending) return 'code';
  const security = readAccountSecurity(deps.db, account.id);
  if (security?.mustChangePassword) return 'password';
  if (deps.config.requireTwoFactor && account.role === 'admin' && !security?.totpEnabledAt) return 'two-factor';
  return null;
}

/** For `identify`: refuses a session that has a step left (401, so the app starts the sign-in again). */
export function refuseUnfinishedSession(deps: Deps, account: { id: number; role: Role }, sessionTokenHash: string): void {
  const step = signInStep(deps, account, sessionTokenHash);
  if (step) throw problem('auth.stepRequired', { step });
}

/** The session behind the cookie, whatever steps it has left (identify already refused it). */
function unfinishedCaller(deps: Deps, c: Context<AppEnv>): Caller | undefined {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return undefined;
  const tokenHash = hashToken(token);
  const session = findSession(deps.db, tokenHash);
  if (!session || Date.parse(session.expires_at) <= deps.clock.now()) return undefined;
  const account = findAccountById(deps.db, session.account_id);
  return account && { account: withoutSecret(account), via: 'session', sessionTokenHash: tokenHash };
}

/**
 * The role check of a step's route: a web session of one of `roles` whose next step is `step` — or, when
 * `signedInToo`, one fully signed in (changing one's password, enrolling by choice). Another step left: 401
 * auth.stepRequired, as everywhere else.
 */
export function requireStep(deps: Deps, step: SignInStep, roles: readonly Role[], options: { signedInToo?: boolean } = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const failure = c.get('authFailure');
    const signedIn = c.get('caller');
    const caller = signedIn ?? (failure?.code === 'auth.stepRequired' && failure.params.step === step ? unfinishedCaller(deps, c) : undefined);
    if (!caller || (signedIn && !options.signedInToo && caller.via === 'session')) throw failure ?? problem('auth.required');
    if (caller.account.disabled) throw problem('auth.accountDisabled');
    if (caller.via !== 'session' || !roles.includes(caller.account.role)) throw problem('auth.forbidden');
    c.set('caller', caller);
    await next();
  };
}

/** Sign-out of a session that still owed a step (identify did not admit it, so closeSession cannot see it). */
export function dropUnfinishedSession(deps: Deps, c: Context<AppEnv>): void {
  if (c.get('caller') || c.get('authFailure')?.code !== 'auth.stepRequired') return;
  const caller = unfinishedCaller(deps, c);
  if (caller?.via === 'session') deleteSession(deps.db, caller.sessionTokenHash);
}
