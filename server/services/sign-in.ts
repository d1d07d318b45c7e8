// Checking a password at sign-in, in steps a second factor can be inserted between: admit the attempt (counted
// before any hash, server/auth/throttle.ts), verify the password in the bounded hash pool, settle the count,
// then the account's own state. Opening the session is the route's last step (services/sessions.ts).
import type { Context } from 'hono';
import { problem } from '#shared/problems.ts';
import type { Account } from '#shared/accounts/schema.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { decoyHash, verifyPassword } from '../auth/password.ts';
import { addressKey, clientAddress } from '../http/client-address.ts';
import { findAccountByUsername, withoutSecret } from '../repo/accounts.ts';
import { isKnownDevice } from '../repo/known-devices.ts';

export type SignInCredentials = { username: string; password: string; deviceId?: string | undefined };

/** A retry of a refused (503) sign-in may come back this soon: the queue drains in well under a second. */
const BUSY_RETRY_SECONDS = 1;

/** The refusal when every hashing slot and the queue are taken: nothing was counted, try again in a second. */
export function hashingBusy() {
  return problem('auth.busy', { seconds: BUSY_RETRY_SECONDS }, BUSY_RETRY_SECONDS);
}

export async function checkCredentials(deps: Deps, c: Context<AppEnv>, credentials: SignInCredentials): Promise<Account> {
  const account = findAccountByUsername(deps.db, credentials.username);
  // The device id the app sends counts only when it names a device this very account has used: a guesser
  // cannot learn it from the server, and a wrong one is simply ignored.
  const knownDeviceId = account && credentials.deviceId && isKnownDevice(deps.db, credentials.deviceId, account.id)
    ? credentials.deviceId : null;
  // Synchronous from the lookup to here: the attempt is counted before anything is awaited.
  const ticket = deps.throttle.admit({
    username: credentials.username, address: addressKey(clientAddress(c, deps.config)), knownDeviceId,
  });
  const stored = account?.passwordHash ?? (await decoyHash());
  const verifying = deps.throttle.hashing.tryRun(() => verifyPassword(credentials.password, stored));
  if (!verifying) {
    ticket.cancelled();
    throw hashingBusy();
  }
  let ok: boolean;
  try {
    ok = await verifying;
  } catch (error) {
    ticket.cancelled();
    throw error;
  }
  if (!account || !ok) throw problem('auth.badCredentials');
  ticket.succeeded();
  // A second step (TOTP for admins) goes here: after the password proved right, before the account's state.
  if (account.disabled) throw problem('auth.accountDisabled');
  return withoutSecret(account);
}
