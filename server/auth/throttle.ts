// How sign-in resists guessing without letting anyone lock an account (OWASP's authentication guidance):
// every attempt is counted before its password is hashed, in the same synchronous step as the check, so
// parallel requests cannot slip past; failures slow the account and the address down with growing delays
// instead of a hard lock; an address is shut (429) only after many failures, and successes from it are not
// counted, so an office behind one NAT signs in freely. A device the account has synced from is counted
// apart from everyone else: a stranger's guessing never slows it. In memory: a restart forgets it all.
import type { Clock } from '#shared/clock.ts';
import { problem } from '#shared/problems.ts';
import { createHashPool, type HashPool } from './password.ts';
import { createBackoff, createRateLimiter, retryAfterSeconds, type BackoffOptions } from '../http/rate-limit.ts';

/** Who is trying: the username as typed, the caller's address key, and a known device of the account if any. */
export type SignInAttempt = { username: string; address: string; knownDeviceId: string | null };

/** An attempt already counted as a failure; `succeeded` takes that back once the password proved right. */
export type SignInTicket = { succeeded: () => void; cancelled: () => void };

export type SignInThrottle = {
  /** Counts the attempt, or throws 429 (`auth.slowDown` / `auth.tooManyAttempts`) with Retry-After, counting nothing. */
  admit: (attempt: SignInAttempt) => SignInTicket;
  /** The bounded pool sign-in hashes run in. */
  hashing: HashPool;
};

export type ThrottleOptions = {
  account: Omit<BackoffOptions, 'clock'>;
  address: Omit<BackoffOptions, 'clock'>;
  device: Omit<BackoffOptions, 'clock'>;
  /** Failures from one address within the window after which it is refused until the oldest ages out. */
  addressLimit: { limit: number; windowMs: number };
  hashing: { concurrency?: number; queueLimit?: number };
};

const MINUTE = 60_000;
export const DEFAULT_THROTTLE: ThrottleOptions = {
  // Five typos free, then 1 s, 2 s, 4 s … at most a minute between tries: a guesser gets about one a minute.
  account: { free: 5, baseMs: 1000, maxMs: MINUTE, forgetMs: 15 * MINUTE },
  // An office NAT: twenty wrong passwords (right ones are not counted) before its sign-ins are spaced out,
  // then short waits (¼ s doubling to 5 s); sixty in a quarter of an hour shut it until they age out.
  address: { free: 20, baseMs: 250, maxMs: 5000, forgetMs: 15 * MINUTE },
  addressLimit: { limit: 60, windowMs: 15 * MINUTE },
  device: { free: 5, baseMs: 1000, maxMs: MINUTE, forgetMs: 15 * MINUTE },
  hashing: {},
};

export function createSignInThrottle(clock: Clock, options: Partial<ThrottleOptions> = {}): SignInThrottle {
  const settings = { ...DEFAULT_THROTTLE, ...options };
  const accounts = createBackoff({ clock, ...settings.account });
  const addresses = createBackoff({ clock, ...settings.address });
  const devices = createBackoff({ clock, ...settings.device });
  const addressWindow = createRateLimiter({ clock, ...settings.addressLimit });

  const admitKnownDevice = (deviceId: string): SignInTicket => {
    const wait = devices.wait(deviceId);
    if (wait > 0) throw slowDown(wait);
    devices.fail(deviceId);
    return { succeeded: () => devices.forgive(deviceId), cancelled: () => devices.undo(deviceId) };
  };

  return {
    hashing: createHashPool(settings.hashing),
    admit(attempt) {
      if (attempt.knownDeviceId) return admitKnownDevice(attempt.knownDeviceId);
      const account = attempt.username.toLowerCase();
      const wait = Math.max(accounts.wait(account), addresses.wait(attempt.address));
      if (wait > 0) throw slowDown(wait);
      const shutFor = addressWindow.hit(attempt.address);
      if (shutFor > 0) {
        const seconds = retryAfterSeconds(shutFor);
        throw problem('auth.tooManyAttempts', { minutes: Math.ceil(seconds / 60) }, seconds);
      }
      accounts.fail(account);
      addresses.fail(attempt.address);
      const undoAddress = () => {
        addresses.undo(attempt.address);
        addressWindow.refund(attempt.address);
      };
      return {
        succeeded: () => { accounts.forgive(account); undoAddress(); },
        cancelled: () => { accounts.undo(account); undoAddress(); },
      };
    },
  };
}

function slowDown(waitMs: number) {
  const seconds = retryAfterSeconds(waitMs);
  return problem('auth.slowDown', { seconds }, seconds);
}
