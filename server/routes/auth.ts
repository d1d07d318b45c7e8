// Sign-in, sign-out and "who am I" for the web app (session cookie), and the steps a sign-in may owe after the
// password (server/auth/sign-in-steps.ts): the second factor, a new password in place of a temporary one, and an
// admin's enrolment in two-step sign-in. Every step answers like the sign-in: the account, or the next step.
import { managedSurveyIds } from '../http/survey-manager.ts';
import { Hono, type Context } from 'hono';
import { isoNow } from '#shared/clock.ts';
import {
  ChangePasswordRequestSchema, SecondFactorRequestSchema, SignInRequestSchema, type MeResponse, type RecoveryCodes,
  type SignInResponse,
} from '#shared/api/auth.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { ANY_ROLE, callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { changeOwnPassword } from '../accounts/change-password.ts';
import { recordAudit } from '../audit/record.ts';
import { dropUnfinishedSession, requireStep, signInStep } from '../auth/sign-in-steps.ts';
import { readAccountSecurity, setSessionSecondFactorPending } from '../repo/account-security.ts';
import { listAssignmentsOfAccount } from '../repo/assignments.ts';
import { confirmEnrolment, startEnrolment, verifySecondFactor } from '../services/second-factor.ts';
import { closeSession, openSession } from '../services/sessions.ts';
import { checkCredentials, hashingBusy } from '../services/sign-in.ts';

export function authRoutes(deps: Deps) {
  const me = (account: Account): MeResponse => ({
    account,
    assignments: listAssignmentsOfAccount(deps.db, account.id),
    serverTime: isoNow(deps.clock),
    ...(account.role === 'admin' ? { officeWide: managedSurveyIds(deps, account) === null } : {}),
  });
  const next = (account: Account, sessionTokenHash: string): SignInResponse => {
    const step = signInStep(deps, account, sessionTokenHash);
    return step ? { step } : me(account);
  };
  const session = (c: Context<AppEnv>) => {
    const caller = callerOf(c);
    if (caller.via !== 'session') throw new Error('a step route admitted a device');
    return caller;
  };

  return new Hono<AppEnv>()
    .post('/sign-in', async (c) => {
      // During a flood most sign-ins are refused: refuse before reading the body, the cheapest answer there is.
      if (deps.throttle.hashing.full()) throw hashingBusy();
      const credentials = await readJson(c, SignInRequestSchema);
      const account = await checkCredentials(deps, c, credentials);
      const tokenHash = openSession(deps, c, account);
      // The password alone opens a session that waits for the code: the second step is this flag, cleared by it.
      if (readAccountSecurity(deps.db, account.id)?.totpEnabledAt) setSessionSecondFactorPending(deps.db, tokenHash, true);
      return c.json(next(account, tokenHash));
    })
    .post('/second-factor', requireStep(deps, 'code', ANY_ROLE), async (c) => {
      const { code } = await readJson(c, SecondFactorRequestSchema);
      const caller = session(c);
      verifySecondFactor(deps, caller.account.id, caller.sessionTokenHash, code);
      return c.json(next(caller.account, caller.sessionTokenHash));
    })
    .post('/password', requireStep(deps, 'password', ANY_ROLE, { signedInToo: true }), async (c) => {
      const { currentPassword, newPassword } = await readJson(c, ChangePasswordRequestSchema);
      const caller = session(c);
      await changeOwnPassword(deps.db, caller.account.id, caller.sessionTokenHash, currentPassword, newPassword, () =>
        recordAudit(deps, c, { action: 'account.changePassword', target: `account:${caller.account.id}`, after: { mustChangePassword: false } }));
      return c.json(next(caller.account, caller.sessionTokenHash));
    })
    .post('/two-factor/start', requireStep(deps, 'two-factor', ['admin'], { signedInToo: true }), (c) =>
      c.json(startEnrolment(deps, session(c).account)))
    .post('/two-factor/confirm', requireStep(deps, 'two-factor', ['admin'], { signedInToo: true }), async (c) => {
      const { code } = await readJson(c, SecondFactorRequestSchema);
      const { id } = session(c).account;
      const recoveryCodes = confirmEnrolment(deps, id, code, () =>
        recordAudit(deps, c, { action: 'account.twoFactorEnable', target: `account:${id}`, after: { twoFactor: true } }));
      return c.json({ recoveryCodes } satisfies RecoveryCodes);
    })
    .post('/sign-out', (c) => {
      dropUnfinishedSession(deps, c);
      closeSession(deps, c);
      return c.body(null, 204);
    })
    .get('/me', requireRole(ANY_ROLE), (c) => c.json(me(callerOf(c).account)));
}
