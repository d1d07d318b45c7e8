// Sign-in, sign-out and "who am I" for the web app (session cookie).
import { Hono } from 'hono';
import { isoNow } from '#shared/clock.ts';
import { SignInRequestSchema, type MeResponse } from '#shared/api/auth.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { ANY_ROLE, callerOf, requireRole } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { listAssignmentsOfAccount } from '../repo/assignments.ts';
import { closeSession, openSession } from '../services/sessions.ts';
import { checkCredentials, hashingBusy } from '../services/sign-in.ts';

export function authRoutes(deps: Deps) {
  const me = (account: Account): MeResponse => ({
    account,
    assignments: listAssignmentsOfAccount(deps.db, account.id),
    serverTime: isoNow(deps.clock),
  });

  return new Hono<AppEnv>()
    .post('/sign-in', async (c) => {
      // During a flood most sign-ins are refused: refuse before reading the body, the cheapest answer there is.
      if (deps.throttle.hashing.full()) throw hashingBusy();
      const credentials = await readJson(c, SignInRequestSchema);
      const account = await checkCredentials(deps, c, credentials);
      openSession(deps, c, account);
      return c.json(me(account));
    })
    .post('/sign-out', (c) => {
      closeSession(deps, c);
      return c.body(null, 204);
    })
    .get('/me', requireRole(ANY_ROLE), (c) => c.json(me(callerOf(c).account)));
}
